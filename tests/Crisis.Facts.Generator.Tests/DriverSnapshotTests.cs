using Crisis.Facts.Generator.Tests.Samples;
using Crisis.Facts.Generator.Tests.Support;
using Crisis.Snapshots;
using static Crisis.Snapshots.Verifier;

namespace Crisis.Facts.Generator.Tests;

/// <summary>The whole generator on the sample YAML: every generated file, and the diagnostics with their positions.</summary>
public class DriverSnapshotTests
{
    private static IEnumerable<Target> Targets(Microsoft.CodeAnalysis.GeneratorDriverRunResult result)
    {
        var diagnostics = GeneratorHarness.Diagnostics(result);
        if (diagnostics.Count > 0)
        {
            yield return new Target("txt", GeneratorHarness.DescribeAll(diagnostics));
        }

        foreach (var source in result.Results.Single().GeneratedSources.OrderBy(s => s.HintName, StringComparer.Ordinal))
        {
            yield return new Target("cs", $"//HintName: {source.HintName}\n{source.SourceText}", source.HintName[..^".cs".Length]);
        }
    }

    [Fact]
    public Task Sample_data_set()
    {
        var (result, output) = GeneratorHarness.Run((GeneratorHarness.SchemaPath, Sample.Schema), (Sample.FactsPath, Sample.Facts));

        Assert.Empty(result.Diagnostics);
        Assert.Empty(GeneratorHarness.CompilationErrors(output));
        return Verify(Targets(result));
    }

    [Fact]
    public Task Sample_data_set_with_mistakes()
    {
        var broken = Sample.Facts
            .Replace("name: NATO", "nmae: NATO", StringComparison.Ordinal)
            .Replace("estimator: united-states", "estimator: united-state", StringComparison.Ordinal)
            .Replace("on: ~2022-02-12", "on: 2022-13", StringComparison.Ordinal);

        var (result, output) = GeneratorHarness.Run((GeneratorHarness.SchemaPath, Sample.Schema), (Sample.FactsPath, broken));

        // Broken facts are left out of the C#, so the only errors are the YAML's, never cascading C# errors.
        Assert.Empty(GeneratorHarness.CompilationErrors(output));
        return Verify(GeneratorHarness.DescribeAll(GeneratorHarness.Diagnostics(result)));
    }
}
