using Crisis.Model;
using Crisis.Reporter.Briefings;
using Crisis.Reporter.Briefings.Claims;
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

    /// <summary>A date known only as between two days reads as the two, shortened where they share a month or a year.</summary>
    [Theory]
    [InlineData("2022-01-19", "2022-01-20", "19–20 Jan 2022")]
    [InlineData("2021-11-30", "2021-12-02", "30 Nov – 2 Dec 2021")]
    [InlineData("2021-12-30", "2022-01-02", "30 Dec 2021 – 2 Jan 2022")]
    [InlineData("~2022-02-12", "2022-02-13", "~12–13 Feb 2022")]
    [InlineData("2022-01", "2022-02-13", "Jan 2022 – 13 Feb 2022")]
    [InlineData("2022-02-12", null, "12 Feb 2022")]
    public void ADateBetweenTwoDaysShowsBoth(string on, string? latest, string expected)
    {
        var dating = new Dating { On = PartialDate.Parse(on), Latest = latest is null ? null : PartialDate.Parse(latest), Basis = DateBasis.Inferred };

        Assert.Equal(expected, DateDisplay.Format(dating));
    }

    /// <summary>A filter keeps a date between two days when the two overlap its window, and the as-of date is the newest source's span.</summary>
    [Fact]
    public void ADateBetweenTwoDaysIsFilteredByItsSpan()
    {
        var dating = new Dating { On = new PartialDate(2022, 1, 19), Latest = new PartialDate(2022, 1, 20), Basis = DateBasis.Inferred };

        Assert.True(BriefingFilter.Parse(TestData.Catalog, "2022-01-20", null, [], null).InWindow(dating));
        Assert.True(BriefingFilter.Parse(TestData.Catalog, null, "2022-01-19", [], null).InWindow(dating));
        Assert.False(BriefingFilter.Parse(TestData.Catalog, "2022-01-21", null, [], null).InWindow(dating));
    }

    /// <summary>
    /// The caveat counts sentences, as it says: a sentence cited by two facts once, a range of two sentences as two; a
    /// sentence is garbled or truncated where a fact reads it through a repair (3) or a loss (6), and one graded 4 or
    /// 5 conflicts with other facts rather than being damaged.
    /// </summary>
    [Fact]
    public void TheCaveatCountsCitedSentencesAndWhatDamagesThem()
    {
        var source = TestData.Catalog.Sources[0];
        Event Cited(string id, params (string Locator, int Credibility)[] citations) => new()
        {
            Id = new(id),
            Title = "Test event " + id,
            Type = EventType.Meeting,
            Salience = Salience.Minor,
            Summary = "Test data.",
            Citations = [.. citations.Select(c => new Citation { Source = source.Id, Locator = c.Locator, Credibility = c.Credibility, Quote = id + c.Locator })],
        };
        var catalog = new FactCatalog([
            source,
            Cited("ev-a", ("¶3 s.20–21", 2), ("¶4 s.1", 4)),
            Cited("ev-b", ("¶3 s.21", 3)),
            Cited("ev-c", ("¶5 s.1", 6), ("¶3 s.20", 2)),
        ]);

        var caveats = new SituationBriefing().Model(catalog, BriefingFilter.None).Caveats;

        Assert.Contains("2 of 4 cited sentences are garbled or truncated and 1 conflicts with other facts; see their notes.", caveats);
    }

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
    public void NotesAreLabelledByWhatTheyCiteAndReused()
    {
        var registry = new NoteRegistry(TestData.Catalog);
        var a = new Citation { Source = new SourceId("src-test-a"), Locator = "¶3 s.15", Credibility = 2 };
        var b = new Citation { Source = new SourceId("src-test-b"), Locator = "§2", Credibility = 3, Quote = "q", Translation = "t" };
        var la = Assert.Single(registry.Add([a]));
        Assert.Matches("^S1-3-15-[0-9a-f]{4}$", la);
        var lb = registry.Add([b, a]);
        Assert.Equal(2, lb.Count);
        Assert.Matches("^S2-2-[0-9a-f]{4}$", lb[0]);
        Assert.Equal(la, lb[1]);
        Assert.Equal([lb[0]], registry.Add([b with { }]));
        Assert.Equal(2, registry.Notes.Count);
        Assert.Equal(("S1", "S2"), (registry.Notes[0].SourceLabel, registry.Notes[1].SourceLabel));
        Assert.Equal("probably true", registry.Notes[0].CredibilityMeaning);
        Assert.Equal(("q", "t"), (registry.Notes[1].Quote, registry.Notes[1].Translation));

        // Another item of the same sentence, or the same words with another grade, is another note.
        var other = registry.Add([a with { Quote = "other words" }, a with { Credibility = 1 }]);
        Assert.Equal(2, other.Distinct().Count());
        Assert.All(other, l => Assert.StartsWith("S1-3-15-", l, StringComparison.Ordinal));
        Assert.DoesNotContain(la, other);
    }

    /// <summary>The premise of readable snapshot diffs: a note's label does not depend on what else the document cites, or in which order.</summary>
    [Fact]
    public void ANotesLabelDoesNotMoveWhenOtherFactsAreCitedFirst()
    {
        var a = new Citation { Source = new SourceId("src-test-a"), Locator = "¶3 s.15", Credibility = 2, Quote = "x" };
        var alone = new NoteRegistry(TestData.Catalog).Add([a]);
        var crowded = new NoteRegistry(TestData.Catalog);
        foreach (var n in Enumerable.Range(1, 20))
        {
            crowded.Add([a with { Locator = $"¶{n} s.1" }, a with { Quote = "y" + n }]);
        }

        Assert.Equal(alone, crowded.Add([a]));
    }

    [Fact]
    public void NotesAreListedBySourceThenByPlaceInTheArticle()
    {
        var model = new SituationBriefing().Model(Facts.Catalog, BriefingFilter.None);
        var registry = new NoteRegistry(Facts.Catalog);
        var order = registry.Sources.Select(s => registry.LabelOf(s.Id)).ToList();
        var places = model.Notes.Select(n => (Source: order.IndexOf(n.SourceLabel), Place: Place(n.Locator))).ToList();
        Assert.Equal(places.OrderBy(p => p.Source).ThenBy(p => p.Place.Paragraph).ThenBy(p => p.Place.Sentence), places);

        static (int Paragraph, int Sentence) Place(string locator)
        {
            var m = System.Text.RegularExpressions.Regex.Match(locator, @"^¶(\d+) s\.(\d+)");
            return (int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), int.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    [Fact]
    public void ASourceAddedAtTheEndOfItsFileIsTheNextLabelWhateverItsId()
    {
        var before = new NoteRegistry(Facts.Catalog);
        var added = Facts.Catalog.Sources[0] with { Id = new("aaa-sorts-first-by-id"), DefinedOrder = Facts.Catalog.All.Max(f => f.DefinedOrder) + 1 };
        var after = new NoteRegistry(new FactCatalog(Facts.Catalog.All.Append(added)));
        Assert.Equal($"S{Facts.Catalog.Sources.Length + 1}", after.LabelOf(added.Id));
        Assert.All(Facts.Catalog.Sources, s => Assert.Equal(before.LabelOf(s.Id), after.LabelOf(s.Id)));
        Assert.Equal(added.Id, after.Sources[^1].Id);
    }

    [Fact]
    public void SourcesNamedByIdInCuratorsTextAreNamedByTheirLabels()
    {
        var registry = new NoteRegistry(Facts.Catalog);
        string Label(string id) => registry.LabelOf(new SourceId(id));
        Assert.Equal(
            $"{Label("article-001")} and {Label("article-003")} say so; {Label("article-000")}, {Label("article-001")} or {Label("article-004")}; {Label("article-004")} too; {Label("article-002")}",
            registry.ReaderText("articles 001 and 003 say so; Articles 000, 001 or 004; Article 004 too; article-002"));
        // A number that names no source leaves the plural as written, for the reader-text test to show.
        Assert.Equal("articles 001 and 999", registry.ReaderText("articles 001 and 999"));
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
            ["175,000 soldiers (planned)", "more than 100,000 soldiers", "tens of thousands of soldiers", "about 130,000 soldiers", "more than 150,000 soldiers, including test separatist forces"],
            troops.Items.Select(i => i.Figure));
        Assert.Contains(troops.Items, i => i.IsDeprecated);
        Assert.NotNull(model.TroopChart);
        // One bar per figure with a number, in thousands, in date order: the plan in its own series (not a count), "more
        // than 100,000" as 100 given and open above it, stopped short, "about 130,000" as 130 given. "Tens of thousands" gives no number
        // and is superseded: listed, never drawn.
        var chart = model.TroopChart!;
        Assert.Equal(3, chart.Labels.Count);
        // No bar is the axis' length below its start (not drawn); "more than 100,000" is open a quarter past it (125), not to the axis' end.
        var none = "-" + chart.AxisMax;
        Assert.Equal(["175", none, none], chart.Planned);
        Assert.Equal([none, "100", "130"], chart.Given);
        Assert.Equal([none, "125", none], chart.Open);
        Assert.Contains("more than", chart.Labels[1], StringComparison.Ordinal);
        Assert.Contains("about", chart.Labels[2], StringComparison.Ordinal);
        Assert.Contains(chart.NotDrawn, l => l.Text.StartsWith("Given only in words", StringComparison.Ordinal) && l.Text.Contains("tens of thousands", StringComparison.Ordinal) && l.Refs.Count > 0);
    }

    /// <summary>
    /// A figure that counts more than its subject ("including separatist forces") is never one of a series without
    /// saying so: its scope goes with it in every table and line, it is not a bar of the chart, and it is no
    /// disagreement with the plain count of the same day (issue 17, item 6).
    /// </summary>
    [Fact]
    public void AFiguresScopeGoesWithItWhereverItIsShown()
    {
        const string Wider = "more than 150,000 soldiers, including test separatist forces";
        var estimates = new EstimatesBriefing().Model(TestData.Catalog, BriefingFilter.None);
        Assert.Contains(estimates.Groups.SelectMany(g => g.Items), i => i.Figure == Wider);
        Assert.DoesNotContain("150", estimates.TroopChart!.Given);
        Assert.Contains(estimates.TroopChart.NotDrawn, l => l.Text == $"Counted otherwise, not drawn: {Wider} (Westland (test), 12 Feb 2022)" && l.Refs.Count > 0);

        var situation = new SituationBriefing().Model(TestData.Catalog, BriefingFilter.None);
        // "about 130,000" and "more than 150,000, including …" on 12 Feb count different things: no disagreement.
        Assert.Empty(situation.FigureDisagreements);
        Assert.Contains(situation.Judgments.SelectMany(j => j.Support), e => e.Label.StartsWith(Wider, StringComparison.Ordinal));
    }

    /// <summary>
    /// A judgment's evidence is chosen by weight, then by the analysts' order, never by date or by the list's order
    /// alone: the test judgment lists a weak fact first and its strong one last.
    /// </summary>
    [Fact]
    public void EvidenceIsChosenByWeightThenByTheAnalystsOrder()
    {
        var judgment = Assert.Single(new SituationBriefing().Model(TestData.Catalog, BriefingFilter.None).Judgments);

        Assert.Equal(["more than 150,000 soldiers, including test separatist forces"], judgment.Support.Select(e => e.Label));
        Assert.Equal(["Westland (test)"], judgment.Support.Select(e => e.Who));
        Assert.Equal(2, judgment.MoreSupport);
        Assert.Equal(["Test data: Eastland's units are returning to garrison"], judgment.Against.Select(e => e.Label));
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
    public void TheTimelineDiagramFitsGitHubsWidthAndMarksWhatIsAhead()
    {
        var model = new TimelineBriefing().Model(Facts.Catalog, BriefingFilter.None);
        Assert.InRange(model.Chart.Periods.Count, 1, Briefings.Timeline.TimelineChart.MaxColumns);
        Assert.Contains(model.Chart.Periods.SelectMany(p => p.Entries), e => e.EndsWith("(scheduled)", StringComparison.Ordinal));
        var entries = model.Chart.Periods.SelectMany(p => p.Entries).ToList();
        foreach (var e in Facts.Catalog.Events.Where(e => e.Status is EventStatus.Scheduled or EventStatus.Planned))
        {
            Assert.All(
                entries.Where(entry => entry.StartsWith(e.Title, StringComparison.Ordinal)),
                entry => Assert.True(entry.EndsWith($"({e.Status!.Value.Label()})", StringComparison.Ordinal), $"The timeline draws {FactLocation.Describe(e)} without saying it is {e.Status!.Value.Label()}: {entry}"));
        }
    }

    /// <summary>Rules for any correct fact base; today's as-of date and watch items are in the situation snapshot.</summary>
    [Fact]
    public void AsOfIsTheNewestSourceAndLaterEventsAreAhead()
    {
        var model = new SituationBriefing().Model(Facts.Catalog, BriefingFilter.None);
        var newest = Facts.Catalog.Sources.Where(s => s.Published is not null).MaxBy(s => (s.Published!.Latest ?? s.Published.On).End)!;
        Assert.True(model.AsOf == DateDisplay.Format(newest.Published), $"The situation page is as of {model.AsOf}, not as of the newest source, {FactLocation.Describe(newest)} ({DateDisplay.Format(newest.Published)}).");
        Assert.DoesNotContain(model.Changes.SelectMany(g => g.Events), e => e.Ahead is not null);
        Assert.All(Facts.Catalog.WatchItems, item => Assert.True(model.Watch.Any(w => w.Title == item.Title), $"The watch list leaves out {FactLocation.Describe(item)}."));
    }

    /// <summary>
    /// A watch item is footnoted with its heaviest evidence, the first the curators list among the heaviest, whatever its
    /// kind (a sanctions item was once footnoted with an event because events came first): on the real items, and on each
    /// item with its list reversed (the weights then decide, not the places).
    /// </summary>
    [Fact]
    public void AWatchItemCitesItsHeaviestEvidenceFirstListed()
    {
        static int Rank(Weight? weight) => weight switch { Weight.Strong => 0, Weight.Moderate => 1, Weight.Weak => 2, _ => 3 };
        foreach (var reversed in new[] { false, true })
        {
            var catalog = reversed
                ? new FactCatalog(Facts.Catalog.All.Select(f => f is WatchItem w ? w with { Evidence = [.. w.Evidence.Reverse()] } : f))
                : Facts.Catalog;
            var model = new SituationBriefing().Model(catalog, BriefingFilter.None);
            foreach (var item in catalog.WatchItems)
            {
                var heaviest = item.Evidence.Select((e, i) => (e, i)).OrderBy(x => Rank(x.e.Weight)).ThenBy(x => x.i).First().e;
                var first = catalog.Find(heaviest.Fact.Value)!;
                var expected = new NoteRegistry(catalog).AddStrongest(((ICitedFact)first).Citations);
                var row = model.Watch.Single(w => w.Title == item.Title);
                // A note of the same sentence may stand for it (one note per sentence on the situation page): compare
                // the sentence a label names ("S2-3-19"), not the digest that tells quotes of it apart.
                static string Sentence(string label) => label[..label.LastIndexOf('-')];
                Assert.True(
                    row.Refs.Select(Sentence).SequenceEqual(expected.Select(Sentence)),
                    $"{FactLocation.Describe(item)} is footnoted [{string.Join(", ", row.Refs)}], not with its heaviest evidence listed first, {FactLocation.Describe(first)} [{string.Join(", ", expected)}].");
            }
        }
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
        var model = new ClaimsBriefing().Model(TestData.Catalog, BriefingFilter.None);
        var claim = Assert.Single(model.Propositions.SelectMany(p => p.Sides).SelectMany(s => s.Entries).SelectMany(e => e.Lines), c => c.Id == "cl-test-no-attack");
        var quote = claim.Quote!;
        Assert.Equal("Nous n'attaquerons pas (test)", quote.Original);
        Assert.Equal("We will not attack (test)", quote.English);
    }
}
