using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using Crisis.Facts.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace Crisis.Benchmarks;

/// <summary>
/// Times the fact compiler on synthetic data of several sizes: the generator alone (driver run, in process),
/// and a whole `dotnet build` of a scratch project that compiles the data through the real ProjectReference
/// wiring, against the same project with no facts as the baseline. Medians of several runs, printed as a
/// Markdown table for docs/performance.md.
/// </summary>
public static class GeneratorTiming
{
    public static int Run(string repositoryRoot, int[] sizes, int generatorRuns, int buildRuns)
    {
        var schema = File.ReadAllText(Path.Combine(repositoryRoot, "data", "schema", "crisis.schema.yaml"));
        Console.WriteLine("| facts | files | generator (median ms) | generated C# (KB) | build, clean obj (median s) | build minus baseline (s) |");
        Console.WriteLine("| ---: | ---: | ---: | ---: | ---: | ---: |");
        var baseline = BuildSeconds(repositoryRoot, schema, Array.Empty<(string, string)>(), buildRuns);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| 0 (baseline) | 1 | – | – | {baseline:F1} | 0.0 |"));
        foreach (var size in sizes)
        {
            var facts = SyntheticFacts.Create(size);
            var (generatorMs, generatedKb) = GeneratorMilliseconds(schema, facts, generatorRuns);
            var build = buildRuns > 0 ? BuildSeconds(repositoryRoot, schema, facts, buildRuns) : double.NaN;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {size:N0} | {facts.Count + 1} | {generatorMs:F0} | {generatedKb:F0} | {build:F1} | {build - baseline:F1} |"));
        }

        return 0;
    }

    private static (double Milliseconds, double Kilobytes) GeneratorMilliseconds(string schema, IReadOnlyList<(string Name, string Text)> facts, int runs)
    {
        var texts = facts.Select(f => (AdditionalText)new Text("/data/facts/" + f.Name, f.Text))
            .Prepend(new Text("/data/schema/crisis.schema.yaml", schema)).ToArray();
        var compilation = CSharpCompilation.Create("Bench", references: Array.Empty<MetadataReference>());
        var times = new List<double>();
        var kilobytes = 0.0;
        for (var run = 0; run < runs + 1; run++)
        {
            // A fresh driver each run: the cold cost a command-line build pays (the first run warms the JIT and is dropped).
            var driver = CSharpGeneratorDriver.Create(new FactGenerator()).AddAdditionalTexts(texts.ToImmutableArray());
            var watch = Stopwatch.StartNew();
            var result = driver.RunGenerators(compilation).GetRunResult();
            watch.Stop();
            if (result.Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error))
            {
                throw new InvalidOperationException("synthetic data has errors: " + result.Diagnostics.First(d => d.Severity == DiagnosticSeverity.Error));
            }

            kilobytes = result.GeneratedTrees.Sum(t => t.Length) / 1024.0;
            if (run > 0)
            {
                times.Add(watch.Elapsed.TotalMilliseconds);
            }
        }

        return (Median(times), kilobytes);
    }

    private static double BuildSeconds(string repositoryRoot, string schema, IReadOnlyList<(string Name, string Text)> facts, int runs)
    {
        if (runs == 0)
        {
            return double.NaN;
        }

        var scratch = Directory.CreateTempSubdirectory("crisis-build-bench-");
        try
        {
            Directory.CreateDirectory(Path.Combine(scratch.FullName, "data", "schema"));
            Directory.CreateDirectory(Path.Combine(scratch.FullName, "data", "facts"));
            File.WriteAllText(Path.Combine(scratch.FullName, "data", "schema", "crisis.schema.yaml"), schema);
            foreach (var (name, text) in facts)
            {
                File.WriteAllText(Path.Combine(scratch.FullName, "data", "facts", name), text);
            }

            var generator = Path.Combine(repositoryRoot, "generators", "Crisis.Facts.Generator", "Crisis.Facts.Generator.csproj");
            File.WriteAllText(Path.Combine(scratch.FullName, "Bench.csproj"), $"""
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup>
                    <TargetFramework>net10.0</TargetFramework>
                    <Nullable>enable</Nullable>
                    <ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally>
                  </PropertyGroup>
                  <ItemGroup>
                    <ProjectReference Include="{generator}" OutputItemType="Analyzer" ReferenceOutputAssembly="false" />
                    <AdditionalFiles Include="data/**/*.yaml" />
                  </ItemGroup>
                </Project>
                """);
            File.WriteAllText(Path.Combine(scratch.FullName, "Directory.Packages.props"), File.ReadAllText(Path.Combine(repositoryRoot, "Directory.Packages.props")));
            Dotnet(scratch.FullName, "restore");
            Dotnet(scratch.FullName, "build --no-restore"); // warm: builds the generator once
            var times = new List<double>();
            for (var run = 0; run < runs; run++)
            {
                Directory.Delete(Path.Combine(scratch.FullName, "obj", "Debug"), recursive: true);
                Dotnet(scratch.FullName, "restore");
                var watch = Stopwatch.StartNew();
                Dotnet(scratch.FullName, "build --no-restore --no-dependencies -p:BuildProjectReferences=false");
                times.Add(watch.Elapsed.TotalSeconds);
            }

            return Median(times);
        }
        finally
        {
            scratch.Delete(recursive: true);
        }
    }

    private static void Dotnet(string directory, string arguments)
    {
        var start = new ProcessStartInfo("dotnet", arguments + " -nologo -v:q")
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"dotnet {arguments} failed in {directory}:\n{output.Result}\n{error.Result}");
        }
    }

    private static double Median(List<double> values)
    {
        values.Sort();
        return values.Count % 2 == 1 ? values[values.Count / 2] : (values[(values.Count / 2) - 1] + values[values.Count / 2]) / 2;
    }

    private sealed class Text(string path, string text) : AdditionalText
    {
        private readonly SourceText _text = SourceText.From(text);

        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }
}
