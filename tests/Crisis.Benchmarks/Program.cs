using Crisis.Benchmarks;

// Benchmarks are run by hand, never by CI (see docs/performance.md):
//   dotnet run -c Release --project tests/Crisis.Benchmarks -- generator [sizes...] [--no-build]
var repositoryRoot = FindRepositoryRoot();
return args.FirstOrDefault() switch
{
    "generator" => GeneratorTiming.Run(
        repositoryRoot,
        args.Skip(1).Where(a => !a.StartsWith("--", StringComparison.Ordinal)).Select(int.Parse).DefaultIfEmpty().Where(n => n > 0).ToArray() is { Length: > 0 } sizes ? sizes : new[] { 1_000, 10_000 },
        generatorRuns: 5,
        buildRuns: args.Contains("--no-build") ? 0 : 3),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: Crisis.Benchmarks generator [sizes...] [--no-build]");
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
