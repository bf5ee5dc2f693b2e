using Crisis.Benchmarks;

// Benchmarks are run by hand, never by CI (see docs/performance.md):
//   dotnet run -c Release --project tests/Crisis.Benchmarks -- generator [sizes...] [--no-build]
//   dotnet run -c Release --project tests/Crisis.Benchmarks -- scale [sizes...] [--runs N] [--baseline CHECKOUT] [--builds-up-to N] [--compiler-server]  (default 10000 100000, 3 runs)
//   dotnet run -c Release --project tests/Crisis.Benchmarks -- render [sizes...] [--runs N[,N...]] [--baseline CHECKOUT]  (default 10000 100000 more events, runs 5,5,3)
//   dotnet run -c Release --project tests/Crisis.Benchmarks -- steps [size] | compile [size] [--runs N] | scratch [size] | render-copy [size]
//   dotnet run -c Release --project tests/Crisis.Benchmarks -- diff [sizes...] [--runs N] [--aliases N] [--baseline DLL [--baseline-sizes N,...]]
var repositoryRoot = FindRepositoryRoot();
return args.FirstOrDefault() switch
{
    "generator" => GeneratorTiming.Run(
        repositoryRoot,
        args.Skip(1).Where(a => !a.StartsWith("--", StringComparison.Ordinal)).Select(int.Parse).DefaultIfEmpty().Where(n => n > 0).ToArray() is { Length: > 0 } sizes ? sizes : new[] { 1_000, 10_000 },
        generatorRuns: 5,
        buildRuns: args.Contains("--no-build") ? 0 : 3),
    "scale" => ScaleTiming.Run(repositoryRoot, Sizes(new[] { 10_000, 100_000 }), Runs(3), Value("--baseline"), Option("--builds-up-to", int.MaxValue), args.Contains("--compiler-server")),
    "scratch" => Scratch(Sizes(new[] { 10_000 })[0]),
    "render-copy" => RenderCopy(Sizes(new[] { 10_000 })[0]),
    "compile" => CompileShare.Run(repositoryRoot, Sizes(new[] { 10_000 })[0], Runs(5)),
    "steps" => StepTiming.Run(repositoryRoot, Sizes(new[] { 100_000 })[0]),
    "render" => RenderAtScale.Run(repositoryRoot, Sizes(new[] { 10_000, 100_000 }), RunsPerSize("5,5,3"), Value("--baseline")),
    "diff" => DiffTiming.Run(repositoryRoot, Sizes(new[] { 5_000, 10_000, 100_000 }), Runs(3), Option("--aliases", 40_000), Value("--baseline"),
        Value("--baseline-sizes")?.Split(',').Select(n => int.Parse(n, System.Globalization.CultureInfo.InvariantCulture)).ToArray() ?? [5_000]),
    _ => Usage(),
};

int[] Sizes(int[] defaults)
{
    var sizes = args.Skip(1).TakeWhile(a => !a.StartsWith("--", StringComparison.Ordinal)).Select(int.Parse).ToArray();
    return sizes.Length > 0 ? sizes : defaults;
}

int Runs(int defaultRuns)
{
    var index = Array.IndexOf(args, "--runs");
    return index >= 0 && index + 1 < args.Length ? int.Parse(args[index + 1], System.Globalization.CultureInfo.InvariantCulture) : defaultRuns;
}

// "--runs 5,5,3": counted runs for the real base, then each size in order; the last number holds for the sizes after it.
int[] RunsPerSize(string defaultRuns) =>
    (Value("--runs") ?? defaultRuns).Split(',').Select(n => int.Parse(n, System.Globalization.CultureInfo.InvariantCulture)).ToArray();

int Option(string name, int defaultValue) =>
    Value(name) is { } text ? int.Parse(text, System.Globalization.CultureInfo.InvariantCulture) : defaultValue;

string? Value(string name)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
}

static int Usage()
{
    Console.Error.WriteLine("usage: Crisis.Benchmarks generator [sizes...] [--no-build] | scale [sizes...] [--runs N] [--baseline CHECKOUT] [--builds-up-to N] [--compiler-server] | render [sizes...] [--runs N[,N...]] [--baseline CHECKOUT] | steps [size] | compile [size] [--runs N] | scratch [size] | render-copy [size] | diff [sizes...] [--runs N] [--aliases N] [--baseline DLL]");
    return 2;
}

static string FindRepositoryRoot()
{
    for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
    {
        if (File.Exists(Path.Combine(directory.FullName, "Model.sln")))
        {
            return directory.FullName;
        }
    }

    throw new InvalidOperationException("Model.sln not found");
}

// Writes a scratch project with N synthetic facts and prints its folder (for profiling a build by hand); it is left in place.
int Scratch(int size)
{
    Console.WriteLine(BenchTools.ScratchProject(repositoryRoot, BenchTools.RealSchema(repositoryRoot), SyntheticFacts.Create(size)).FullName);
    return 0;
}

// Writes the copy `render` measures (data, generators and src with N more events) and prints its folder, for profiling
// a render by hand (build its reporter there, run it with CRISIS_BRIEF_TIMINGS=1 or a profiler); it is left in place.
int RenderCopy(int size)
{
    Console.WriteLine(RenderAtScale.Copy(repositoryRoot, size).FullName);
    return 0;
}
