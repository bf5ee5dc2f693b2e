using Crisis.Facts.Generator.Tests.Samples;
using Crisis.Facts.Generator.Tests.Support;
using Microsoft.CodeAnalysis;

namespace Crisis.Facts.Generator.Tests;

/// <summary>A kind's <c>named: false</c> leaves out its named facts, and only those: the catalog still holds its facts.</summary>
public class NamedFactsSettingTests
{
    private static string NotNamed(string kind) =>
        Sample.Schema.Replace($"  {kind}:\n    description:", $"  {kind}:\n    named: false\n    description:", StringComparison.Ordinal);

    private static string FactsFile(GeneratorDriverRunResult result, string plural) =>
        result.GeneratedTrees.Single(t => t.FilePath.EndsWith($"Facts.{plural}.g.cs", StringComparison.Ordinal)).ToString();

    [Fact]
    public void By_default_every_fact_is_a_named_property()
    {
        var (result, output) = GeneratorHarness.Run((GeneratorHarness.SchemaPath, Sample.Schema), (Sample.FactsPath, Sample.Facts));

        Assert.Contains("public static class Estimates", FactsFile(result, "estimates"), StringComparison.Ordinal);
        Assert.Empty(output.GetDiagnostics(TestContext.Current.CancellationToken).Where(d => d.Severity == DiagnosticSeverity.Error));
    }

    [Fact]
    public void A_kind_that_says_named_false_has_no_named_facts_but_keeps_its_facts()
    {
        var (result, output) = GeneratorHarness.Run((GeneratorHarness.SchemaPath, NotNamed("estimate")), (Sample.FactsPath, Sample.Facts));

        Assert.Empty(result.Diagnostics);
        var estimates = FactsFile(result, "estimates");
        Assert.DoesNotContain("public static class Estimates", estimates, StringComparison.Ordinal);
        Assert.Contains("__EstimatesData0", estimates, StringComparison.Ordinal); // the data is still there
        Assert.Contains("public static class Actors", FactsFile(result, "actors"), StringComparison.Ordinal);
        Assert.Empty(output.GetDiagnostics(TestContext.Current.CancellationToken).Where(d => d.Severity == DiagnosticSeverity.Error));
    }

    [Fact]
    public void Named_must_be_true_or_false()
    {
        var (result, _) = GeneratorHarness.Run((GeneratorHarness.SchemaPath, NotNamed("estimate").Replace("named: false", "named: sometimes", StringComparison.Ordinal)), (Sample.FactsPath, Sample.Facts));

        var error = Assert.Single(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Contains("'named' must be true or false", error.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }
}
