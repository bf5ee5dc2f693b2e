using Crisis.Model;
using Crisis.Reporter.Briefings;
using Crisis.Reporter.Briefings.Actors;
using Crisis.Reporter.Briefings.Estimates;
using Crisis.Reporter.Briefings.Shared;
using Crisis.Reporter.Briefings.Situation;
using Crisis.Reporter.Briefings.Timeline;
using Crisis.Reporter.Selection;
using Crisis.Reporter.Text;

namespace Crisis.Reporter.Tests;

/// <summary>Display values computed in C#: dates by precision, escaping, citation numbering, figures, filters.</summary>
public sealed class ViewModelTests
{
    [Theory]
    [InlineData(2022, 1, 21, false, "21 Jan 2022")]
    [InlineData(2022, 1, null, false, "Jan 2022")]
    [InlineData(2022, null, null, false, "2022")]
    [InlineData(2022, 2, 12, true, "~12 Feb 2022")]
    [InlineData(2021, 12, null, true, "~Dec 2021")]
    [InlineData(2022, 2, 1, false, "1 Feb 2022")]
    public void DatesShowTheirPrecision(int year, int? month, int? day, bool approximate, string expected) =>
        Assert.Equal(expected, DateDisplay.Format(new PartialDate(year, month, day, approximate)));

    [Fact]
    public void MissingDateIsUndated() => Assert.Equal("undated", DateDisplay.Format((PartialDate?)null));

    [Theory]
    [InlineData("a | b", @"a \| b")]
    [InlineData("line one\nline two", "line one line two")]
    [InlineData("line one\r\nline two", "line one line two")]
    [InlineData("see [^1]", @"see \[^1\]")]
    [InlineData("*bold* and <b>html</b>", @"\*bold\* and \<b\>html\</b\>")]
    [InlineData("1. not a list", @"1\. not a list")]
    [InlineData("# not a heading", @"\# not a heading")]
    [InlineData("- not a bullet", @"\- not a bullet")]
    [InlineData("~12 Feb and ~13 Feb", @"\~12 Feb and \~13 Feb")]
    [InlineData("file_name_here.txt", "file_name_here.txt")]
    [InlineData("_emphasis_", @"\_emphasis\_")]
    [InlineData("back`tick and \\slash", @"back\`tick and \\slash")]
    [InlineData("Putin's 100,000 troops — « quote »", "Putin's 100,000 troops — « quote »")]
    public void EncoderEscapesWhatWouldBreakMarkdown(string input, string expected) =>
        Assert.Equal(expected, MarkdownEncoder.Escape(input));

    [Theory]
    [InlineData("a: b", "a∶ b")]
    [InlineData("Talks #2; \"quoted\"", "Talks №2, 'quoted'")]
    [InlineData("line\nbreak ```", "line break '''")]
    [InlineData("[x] {y} %%", "(x) (y) % %")]
    public void MermaidLabelsCannotBreakTheDiagram(string input, string expected) =>
        Assert.Equal(expected, Mermaid.Label(input));

    [Fact]
    public void NotesAreNumberedInOrderOfFirstCitationAndReused()
    {
        var registry = new NoteRegistry(TestData.Catalog);
        var a = new Citation { Source = new SourceId("src-test-a"), Locator = "§1", Credibility = 2 };
        var b = new Citation { Source = new SourceId("src-test-b"), Locator = "§2", Credibility = 3, Quote = "q", Translation = "t" };
        Assert.Equal([1], registry.Add([a]));
        Assert.Equal([2, 1], registry.Add([b, a]));
        Assert.Equal([2], registry.Add([b with { }]));
        Assert.Equal(2, registry.Notes.Count);
        Assert.Equal("S2", registry.Notes[1].SourceLabel);
        Assert.Equal("probably true", registry.Notes[0].CredibilityMeaning);
        Assert.Equal("q", registry.Notes[1].Quote);
        Assert.Equal("t", registry.Notes[1].Translation);
    }

    [Fact]
    public void SituationNotesFollowReadingOrder()
    {
        var model = new SituationBriefing().Model(TestData.Catalog, BriefingFilter.None);
        Assert.Equal(Enumerable.Range(1, model.Notes.Count), model.Notes.Select(n => n.Number));
    }

    [Fact]
    public void AsOfAndCoverageComeFromTheDataNotTheClock()
    {
        var model = new TimelineBriefing().Model(TestData.Catalog, BriefingFilter.None);
        Assert.Equal("12 Feb 2022", model.AsOf);
        Assert.Equal("2004 – 12 Feb 2022", model.Coverage);
    }

    [Fact]
    public void DisagreeingEstimatesStaySideBySide()
    {
        var model = new EstimatesBriefing().Model(TestData.Catalog, BriefingFilter.None);
        var troops = Assert.Single(model.Groups, g => g.Key == "troops-near-ukraine");
        Assert.Equal(
            ["175,000 soldiers (planned)", "more than 100,000 soldiers", "tens of thousands of soldiers", "about 130,000 soldiers"],
            troops.Items.Select(i => i.Figure));
        Assert.Contains(troops.Items, i => i.IsDeprecated);
        Assert.NotNull(model.TroopChart);
        // One bar per figure with a number, in thousands, in date order: the plan in its own series (not a count), "more
        // than 100,000" as 100 given and open above it, "about 130,000" as 130 given. "Tens of thousands" gives no number
        // and is superseded: listed, never drawn.
        var chart = model.TroopChart!;
        Assert.Equal(3, chart.Labels.Count);
        Assert.Equal(["175", "0", "0"], chart.Planned);
        Assert.Equal(["0", "100", "130"], chart.Given);
        Assert.Equal(["0", chart.AxisMax, "0"], chart.Open);
        Assert.Contains("more than", chart.Labels[1], StringComparison.Ordinal);
        Assert.Contains("about", chart.Labels[2], StringComparison.Ordinal);
        Assert.Contains(chart.NotDrawn, l => l.StartsWith("Given only in words", StringComparison.Ordinal) && l.Contains("tens of thousands", StringComparison.Ordinal));
    }

    [Fact]
    public void ARisingTrendAndAPlannedFigureAreNoDisagreement()
    {
        // The test data has a planned 175,000 and "more than 100,000" on the same day, and figures rising from
        // December to February: none of it is two sources disagreeing.
        var model = new SituationBriefing().Model(TestData.Catalog, BriefingFilter.None);
        Assert.Empty(model.FigureDisagreements);
        Assert.Equal("175,000 soldiers", model.Threat.Planned?.Label);
    }

    [Fact]
    public void TheTimelineDiagramFitsGitHubsWidth()
    {
        var model = new TimelineBriefing().Model(Facts.Catalog, BriefingFilter.None);
        Assert.InRange(model.Chart.Periods.Count, 1, Briefings.Timeline.TimelineChart.MaxColumns);
        Assert.Contains(model.Chart.Periods.SelectMany(p => p.Entries), e => e.EndsWith("(scheduled)", StringComparison.Ordinal));
    }

    [Fact]
    public void AsOfIsTheNewestSourceAndLaterEventsAreAhead()
    {
        var model = new SituationBriefing().Model(Facts.Catalog, BriefingFilter.None);
        Assert.Equal("~13 Feb 2022", model.AsOf);
        Assert.DoesNotContain(model.Changes.SelectMany(g => g.Events), e => e.Ahead is not null);
        Assert.Contains(model.Watch, w => w.Title.Contains("Scholz", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("2022", true, "2022-01-01")]
    [InlineData("2022", false, "2022-12-31")]
    [InlineData("2022-02", false, "2022-02-28")]
    [InlineData("2024-02", false, "2024-02-29")]
    [InlineData("2022-01-21", true, "2022-01-21")]
    public void FilterDatesCoverTheirWholePeriod(string text, bool start, string expected) =>
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), BriefingFilter.ParseDate(text, "--from", start));

    [Theory]
    [InlineData("2022-13")]
    [InlineData("2022-02-30")]
    [InlineData("22-01-01")]
    [InlineData("yesterday")]
    [InlineData("2022/01/21")]
    [InlineData("~2022-01")]
    [InlineData("")]
    public void BadFilterDatesAreDataErrorsNamingTheValue(string text)
    {
        var ex = Assert.Throws<ReporterException>(() => BriefingFilter.ParseDate(text, "--from", true));
        Assert.Equal(ExitCodes.Data, ex.ExitCode);
        Assert.Contains(text, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DateWindowKeepsOverlappingPartialDatesAndDropsUndatedFacts()
    {
        var filter = BriefingFilter.Parse(TestData.Catalog, "2021-11-15", "2021-12", null, null);
        var sel = new FactSelection(TestData.Catalog, filter);
        Assert.Contains(sel.Of<Event>(), e => e.Id.Value == "ev-test-buildup"); // Nov 2021 overlaps 15 Nov onwards
        Assert.DoesNotContain(sel.Of<Event>(), e => e.Id.Value == "ev-test-undated");
        Assert.DoesNotContain(sel.Of<Event>(), e => e.Id.Value == "ev-test-talks");
        Assert.Contains(sel.Of<Demand>(), d => d.Id.Value == "dm-test-withdraw");
    }

    [Fact]
    public void ActorAndTopicFiltersApplyToEveryKind()
    {
        var catalog = TestData.Catalog;
        var byActor = new FactSelection(catalog, BriefingFilter.Parse(catalog, null, null, ["act-test-alliance"], null));
        Assert.Equal(["ev-test-history"], byActor.Of<Event>().Select(e => e.Id.Value));
        Assert.Equal(["pos-test-reject"], byActor.Of<Position>().Select(p => p.Id.Value));
        Assert.Empty(byActor.Of<Estimate>());

        var byTopic = new FactSelection(catalog, BriefingFilter.Parse(catalog, null, null, null, "economic"));
        Assert.Equal(["ev-test-sanctions-talk"], byTopic.Of<Event>().Select(e => e.Id.Value));
        Assert.Equal(["ms-test-sanctions"], byTopic.Of<Measure>().Select(m => m.Id.Value));
        Assert.Empty(byTopic.Of<Claim>());
    }

    [Fact]
    public void UnknownActorAndTopicNameTheValueAndTheChoices()
    {
        var actor = Assert.Throws<ReporterException>(() => BriefingFilter.Parse(TestData.Catalog, null, null, ["act-nobody"], null));
        Assert.Equal(ExitCodes.Data, actor.ExitCode);
        Assert.Contains("'act-nobody'", actor.Message, StringComparison.Ordinal);
        Assert.Contains("act-test-minister", actor.Message, StringComparison.Ordinal);

        var topic = Assert.Throws<ReporterException>(() => BriefingFilter.Parse(TestData.Catalog, null, null, null, "sport"));
        Assert.Contains("'sport'", topic.Message, StringComparison.Ordinal);
        Assert.Contains("nato-enlargement", topic.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("act-test-ministre", "act-test-minister")]
    [InlineData("minister", "act-test-minister")]
    [InlineData("westland", null)]
    public void UnknownActorSuggestsNearIds(string given, string? suggested)
    {
        var ex = Assert.Throws<ReporterException>(() => BriefingFilter.Parse(TestData.Catalog, null, null, [given], null));
        if (suggested is null)
        {
            Assert.DoesNotContain("Did you mean", ex.Message, StringComparison.Ordinal);
        }
        else
        {
            Assert.Contains($"Did you mean '{suggested}'?", ex.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void MisspeltTopicIsSuggested() =>
        Assert.Contains("Did you mean 'military'?", Assert.Throws<ReporterException>(() => BriefingFilter.Parse(TestData.Catalog, null, null, null, "millitary")).Message, StringComparison.Ordinal);

    [Fact]
    public void EmptyWindowIsADataError()
    {
        var ex = Assert.Throws<ReporterException>(() => BriefingFilter.Parse(TestData.Catalog, "2022-02", "2022-01", null, null));
        Assert.Equal(ExitCodes.Data, ex.ExitCode);
    }

    [Fact]
    public void FigureDisplayFollowsTheQualifier()
    {
        var e = TestData.Catalog.Estimates.First(x => x.Id.Value == "est-test-ships");
        Assert.Equal("between 6 and 8 ships", Wording.Figure(e));
        Assert.Equal("6 ships", Wording.Figure(e with { Qualifier = Qualifier.Exact }));
        Assert.Equal("up to 6 ships", Wording.Figure(e with { Qualifier = Qualifier.UpTo }));
        Assert.Equal("about 1,500.5 ships", Wording.Figure(e with { Qualifier = Qualifier.About, Value = 1500.5m }));
        Assert.Equal("between 2 and 2.5 ships", Wording.Figure(e with { Qualifier = Qualifier.Range, Value = 2, Upper = 2.5m }));
        Assert.Equal("tens of thousands of ships", Wording.Figure(e with { Qualifier = Qualifier.InWords, Value = null, StatedAs = "tens of thousands" }));
    }

    [Fact]
    public void PartiesAreNamedTogetherOrSaidToBeUnattributed()
    {
        Assert.Equal("unattributed", Wording.Parties([]));
        Assert.Equal("unattributed (S1, S4)", Wording.UnattributedIn(["S1", "S4"]));
        Assert.Equal("Russia", Wording.Parties(["Russia"]));
        Assert.Equal("Russia and Belarus", Wording.Parties(["Russia", "Belarus"]));
        Assert.Equal("United States, France and Germany", Wording.Parties(["United States", "France", "Germany"]));
        Assert.Equal("reported by Yuri Ushakov", Wording.ReportedBy("Yuri Ushakov", Relay.AccordingTo));
        Assert.Equal("reported by The Washington Post", Wording.ReportedBy("The Washington Post", Relay.PressReport));
        Assert.Equal("reported by The Kremlin in a readout", Wording.ReportedBy("The Kremlin", Relay.Readout));
    }

    [Fact]
    public void QuotesKeepTheOriginalBesideTheTranslation()
    {
        var model = new ActorsBriefing().Model(TestData.Catalog, BriefingFilter.None);
        var minister = Assert.Single(model.Actors, a => a.Id == "act-test-minister");
        var quote = Assert.Single(minister.Statements).Quote!;
        Assert.Equal("Les pourparlers de test étaient utiles", quote.Original);
        Assert.Equal("The test talks were useful", quote.English);
    }
}
