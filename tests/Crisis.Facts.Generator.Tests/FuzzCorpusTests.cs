using Crisis.Fuzz;

namespace Crisis.Facts.Generator.Tests;

/// <summary>
/// Replays the fuzzers' minimized corpus, every finding kept as a regression (tests/Crisis.Fuzz/corpus and
/// regressions) and the real files they were seeded with through the same targets AFL++ ran: each input must run without
/// breaking a promise of docs/reliability.md.
/// </summary>
public class FuzzCorpusTests
{
    public static TheoryData<string, string> Inputs()
    {
        var data = new TheoryData<string, string>();
        var root = Crisis.Snapshots.SolutionDirectory.Combine("tests", "Crisis.Fuzz");
        foreach (var folder in new[] { "corpus", "regressions" })
        {
            foreach (var target in FuzzTargets.Names)
            {
                var directory = Path.Combine(root, folder, target);
                if (!Directory.Exists(directory))
                {
                    continue;
                }

                foreach (var file in Directory.EnumerateFiles(directory).Where(f => !Path.GetFileName(f).StartsWith('.')).Order(StringComparer.Ordinal))
                {
                    data.Add(target, Path.GetRelativePath(root, file));
                }
            }
        }

        // The seeds the fuzzers start from: the real files (the corpus keeps only inputs up to 4 KiB).
        var real = Crisis.Snapshots.SolutionDirectory.Combine("data");
        foreach (var file in Directory.EnumerateFiles(real, "*.yaml", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            data.Add(file.EndsWith(".schema.yaml", StringComparison.Ordinal) ? FuzzTargets.SchemaTarget : FuzzTargets.FactsTarget, Path.GetRelativePath(root, file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public void A_fuzz_input_keeps_every_promise(string target, string input)
    {
        var path = Crisis.Snapshots.SolutionDirectory.Combine("tests", "Crisis.Fuzz", input);

        FuzzTargets.Run(target, File.ReadAllBytes(path));
    }

    /// <summary>
    /// The findings again, through the real generator driver: an exception while reporting a diagnostic is CS8785 there
    /// (every generated type dropped), which the targets alone would not show.
    /// </summary>
    public static TheoryData<string, string> Regressions()
    {
        var data = new TheoryData<string, string>();
        foreach (var row in Inputs().Where(row => row.Data.Item2.StartsWith("regressions", StringComparison.Ordinal)))
        {
            data.Add(row.Data.Item1, row.Data.Item2);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Regressions))]
    public void A_fuzz_finding_gives_located_diagnostics_through_the_generator_driver(string target, string input)
    {
        var text = FuzzTargets.Decode(File.ReadAllBytes(Crisis.Snapshots.SolutionDirectory.Combine("tests", "Crisis.Fuzz", input)));
        var files = target == FuzzTargets.SchemaTarget
            ? new[] { ("/data/schema/fuzzed.schema.yaml", text), (Samples.Sample.FactsPath, Samples.Sample.Facts) }
            : new[] { (Support.GeneratorHarness.SchemaPath, Samples.Sample.Schema), ("/data/facts/fuzzed.yaml", text) };

        var (result, _) = Support.GeneratorHarness.Run(files);

        Assert.True(result.Results.Single().Exception is null, input);
        Assert.DoesNotContain(result.Diagnostics, d => d.Id is "FACT900" or "CS8785");
        Assert.All(result.Diagnostics, d => Assert.True(d.Location.IsInSource || d.Location.Kind == Microsoft.CodeAnalysis.LocationKind.ExternalFile, d.ToString()));
    }

    [Fact]
    public void The_corpus_holds_inputs_for_every_target()
    {
        var inputs = Inputs().Select(row => row.Data.Item1).ToHashSet(StringComparer.Ordinal);

        Assert.Equal(FuzzTargets.Names.Order(StringComparer.Ordinal), inputs.Order(StringComparer.Ordinal));
    }
}
