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
    public static int Run(string repositoryRoot, int[] sizes, int runs, string? baselineRoot = null, int buildsUpTo = int.MaxValue, bool compilerServer = false)
    {
        // This machine's environment sets UseSharedCompilation=false (no compiler server: every build is a fresh compiler
        // process); --compiler-server asks for the server, as the SDK does by default elsewhere, for the timed builds. The
        // peak memory is always measured without it (the compiler must be a child process for GNU time to see it).
        Server = compilerServer ? " -p:UseSharedCompilation=true" : string.Empty;
        Console.WriteLine(compilerServer ? "Builds through the compiler server (UseSharedCompilation=true).\n" : "Builds without a compiler server unless the environment provides one.\n");
        // Each fact base is built by this checkout's fact compiler and, when a baseline checkout is given, by the baseline's
        // (with its own schema: the synthetic facts suit both), interleaved run by run so that both see the same machine.
        var compilers = new List<(string Label, string Root)> { ("", repositoryRoot) };
        if (baselineRoot is not null)
        {
            compilers.Insert(0, ("baseline: ", baselineRoot));
        }

        var real = RealFacts(repositoryRoot);
        var realCount = real.Sum(f => f.Text.Split("\n  - id: ").Length - 1);
        Console.WriteLine($"Real fact base: {realCount} facts in {real.Count} files. Runs per measure: {runs}.\n");

        Console.WriteLine("| fact compiler | facts | generator alone (median ms) | generated C# (MB) | runs (ms) |");
        Console.WriteLine("| --- | ---: | ---: | ---: | --- |");
        foreach (var size in sizes)
        {
            var facts = SyntheticFacts.Create(size);
            var results = compilers.ToDictionary(c => c.Label, _ => (Times: new List<double>(), Megabytes: 0.0));
            for (var run = 0; run < runs + 1; run++)
            {
                foreach (var (label, root) in compilers)
                {
                    // A fresh generator and driver each run: the cold cost a command-line build pays (run 0 warms the JIT and is dropped).
                    var (ms, mb) = GeneratorOnce(Generator(root, repositoryRoot), RealSchema(root), facts);
                    if (run > 0)
                    {
                        results[label].Times.Add(ms);
                    }

                    results[label] = (results[label].Times, mb);
                }
            }

            foreach (var (label, _) in compilers)
            {
                var (times, mb) = results[label];
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"| {(label.Length == 0 ? "this checkout" : "baseline")} | {size:N0} | {Median(times):F0} | {mb:F1} | {string.Join(" ", times.Select(t => t.ToString("F0", CultureInfo.InvariantCulture)))} |"));
            }
        }

        var projects = new List<(string Name, DirectoryInfo Directory)>();
        foreach (var (label, root) in compilers)
        {
            projects.Add(($"{label}real ({realCount})", ScratchProject(root, RealSchema(root), RealFacts(root))));
            projects.AddRange(sizes.Where(size => size <= buildsUpTo).Select(size => (label + size.ToString("N0", CultureInfo.InvariantCulture), ScratchProject(root, RealSchema(root), SyntheticFacts.Create(size)))));
        }

        try
        {
            foreach (var (_, directory) in projects)
            {
                Dotnet(directory.FullName, "restore");
                Dotnet(directory.FullName, "build --no-restore" + Server); // warm: builds the generator (and starts the compiler server)
            }

            var times = projects.ToDictionary(p => p.Name, _ => new List<double>());
            for (var run = 0; run < runs; run++)
            {
                foreach (var (name, directory) in projects)
                {
                    times[name].Add(CleanBuild(directory, Server));
                }
            }

            Console.WriteLine("\n| fact base | clean build (median s) | build / real-facts build (same compiler) | peak memory of the build (MB) | runs (s) |");
            Console.WriteLine("| --- | ---: | ---: | ---: | --- |");
            foreach (var (label, _) in compilers)
            {
                var baseline = Median(times[$"{label}real ({realCount})"]);
                foreach (var (name, directory) in projects.Where(p => p.Name.StartsWith(label, StringComparison.Ordinal) && (label.Length > 0 || !p.Name.StartsWith("baseline", StringComparison.Ordinal))))
                {
                    var peak = PeakMegabytes(directory);
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"| {name} | {Median(times[name]):F1} | {Median(times[name]) / baseline:F2} | {peak:F0} | {string.Join(" ", times[name].Select(t => t.ToString("F1", CultureInfo.InvariantCulture)))} |"));
                }
            }

            var edited = projects.Where(p => p.Name.EndsWith("10,000", StringComparison.Ordinal)).ToList();
            if (edited.Count > 0)
            {
                EditOneFact(edited, runs);
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

    /// <summary>
    /// The fact compiler of a checkout: this one's, or a baseline's built generator loaded beside it (its own load context;
    /// Roslyn and YamlDotNet come from this process, as in the compiler).
    /// </summary>
    private static IIncrementalGenerator Generator(string root, string repositoryRoot)
    {
        if (Path.GetFullPath(root) == Path.GetFullPath(repositoryRoot))
        {
            return new FactGenerator();
        }

        var path = Path.Combine(root, "generators", "Crisis.Facts.Generator", "bin", "Release", "netstandard2.0", "Crisis.Facts.Generator.dll");
        if (!File.Exists(path))
        {
            Dotnet(root, "build generators/Crisis.Facts.Generator -c Release");
        }

        if (!Baselines.TryGetValue(path, out var type))
        {
            var context = new System.Runtime.Loader.AssemblyLoadContext("baseline generator " + Baselines.Count);
            type = context.LoadFromAssemblyPath(path).GetType("Crisis.Facts.Generator.FactGenerator", throwOnError: true)!;
            Baselines[path] = type;
        }

        return (IIncrementalGenerator)Activator.CreateInstance(type)!;
    }

    private static readonly Dictionary<string, Type> Baselines = new();

    /// <summary>What every timed build adds: the compiler server asked for, or nothing (set once per run).</summary>
    private static string Server { get; set; } = string.Empty;

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
        var build = BenchTools.RunMeasured(directory.FullName, "dotnet",
            ["build", "--no-restore", "--no-dependencies", "-p:BuildProjectReferences=false", "-p:UseSharedCompilation=false", "-nodeReuse:false", "-nologo", "-v:q"]);
        return build.ExitCode == 0 ? build.PeakMegabytes : throw new InvalidOperationException($"the build in {directory.FullName} failed:\n{build.Output}\n{build.Error}");
    }

    /// <summary>Edits the title of one fact in each 10k base and rebuilds, beside a build where nothing changed, the bases interleaved.</summary>
    private static void EditOneFact(List<(string Name, DirectoryInfo Directory)> projects, int runs)
    {
        var noOp = projects.ToDictionary(p => p.Name, _ => new List<double>());
        var edit = projects.ToDictionary(p => p.Name, _ => new List<double>());
        var build = "build --no-restore --no-dependencies -p:BuildProjectReferences=false" + Server;
        foreach (var (_, directory) in projects)
        {
            BenchTools.TimeDotnet(directory.FullName, build); // the first build after the clean ones fills the server's cache
        }

        for (var run = 0; run < runs; run++)
        {
            foreach (var (name, directory) in projects)
            {
                var file = Path.Combine(directory.FullName, "data", "facts", "events-000.yaml");
                var text = File.ReadAllText(file);
                noOp[name].Add(TimeDotnet(directory.FullName, build));
                File.WriteAllText(file, System.Text.RegularExpressions.Regex.Replace(text, "title: Event 0(, edited [0-9]+)?\n", $"title: Event 0, edited {run}\n"));
                edit[name].Add(TimeDotnet(directory.FullName, build));
            }
        }

        Console.WriteLine("\n| 10,000 facts | no-op build (median s) | build after editing one fact's title (median s) | edit / no-op | runs, no-op (s) | runs, edit (s) |");
        Console.WriteLine("| --- | ---: | ---: | ---: | --- | --- |");
        foreach (var (name, _) in projects)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {name} | {Median(noOp[name]):F2} | {Median(edit[name]):F2} | {Median(edit[name]) / Median(noOp[name]):F1} | {string.Join(" ", noOp[name].Select(t => t.ToString("F2", CultureInfo.InvariantCulture)))} | {string.Join(" ", edit[name].Select(t => t.ToString("F2", CultureInfo.InvariantCulture)))} |"));
        }
    }

    /// <summary>One cold run of a generator on the schema and facts: milliseconds, and megabytes of C# generated.</summary>
    private static (double Milliseconds, double Megabytes) GeneratorOnce(IIncrementalGenerator generator, string schema, IReadOnlyList<(string Name, string Text)> facts)
    {
        var texts = facts.Select(f => (AdditionalText)new InMemoryText("/data/facts/" + f.Name, f.Text))
            .Prepend(new InMemoryText("/data/schema/crisis.schema.yaml", schema)).ToImmutableArray();
        var driver = CSharpGeneratorDriver.Create(generator).AddAdditionalTexts(texts);
        var watch = Stopwatch.StartNew();
        var result = driver.RunGenerators(CSharpCompilation.Create("Bench", references: Array.Empty<MetadataReference>())).GetRunResult();
        watch.Stop();
        if (result.Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error))
        {
            throw new InvalidOperationException("synthetic data has errors: " + result.Diagnostics.First(d => d.Severity == DiagnosticSeverity.Error));
        }

        return (watch.Elapsed.TotalMilliseconds, result.GeneratedTrees.Sum(t => t.Length) / 1048576.0);
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
