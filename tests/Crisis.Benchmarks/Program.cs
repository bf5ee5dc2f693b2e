using Crisis.Benchmarks;

// Benchmarks are run by hand, never by CI (see docs/performance.md):
//   dotnet run -c Release --project tests/Crisis.Benchmarks -- generator [sizes...]
var repositoryRoot = FindRepositoryRoot();
return args.FirstOrDefault() switch
{
    "generator" => GeneratorTiming.Run(
        repositoryRoot,
        args.Length > 1 ? args.Skip(1).Select(int.Parse).ToArray() : new[] { 1_000, 10_000 },
        generatorRuns: 5,
        buildRuns: 3),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: Crisis.Benchmarks generator [sizes...]");
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
