using System.Globalization;
using Crisis.Facts.Generator.Tests.Samples;
using Crisis.Facts.Generator.Tests.Support;

namespace Crisis.Facts.Generator.Tests;

/// <summary>The same YAML gives the same bytes whatever the machine's culture or the order of the files.</summary>
public class DeterminismTests
{
    private static string Generate(params (string Path, string Text)[] files)
    {
        var (result, _) = GeneratorHarness.Run(files);
        return string.Concat(result.GeneratedTrees.OrderBy(t => t.FilePath, StringComparer.Ordinal)
            .Select(t => t.FilePath + "\n" + t.GetText().ToString()))
            + GeneratorHarness.DescribeAll(GeneratorHarness.Diagnostics(result));
    }

    [Theory]
    [InlineData("fr-FR")]
    [InlineData("tr-TR")]
    [InlineData("ar-SA")]
    public void Output_does_not_depend_on_the_culture(string culture)
    {
        var files = new[] { (GeneratorHarness.SchemaPath, Sample.Schema), (Sample.FactsPath, Sample.Facts + "  - id: e2\n    value: 1.5\n    estimator: nato\n    as-of: { on: 2022-02 }\n    citations: [{ source: article-001, locator: x, credibility: 1 }]\n  - id: e3\n    value: 2,5\n    estimator: nato\n    as-of: { on: 2022-02-30 }\n") };
        var invariant = WithCulture(CultureInfo.InvariantCulture, () => Generate(files));

        var local = WithCulture(CultureInfo.GetCultureInfo(culture), () => Generate(files));

        Assert.Equal(invariant, local);
        Assert.Contains("3;1.5", invariant, StringComparison.Ordinal); // the decimal, as invariant text in the compact data
    }

    [Fact]
    public void Output_does_not_depend_on_the_order_of_the_files()
    {
        var schema = (GeneratorHarness.SchemaPath, Sample.Schema);
        var facts = (Sample.FactsPath, Sample.Facts);
        var more = ("/data/facts/more.yaml", "actors:\n  - id: aaa\n    name: A\n    citations: [{ source: article-001, locator: x, credibility: 1 }]\n");

        Assert.Equal(Generate(schema, facts, more), Generate(more, facts, schema));
    }

    [Fact]
    public void Generated_sources_use_lf_line_endings_only()
    {
        var (result, _) = GeneratorHarness.Run((GeneratorHarness.SchemaPath, Sample.Schema), (Sample.FactsPath, Sample.Facts));

        Assert.All(result.GeneratedTrees, tree => Assert.DoesNotContain('\r', tree.GetText(TestContext.Current.CancellationToken).ToString()));
    }

    private static T WithCulture<T>(CultureInfo culture, Func<T> action)
    {
        var (previous, previousUi) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = culture;
            return action();
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
            CultureInfo.CurrentUICulture = previousUi;
        }
    }
}
