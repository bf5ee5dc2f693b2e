using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using Crisis.Facts.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using static Crisis.Benchmarks.BenchTools;

namespace Crisis.Benchmarks;

/// <summary>
/// The fact compiler at scale (issue 10), every figure side by side with a baseline measured in the same run:
/// the generator alone at 10k and 100k facts; clean builds of scratch projects holding the real facts (the baseline),
/// 10k and 100k synthetic facts, interleaved run by run so that all see the same machine noise; the peak memory of
/// each build; editing one fact in a 10k base beside a no-op build; and the first access to Facts.Catalog.
/// </summary>
public static class ScaleTiming
{
    public static int Run(string repositoryRoot, int[] sizes, int runs)
    {
        var schema = RealSchema(repositoryRoot);
        var real = RealFacts(repositoryRoot);
        var realCount = real.Sum(f => f.Text.Split("\n  - id: ").Length - 1);
        Console.WriteLine($"Real fact base: {realCount} facts in {real.Count} files. Runs per measure: {runs}.\n");

        Console.WriteLine("| facts | generator alone (median ms) | generated C# (MB) |");
        Console.WriteLine("| ---: | ---: | ---: |");
        foreach (var size in sizes)
        {
            var (ms, mb) = GeneratorMilliseconds(schema, SyntheticFacts.Create(size), runs);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {size:N0} | {ms:F0} | {mb:F1} |"));
        }

        var projects = new List<(string Name, DirectoryInfo Directory)> { ($"real ({realCount})", ScratchProject(repositoryRoot, schema, real)) };
        projects.AddRange(sizes.Select(size => (size.ToString("N0", CultureInfo.InvariantCulture), ScratchProject(repositoryRoot, schema, SyntheticFacts.Create(size)))));
        try
        {
            foreach (var (_, directory) in projects)
            {
                Dotnet(directory.FullName, "restore");
                Dotnet(directory.FullName, "build --no-restore"); // warm: builds the generator, starts the compiler server
            }

            var times = projects.ToDictionary(p => p.Name, _ => new List<double>());
            for (var run = 0; run < runs; run++)
            {
                foreach (var (name, directory) in projects)
                {
                    times[name].Add(CleanBuild(directory, string.Empty));
                }
            }

            var baseline = Median(times[projects[0].Name]);
            Console.WriteLine("\n| fact base | clean build (median s) | build / real-facts build | peak memory of the build (MB) | runs (s) |");
            Console.WriteLine("| --- | ---: | ---: | ---: | --- |");
            foreach (var (name, directory) in projects)
            {
                var peak = PeakMegabytes(directory);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"| {name} | {Median(times[name]):F1} | {Median(times[name]) / baseline:F2} | {peak:F0} | {string.Join(" ", times[name].Select(t => t.ToString("F1", CultureInfo.InvariantCulture)))} |"));
            }

            if (projects.FirstOrDefault(p => p.Name == "10,000").Directory is { } tenThousand)
            {
                EditOneFact(tenThousand, runs);
            }

            Console.WriteLine("\n| fact base | first access to Facts.Catalog (median ms) | allocated (MB) | working set growth (MB) |");
            Console.WriteLine("| --- | ---: | ---: | ---: |");
            foreach (var (name, directory) in projects)
            {
                Dotnet(directory.FullName, "build --no-restore -c Release -o out");
                var samples = Enumerable.Range(0, runs + 2)
                    .Select(_ => Exec(directory.FullName, "dotnet", "out/Bench.dll").Trim().Split(' ').Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToArray())
                    .ToList();
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"| {name} ({samples[0][0]:F0} facts) | {Median(samples.Select(s => s[1])):F0} | {Median(samples.Select(s => s[2])):F0} | {Median(samples.Select(s => s[3])):F0} |"));
            }
        }
        finally
        {
            foreach (var (_, directory) in projects)
            {
                directory.Delete(recursive: true);
            }
        }

        return 0;
    }

    /// <summary>A build after deleting obj/Debug, so the C# compiler really runs (the generator project is not rebuilt).</summary>
    private static double CleanBuild(DirectoryInfo directory, string extra)
    {
        var obj = Path.Combine(directory.FullName, "obj", "Debug");
        if (Directory.Exists(obj))
        {
            Directory.Delete(obj, recursive: true);
        }

        Dotnet(directory.FullName, "restore");
        return TimeDotnet(directory.FullName, "build --no-restore --no-dependencies -p:BuildProjectReferences=false " + extra);
    }

    /// <summary>
    /// Peak resident memory of the largest process of a clean build: the compiler runs as a child process
    /// (UseSharedCompilation=false) and GNU time reports the maximum over the waited-for process tree.
    /// </summary>
    private static double PeakMegabytes(DirectoryInfo directory)
    {
        var obj = Path.Combine(directory.FullName, "obj", "Debug");
        if (Directory.Exists(obj))
        {
            Directory.Delete(obj, recursive: true);
        }

        Dotnet(directory.FullName, "restore");
        var output = Exec(directory.FullName, "/usr/bin/time",
            "-f PEAK_KB=%M dotnet build --no-restore --no-dependencies -p:BuildProjectReferences=false -p:UseSharedCompilation=false -nodeReuse:false -nologo -v:q");
        var line = output.Split('\n').Single(l => l.StartsWith("PEAK_KB=", StringComparison.Ordinal));
        return double.Parse(line["PEAK_KB=".Length..], CultureInfo.InvariantCulture) / 1024;
    }

    /// <summary>Edits the title of one fact in the 10k base and rebuilds, beside a build where nothing changed.</summary>
    private static void EditOneFact(DirectoryInfo directory, int runs)
    {
        var file = Path.Combine(directory.FullName, "data", "facts", "events-000.yaml");
        var original = File.ReadAllText(file);
        var noOp = new List<double>();
        var edit = new List<double>();
        for (var run = 0; run < runs; run++)
        {
            noOp.Add(TimeDotnet(directory.FullName, "build --no-restore --no-dependencies -p:BuildProjectReferences=false"));
            File.WriteAllText(file, original.Replace("title: Event 0\n", $"title: Event 0, edited {run}\n", StringComparison.Ordinal));
            edit.Add(TimeDotnet(directory.FullName, "build --no-restore --no-dependencies -p:BuildProjectReferences=false"));
        }

        File.WriteAllText(file, original);
        Console.WriteLine("\n| 10,000 facts | median s | runs (s) |");
        Console.WriteLine("| --- | ---: | --- |");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| no-op build (nothing changed) | {Median(noOp):F1} | {string.Join(" ", noOp.Select(t => t.ToString("F1", CultureInfo.InvariantCulture)))} |"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| build after editing one fact's title | {Median(edit):F1} | {string.Join(" ", edit.Select(t => t.ToString("F1", CultureInfo.InvariantCulture)))} |"));
    }

    public static (double Milliseconds, double Megabytes) GeneratorMilliseconds(string schema, IReadOnlyList<(string Name, string Text)> facts, int runs)
    {
        var texts = facts.Select(f => (AdditionalText)new InMemoryText("/data/facts/" + f.Name, f.Text))
            .Prepend(new InMemoryText("/data/schema/crisis.schema.yaml", schema)).ToImmutableArray();
        var compilation = CSharpCompilation.Create("Bench", references: Array.Empty<MetadataReference>());
        var times = new List<double>();
        var megabytes = 0.0;
        for (var run = 0; run < runs + 1; run++)
        {
            // A fresh driver each run: the cold cost a command-line build pays (the first run warms the JIT and is dropped).
            var driver = CSharpGeneratorDriver.Create(new FactGenerator()).AddAdditionalTexts(texts);
            var watch = Stopwatch.StartNew();
            var result = driver.RunGenerators(compilation).GetRunResult();
            watch.Stop();
            if (result.Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error))
            {
                throw new InvalidOperationException("synthetic data has errors: " + result.Diagnostics.First(d => d.Severity == DiagnosticSeverity.Error));
            }

            megabytes = result.GeneratedTrees.Sum(t => t.Length) / 1048576.0;
            if (run > 0)
            {
                times.Add(watch.Elapsed.TotalMilliseconds);
            }
        }

        return (Median(times), megabytes);
    }
}
