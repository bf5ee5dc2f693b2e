using System.Globalization;
using static Crisis.Benchmarks.BenchTools;

namespace Crisis.Benchmarks;

/// <summary>
/// Times the fact compiler on synthetic data of several sizes: the generator alone (driver run, in process),
/// and a whole `dotnet build` of a scratch project that compiles the data through the real ProjectReference
/// wiring, against the same project with no facts as the baseline. Medians of several runs, printed as a
/// Markdown table for docs/performance.md. (The side-by-side comparison against the real facts is ScaleTiming.)
/// </summary>
public static class GeneratorTiming
{
    public static int Run(string repositoryRoot, int[] sizes, int generatorRuns, int buildRuns)
    {
        var schema = RealSchema(repositoryRoot);
        Console.WriteLine("| facts | files | generator (median ms) | generated C# (MB) | build, clean obj (median s) | build minus baseline (s) |");
        Console.WriteLine("| ---: | ---: | ---: | ---: | ---: | ---: |");
        var baseline = BuildSeconds(repositoryRoot, schema, Array.Empty<(string, string)>(), buildRuns);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| 0 (baseline) | 1 | – | – | {baseline:F1} | 0.0 |"));
        foreach (var size in sizes)
        {
            var facts = SyntheticFacts.Create(size);
            var (generatorMs, generatedMb) = ScaleTiming.GeneratorMilliseconds(schema, facts, generatorRuns);
            var build = BuildSeconds(repositoryRoot, schema, facts, buildRuns);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {size:N0} | {facts.Count + 1} | {generatorMs:F0} | {generatedMb:F1} | {build:F1} | {build - baseline:F1} |"));
        }

        return 0;
    }

    private static double BuildSeconds(string repositoryRoot, string schema, IReadOnlyList<(string Name, string Text)> facts, int runs)
    {
        if (runs == 0)
        {
            return double.NaN;
        }

        var scratch = ScratchProject(repositoryRoot, schema, facts);
        try
        {
            Dotnet(scratch.FullName, "restore");
            Dotnet(scratch.FullName, "build --no-restore"); // warm: builds the generator once
            var times = new List<double>();
            for (var run = 0; run < runs; run++)
            {
                Directory.Delete(Path.Combine(scratch.FullName, "obj", "Debug"), recursive: true);
                Dotnet(scratch.FullName, "restore");
                times.Add(TimeDotnet(scratch.FullName, "build --no-restore --no-dependencies -p:BuildProjectReferences=false"));
            }

            return Median(times);
        }
        finally
        {
            scratch.Delete(recursive: true);
        }
    }
}
