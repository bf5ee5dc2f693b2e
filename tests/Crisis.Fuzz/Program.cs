using Crisis.Fuzz;

// crisis-fuzz TARGET                 run under AFL++ (fuzz.sh starts it so): reads each input from AFL
// crisis-fuzz TARGET FILE|DIR ...    replay inputs without AFL: prints each one that fails, exits 1 if any did
if (args.Length == 0 || !FuzzTargets.Names.Contains(args[0]))
{
    Console.Error.WriteLine($"usage: Crisis.Fuzz <{string.Join("|", FuzzTargets.Names)}> [FILE|DIR ...]");
    return 2;
}

var target = args[0];
if (args.Length == 1)
{
    SharpFuzz.Fuzzer.OutOfProcess.Run(stream =>
    {
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        FuzzTargets.Run(target, buffer.ToArray());
    });
    return 0;
}

var failed = 0;
foreach (var path in args.Skip(1).SelectMany(Inputs))
{
    try
    {
        FuzzTargets.Run(target, File.ReadAllBytes(path));
    }
    catch (Exception exception)
    {
        failed++;
        Console.WriteLine($"{path}: {exception.GetType().Name}: {exception.Message}");
    }
}

Console.WriteLine($"{failed} failed");
return failed == 0 ? 0 : 1;

static IEnumerable<string> Inputs(string path) =>
    Directory.Exists(path) ? Directory.EnumerateFiles(path).Order(StringComparer.Ordinal) : new[] { path };
