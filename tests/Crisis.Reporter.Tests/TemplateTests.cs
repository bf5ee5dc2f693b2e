using Crisis.Reporter.Model;
using Crisis.Reporter.Templating;

namespace Crisis.Reporter.Tests;

/// <summary>The shipped templates and the engine's Markdown configuration.</summary>
public sealed class TemplateTests
{
    private static TemplateSet Shipped => TemplateSet.Load(TemplateSet.ShippedDirectory, null);

    [Fact]
    public void EveryShippedTemplateIsPresentAndCompiles()
    {
        var set = Shipped;
        Assert.Equal(Briefings.Names.Order(StringComparer.Ordinal), set.Briefings.Select(b => b.Name));
        Assert.Contains(set.Partials, p => p.Name == "header");
        var engine = new TemplateEngine(set);
        engine.CompileAll();
        Assert.True(engine.CompileTime > TimeSpan.Zero);
    }

    [Theory]
    [MemberData(nameof(BriefingSnapshotTests.BriefingNames), MemberType = typeof(BriefingSnapshotTests))]
    public void EveryShippedTemplateRendersInStrictModeWithEmptySections(string briefing)
    {
        // A filter that selects nothing: every {{else}} branch and empty list is exercised.
        var filter = BriefingFilter.Parse(TestData.Catalog, "1900", "1900", null, null);
        var markdown = new BriefingReporter(TestData.Catalog, new TemplateEngine(Shipped)).Render(briefing, filter);
        Assert.Empty(MarkdownChecks.Problems(markdown));
        Assert.DoesNotContain("\n\n\n\n", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void StrictBindingRejectsAMisspeltName()
    {
        var ex = Assert.Throws<TemplateException>(() => Render("{{titel}}"));
        Assert.Equal(1, ex.Line);
        Assert.Equal(1, ex.Column);
        Assert.Contains("titel", ex.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void NullPropertyIsNotAnError() => Assert.Equal("[]", Render("[{{filters}}]"));

    [Fact]
    public void ValuesAreEscapedForMarkdownButHelpersAreNot()
    {
        var model = new BriefingBuilder(TestData.Catalog, BriefingFilter.None).Timeline();
        var talks = model.Months.SelectMany(m => m.Events).Single(e => e.Id == "ev-test-talks");
        var output = Render("{{#each months}}{{#each events}}{{#if notes}}{{else}}{{title}}{{cite refs}};{{/if}}{{/each}}{{/each}}", model);
        Assert.Contains(@"Test talks \| in two parts" + $"[^{talks.Refs[0]}];", output, StringComparison.Ordinal);
        Assert.Equal("a∶ b", Render("{{mermaid \"a: b\"}}"));
    }

    [Fact]
    public void CrlfTemplatesGiveLfOutput()
    {
        var dir = Directory.CreateTempSubdirectory("crisis-brief-crlf-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(dir, "situation.hbs"), "# {{title}}\r\n\r\nline\r\n");
            var engine = new TemplateEngine(TemplateSet.Load(TemplateSet.ShippedDirectory, dir));
            var output = engine.Render("situation", new BriefingBuilder(TestData.Catalog, BriefingFilter.None).Situation());
            Assert.Equal("# Situation briefing: the Russia–Ukraine crisis\n\nline\n", output);
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }

    [Theory]
    [InlineData("{{#if a}}\n{{#each b}}\n{{/if}}", 3, 1, "does not close '{{#each}}' opened at 2:1")]
    [InlineData("x\n  {{#each b}}\n", 2, 3, "'{{#each}}' is never closed")]
    [InlineData("{{/each}}", 1, 1, "never opened")]
    [InlineData("ok\n {{#each}}{{/each}}", 2, 2, "'{{#each}}' needs a value")]
    public void UnbalancedBlocksArePinpointed(string text, int line, int column, string message)
    {
        var ex = Assert.Throws<TemplateException>(() => TemplateEngine.CheckBlocks("t.hbs", text));
        Assert.Equal(line, ex.Line);
        Assert.Equal(column, ex.Column);
        Assert.Contains(message, ex.Message, StringComparison.Ordinal);
        Assert.StartsWith($"template t.hbs:{line}:{column}:", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ok\nsecond {{title\n", 2, 8)]
    [InlineData("ok {{title {{asOf}}", 1, 4)]
    public void UnclosedExpressionsArePinpointed(string text, int line, int column)
    {
        var ex = Assert.Throws<TemplateException>(() => Render(text));
        Assert.Equal(line, ex.Line);
        Assert.Equal(column, ex.Column);
        Assert.EndsWith("situation.hbs", ex.File, StringComparison.Ordinal);
    }

    [Fact]
    public void TripleBracesAndCommentsAreNotMistakenForUnclosedExpressions() =>
        Assert.Equal("a|b", Render("{{!-- a {{comment}} --}}{{{mermaid \"a|b\"}}}"));

    [Fact]
    public void ParserErrorsCarryThePositionHandlebarsReports()
    {
        var ex = Assert.Throws<TemplateException>(() => Render("ok\n{{#each bottomLine}}{{> }}{{/each}}"));
        Assert.Contains("situation.hbs", ex.File, StringComparison.Ordinal);
    }

    [Fact]
    public void CiteHelperRejectsWhatIsNotANoteListAndIsLocated()
    {
        var ex = Assert.Throws<TemplateException>(() => Render("ok\n  {{cite title}}"));
        Assert.Contains("cite", ex.Detail, StringComparison.Ordinal);
        Assert.Equal(2, ex.Line);
        Assert.Equal(3, ex.Column);
    }

    [Fact]
    public void HelperCiteFormatsMarkers()
    {
        Assert.Equal("[^1][^12]", Helpers.Cite(new List<int> { 1, 12 }));
        Assert.Equal("", Helpers.Cite(Array.Empty<int>()));
    }

    private static string Render(string template, object? model = null)
    {
        var dir = Directory.CreateTempSubdirectory("crisis-brief-tpl-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(dir, "situation.hbs"), template);
            var engine = new TemplateEngine(TemplateSet.Load(TemplateSet.ShippedDirectory, dir));
            return engine.Render("situation", model ?? new BriefingBuilder(TestData.Catalog, BriefingFilter.None).Situation());
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }
}
