using Crisis.Reporter.Briefings;
using Crisis.Reporter.Briefings.Shared;
using Crisis.Reporter.Briefings.Situation;
using Crisis.Reporter.Briefings.Timeline;
using Crisis.Reporter.Selection;
using Crisis.Reporter.Templating;

namespace Crisis.Reporter.Tests;

/// <summary>The shipped templates and the engine's configuration for Markdown written by users.</summary>
public sealed class TemplateTests
{
    private static TemplateSet Shipped => TemplateSet.Load(TemplateSet.ShippedDirectory, null);

    [Fact]
    public void EveryShippedTemplateIsPresentAndParses()
    {
        var set = Shipped;
        // The briefings' templates, and those of their other pages ("timeline-period").
        Assert.Equal(BriefingRegistry.Names.Concat(BriefingRegistry.All.SelectMany(b => b.PageTemplates)).Order(StringComparer.Ordinal), set.Briefings.Select(b => b.Name));
        Assert.Contains(set.Partials, p => p.Name == "header");
        var engine = new TemplateEngine(set);
        engine.ParseAll();
        Assert.True(engine.ParseTime > TimeSpan.Zero);
    }

    [Theory]
    [MemberData(nameof(BriefingSnapshotTests.BriefingNames), MemberType = typeof(BriefingSnapshotTests))]
    public void EveryShippedTemplateRendersInStrictModeWithEmptySections(string briefing)
    {
        // A filter that selects nothing: every else branch and empty list is exercised.
        var filter = BriefingFilter.Parse(TestData.Catalog, "1900", "1900", null, null);
        var markdown = new BriefingReporter(TestData.Catalog, new TemplateEngine(Shipped)).Render(briefing, filter);
        Assert.Empty(MarkdownChecks.Problems(markdown));
        Assert.DoesNotContain("\n\n\n\n", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void AnUnknownVariableIsALocatedError()
    {
        var ex = Assert.Throws<TemplateException>(() => Render("ok\n# {{ titel }}"));
        Assert.Equal((2, 6), (ex.Line, ex.Column));
        Assert.Contains("titel", ex.Detail, StringComparison.Ordinal);
        Assert.EndsWith("situation.scriban", ex.File, StringComparison.Ordinal);
    }

    [Fact]
    public void AMisspeltMemberIsALocatedErrorNotAnEmptyString()
    {
        var ex = Assert.Throws<TemplateException>(() => Render("{{ for line in demands }}\n- {{ line.txet }}\n{{ end }}"));
        Assert.Equal((2, 11), (ex.Line, ex.Column));
        Assert.Contains("txet", ex.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void ANullMemberIsNotAnErrorAndIsFalse() => Assert.Equal("[]no", Render("[{{ filters }}]{{ if filters }}yes{{ else }}no{{ end }}"));

    [Fact]
    public void ValuesAreEscapedForMarkdownButFunctionsAndPartialsAreNot()
    {
        var model = new TimelineBriefing().Model(TestData.Catalog, BriefingFilter.None);
        var talks = model.Months.SelectMany(m => m.Events).Single(e => e.Id == "ev-test-talks");
        var output = Render("{{ for month in months }}{{ for event in month.events }}{{ if !event.notes }}{{ event.title }}{{ cite event.refs }};{{ end }}{{ end }}{{ end }}", model);
        Assert.Contains(@"Test talks \| in two parts" + $"[^{talks.Refs[0]}];", output, StringComparison.Ordinal);
        Assert.Equal("a∶ b", Render("{{ mermaid \"a: b\" }}"));
        Assert.StartsWith("# Situation briefing", Render("{{ include 'header' }}"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("a | b", @"a \| b")]
    [InlineData("line one\nline two", "line one line two")]
    [InlineData("forged[^1] note", @"forged\[^1\] note")]
    [InlineData("<script>x</script>", @"\<script\>x\</script\>")]
    [InlineData("`code` and ```fence", @"\`code\` and \`\`\`fence")]
    [InlineData("{{ title }} stays text", "{{ title }} stays text")]
    [InlineData("# not a heading", @"\# not a heading")]
    [InlineData("1. not a list", @"1\. not a list")]
    public void HostileDataStaysText(string value, string expected) =>
        Assert.Equal($"| {expected} |", Render("| {{ text }} |", new Hostile(value)));

    [Fact]
    public void CrlfTemplatesGiveLfOutput()
    {
        var output = Render("# {{ title }}\r\n\r\nline\r\n");
        Assert.Equal("# Situation briefing: the Russia–Ukraine crisis, as of 12 Feb 2022\n\nline\n", output);
    }

    [Fact]
    public void AParseErrorIsLocated()
    {
        var ex = Assert.Throws<TemplateException>(() => Render("ok\n{{ for x in }}\n{{ end }}"));
        Assert.Equal(2, ex.Line);
        Assert.NotNull(ex.Column);
        Assert.StartsWith($"template {ex.File}:2:{ex.Column}:", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnUnclosedBlockSaysWhereItOpened()
    {
        var ex = Assert.Throws<TemplateException>(() => Render("x\n  {{ for line in demands }}\n- {{ line.what }}\n"));
        Assert.Contains("the block opened at 2:6 is never closed", ex.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void ARunawayLoopStopsWithALocatedError()
    {
        var ex = Assert.Throws<TemplateException>(() => Render("ok\n{{ while true }}x{{ end }}"));
        Assert.Equal((2, 4), (ex.Line, ex.Column));
        Assert.Contains("limit", ex.Detail, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void AHugeRangeStopsWithALocatedError()
    {
        var ex = Assert.Throws<TemplateException>(() => Render("{{ for i in 1..100000000 }}{{ i }}{{ end }}"));
        Assert.Equal(1, ex.Line);
        Assert.Contains("LoopLimit", ex.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void OutputIsBounded()
    {
        var ex = Assert.Throws<TemplateException>(() => Render("{{ for i in 1..200 }}{{ 'x' | string.pad_left 100000 }}{{ end }}"));
        Assert.Equal(1, ex.Line);
        Assert.Contains("limit", ex.Detail, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void ASelfIncludingPartialStopsWithAnErrorInThePartial()
    {
        var ex = Assert.Throws<TemplateException>(() => Render("{{ include 'loop' }}", partials: [("loop", "again: {{ include 'loop' }}")]));
        Assert.EndsWith(Path.Combine("partials", "loop.scriban"), ex.File, StringComparison.Ordinal);
        Assert.Equal((1, 11), (ex.Line, ex.Column));
        Assert.Contains("recursive", ex.Detail, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>An include that stands as a statement writes the partial into the page (TemplateEngine's fast path); one whose value is assigned goes through Scriban's: the same text, the partial's output not escaped again.</summary>
    [Fact]
    public void AnIncludeWrittenInPlaceAndOneAssignedGiveTheSameText()
    {
        var text = Render("[{{ include 'p' 'a*b' }}][{{ x = include 'p' 'a*b' }}{{ x }}]\n", partials: [("p", "**{{ $1 }}**{{ if true }} line{{ end }}\n")]);
        Assert.Equal("[**a\\*b** line\n][**a\\*b** line\n]\n", text);
    }

    /// <summary>A template context serves page after page: what one page's template assigns is gone on the next (an unknown variable there is an error).</summary>
    [Fact]
    public void APageSeesNothingTheLastPageAssigned()
    {
        var dir = Directory.CreateTempSubdirectory("crisis-brief-tpl-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(dir, "situation.scriban"), "{{ leaked = 'yes' }}{{ leaked }}");
            File.WriteAllText(Path.Combine(dir, "other.scriban"), "{{ leaked }}");
            var engine = new TemplateEngine(TemplateSet.Load(TemplateSet.ShippedDirectory, dir));
            var model = new SituationBriefing().Model(TestData.Catalog, BriefingFilter.None);
            Assert.Equal("yes", engine.Render("situation", model));
            var ex = Assert.Throws<TemplateException>(() => engine.Render("other", model));
            Assert.Contains("leaked", ex.Detail, StringComparison.Ordinal);
            Assert.Equal("yes", engine.Render("situation", model));
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }

    [Fact]
    public void AnErrorInAPartialNamesThePartial()
    {
        var ex = Assert.Throws<TemplateException>(() => Render("{{ include 'bad' }}", partials: [("bad", "ok\nok {{ nothing.here }}")]));
        Assert.EndsWith(Path.Combine("partials", "bad.scriban"), ex.File, StringComparison.Ordinal);
        Assert.Equal((2, 7), (ex.Line, ex.Column));
    }

    [Fact]
    public void AParseErrorInAPartialNamesThePartial()
    {
        var ex = Assert.Throws<TemplateException>(() => Render("x", partials: [("bad", "ok\n{{ if }}")]));
        Assert.EndsWith(Path.Combine("partials", "bad.scriban"), ex.File, StringComparison.Ordinal);
        Assert.Equal(2, ex.Line);
    }

    [Fact]
    public void AnUnknownPartialIsLocatedAtTheInclude()
    {
        var ex = Assert.Throws<TemplateException>(() => Render("ok\n{{ include 'heder' }}"));
        Assert.Equal(2, ex.Line);
        Assert.Contains("unknown partial 'heder'", ex.Detail, StringComparison.Ordinal);
        Assert.Contains("header", ex.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void CiteRejectsWhatIsNotANoteListAndIsLocated()
    {
        var ex = Assert.Throws<TemplateException>(() => Render("ok\n  {{ cite title }}"));
        Assert.Contains("cite", ex.Detail, StringComparison.Ordinal);
        Assert.Equal(2, ex.Line);
    }

    [Fact]
    public void CiteFormatsMarkers()
    {
        Assert.Equal("[^S2-3-15-9f1c][^S1-x-0a0b]", TemplateFunctions.Cite(new List<string> { "S2-3-15-9f1c", "S1-x-0a0b" }));
        Assert.Equal("", TemplateFunctions.Cite(Array.Empty<string>()));
    }

    /// <summary>A marker is written as is, so cite takes only what a note's label can be: a number or text with a "]" would forge Markdown or leave a footnote without its note.</summary>
    [Theory]
    [InlineData("a] [x")]
    [InlineData("has space")]
    [InlineData("")]
    [InlineData("S2\n")]
    public void CiteRefusesWhatIsNotANoteLabel(string label)
    {
        Assert.Throws<ArgumentException>(() => TemplateFunctions.Cite(new List<string> { label }));
        Assert.Throws<ArgumentException>(() => TemplateFunctions.Cite(new List<int> { 1 }));
    }

    private sealed record Hostile(string Text) : ITemplateView;

    private static string Render(string template, ITemplateView? model = null, (string Name, string Text)[]? partials = null)
    {
        var dir = Directory.CreateTempSubdirectory("crisis-brief-tpl-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(dir, "situation.scriban"), template);
            Directory.CreateDirectory(Path.Combine(dir, "partials"));
            foreach (var (name, text) in partials ?? [])
            {
                File.WriteAllText(Path.Combine(dir, "partials", name + ".scriban"), text);
            }

            var engine = new TemplateEngine(TemplateSet.Load(TemplateSet.ShippedDirectory, dir));
            return engine.Render("situation", model ?? new SituationBriefing().Model(TestData.Catalog, BriefingFilter.None));
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }
}
