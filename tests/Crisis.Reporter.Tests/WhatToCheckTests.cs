using System.Text.Json.Nodes;
using Crisis.Model;
using Crisis.Reporter.Commands.Diff;
using Crisis.Reporter.Commands.Export;
using Crisis.Reporter.Selection;
using static Crisis.Reporter.Tests.DiffTests;
using static Crisis.Snapshots.Verifier;

namespace Crisis.Reporter.Tests;

/// <summary>
/// "What to check" on a pull request that adds rather than changes (issue 17): a new source changes no value, so each
/// rule of <see cref="AdditionReview"/> is tested on an addition that should raise it, and on one that should not.
/// </summary>
public sealed class WhatToCheckTests
{
    private static Citation Cite(string source, string locator, int credibility = 2, string? quote = null, string? note = null) =>
        new() { Source = new SourceId(source), Locator = locator, Credibility = credibility, Quote = quote, Note = note };

    private static readonly Source NewSource = new()
    {
        Id = new("src-test-c"),
        File = "test_article_c.txt",
        Language = Language.Fr,
        Title = new BilingualText("Article de test C", "fr", "Test article C"),
        Published = new Dating { On = new PartialDate(2022, 2, 22, false), Basis = DateBasis.Inferred },
        Reliability = Reliability.F,
        ReliabilityReason = "Test data: names neither outlet nor author.",
    };

    private static Event Call(string id, params Citation[] citations) => new()
    {
        Id = new(id),
        Salience = Salience.Minor,
        Title = $"Test data: {id}",
        Type = EventType.Call,
        Date = new Dating { On = new PartialDate(2022, 2, 20, false), Basis = DateBasis.Stated },
        Participants = [new("act-test-state-west"), new("act-test-state-east")],
        Summary = "Test data: a call.",
        Citations = [.. citations],
    };

    private static IReadOnlyList<Check> Checks(string rule, params IFact[] added) =>
        [.. Diff(Edited(f => f, added)).Checks.Where(c => c.Rule == rule)];

    [Fact]
    public void ANewSourceIsCheckedWithItsReliabilityAndTheGradesItsCitationsCarry()
    {
        var check = Assert.Single(Checks("new-source", NewSource, Call("ev-test-c-1", Cite("src-test-c", "¶1 s.1")), Call("ev-test-c-2", Cite("src-test-c", "¶2 s.1", 3, note: "Test data: a repaired word."))));
        Assert.Equal(
            new Check("new-source", "src-test-c", "source", "reliability", "reliability F (Test data: names neither outlet nor author.); its 2 citations are graded 2 ×1, 3 ×1"),
            check);

        Assert.Equal("reliability F (Test data: names neither outlet nor author.); no fact cites it yet", Assert.Single(Checks("new-source", NewSource)).Text);
        Assert.Empty(Checks("new-source", Call("ev-test-c-1", Cite("src-test-a", "¶1 s.1"))));
    }

    [Fact]
    public void ANewCitationGradedOneNamesTheOtherSourcesOfItsFact()
    {
        // Both citations of an added fact are new: each is checked, with the other as its second source.
        Assert.Equal(
            [
                new Check("graded-1", "ev-test-c-1", "event", "citations[src-test-c, ¶1 s.1].credibility", "graded 1 (confirmed by other sources): the other source of the fact: src-test-a, §4 (graded 1)"),
                new Check("graded-1", "ev-test-c-1", "event", "citations[src-test-a, §4].credibility", "graded 1 (confirmed by other sources): the other source of the fact: src-test-c, ¶1 s.1 (graded 1)"),
            ],
            Checks("graded-1", NewSource, Call("ev-test-c-1", Cite("src-test-c", "¶1 s.1", 1), Cite("src-test-a", "§4", 1))));

        var alone = Assert.Single(Checks("graded-1", NewSource, Call("ev-test-c-1", Cite("src-test-c", "¶1 s.1", 1))));
        Assert.Equal("graded 1 (confirmed by other sources), but the fact cites no other source", alone.Text);

        Assert.Empty(Checks("graded-1", NewSource, Call("ev-test-c-1", Cite("src-test-c", "¶1 s.1", 2))));
    }

    [Fact]
    public void ANewCitationOnAnExistingFactIsCheckedToo()
    {
        // The usual way a second article confirms a first: a citation added to a fact that exists, both graded 1.
        var diff = Diff(Edited(f => f is Event { Id.Value: "ev-test-talks" } e ? e with { Citations = e.Citations.Add(Cite("src-test-c", "¶3 s.2", 1)) } : f, NewSource));
        var check = Assert.Single(diff.Checks, c => c.Rule == "graded-1");
        Assert.Equal(("ev-test-talks", "citations[src-test-c, ¶3 s.2].credibility"), (check.Id, check.Field));
        Assert.StartsWith("graded 1 (confirmed by other sources): the other source of the fact: src-test-a", check.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void AGradeOnADamagedSentenceIsChecked()
    {
        var noted = Assert.Single(Checks("damaged-sentence", Call("ev-test-c-1", Cite("src-test-a", "¶1 s.1", 2, note: "Test data: a slip with one reading."))));
        Assert.Equal(new Check("damaged-sentence", "ev-test-c-1", "event", "citations[src-test-a, ¶1 s.1].credibility", "graded 2; note: Test data: a slip with one reading."), noted);

        var lost = Assert.Single(Checks("damaged-sentence", Call("ev-test-c-1", Cite("src-test-a", "¶1 s.1", 6))));
        Assert.Equal("graded 6, with no note of what is damaged or repaired", lost.Text);

        Assert.Empty(Checks("damaged-sentence", Call("ev-test-c-1", Cite("src-test-a", "¶1 s.1", 2))));
    }

    [Fact]
    public void ADateFromThePublicRecordIsCheckedWithHowItWasFound()
    {
        var call = Call("ev-test-c-1", Cite("src-test-a", "¶1 s.1")) with
        {
            Date = new Dating { On = new PartialDate(2022, 2, 18, false), Basis = DateBasis.PublicRecord, How = "Test data: the call's date is in the public record." },
        };
        Assert.Equal(new Check("public-record-date", "ev-test-c-1", "event", "date", "2022-02-18 from the public record: Test data: the call's date is in the public record."), Assert.Single(Checks("public-record-date", call)));

        var unexplained = call with { Date = call.Date! with { How = null } };
        Assert.Equal("2022-02-18 from the public record, with no word of how", Assert.Single(Checks("public-record-date", unexplained)).Text);

        Assert.Empty(Checks("public-record-date", Call("ev-test-c-1", Cite("src-test-a", "¶1 s.1"))));
    }

    /// <summary>A new response to the test data's open claim, its words not quoted.</summary>
    private static Response Denial(string source) => new()
    {
        Id = new("rs-test-c"),
        Claim = new("cl-test-open"),
        Responders = [new("act-test-state-west")],
        Stance = Stance.Denies,
        Text = "Test data: Westland says it is not so.",
        Citations = [Cite(source, "¶4 s.1")],
    };

    [Fact]
    public void ANewAnswerIsCheckedAndSaysWhenNoWordsOfItAreQuoted()
    {
        var response = Denial("src-test-a");
        var inferred = Assert.Single(Checks("answer", response));
        Assert.Equal(("rs-test-c", "response", "claim"), (inferred.Id, inferred.Kind, inferred.Field));
        Assert.Equal("answers “Test data: an undated, unanswered claim.” (cl-test-open), stance denies; no words of the answer are quoted: the stance may be inferred", inferred.Text);

        var worded = Assert.Single(Checks("answer", response with { Citations = [Cite("src-test-a", "¶4 s.1", quote: "Ce n'est pas vrai")] }));
        Assert.Equal("answers “Test data: an undated, unanswered claim.” (cl-test-open), stance denies", worded.Text);

        var position = new Position
        {
            Id = new("pos-test-c"),
            Demand = new("dm-test-withdraw"),
            Holder = new("act-test-state-east"),
            Stance = PositionStance.Accepts,
            Text = "Test data: Eastland agrees.",
            Citations = [Cite("src-test-a", "¶5 s.1")],
        };
        Assert.Equal(("pos-test-c", "demand"), (Assert.Single(Checks("answer", position)).Id, Assert.Single(Checks("answer", position)).Field));

        Assert.Empty(Checks("answer", Call("ev-test-c-1", Cite("src-test-a", "¶1 s.1"))));
    }

    [Fact]
    public void AChangedStanceIsCheckedWithWhatItWas()
    {
        var diff = Diff(Edited(f => f is Response { Id.Value: "rs-test-denial" } r ? r with { Stance = Stance.Confirms } : f));
        var check = Assert.Single(diff.Checks);
        Assert.Equal(("answer", "rs-test-denial", "stance"), (check.Rule, check.Id, check.Field));
        Assert.Contains("stance confirms (stance was denies)", check.Text, StringComparison.Ordinal);
    }

    private static Estimate Figure(string unit) => new()
    {
        Id = new("est-test-c"),
        Quantity = MeasuredQuantity.TroopsNearUkraine,
        Subject = "Test troops and separatist forces",
        Value = 150000,
        Unit = unit,
        Qualifier = Qualifier.MoreThan,
        Estimators = [new("act-test-state-west")],
        AsOf = new Dating { On = new PartialDate(2022, 2, 20, false), Basis = DateBasis.Stated },
        Citations = [Cite("src-test-a", "¶6 s.1")],
    };

    [Fact]
    public void AFigureThatCountsOtherwiseThanItsSeriesIsChecked()
    {
        // A unit that differs from the series' is a scope of its own; the test data's figure that says what it includes is another.
        var check = Assert.Single(Checks("figure-scope", Figure("soldiers and separatist fighters")));
        Assert.Equal(("est-test-c", "quantity"), (check.Id, check.Field));
        Assert.Equal(
            "its unit: soldiers and separatist fighters, includes: —; the 5 other figures of troops-near-ukraine: unit: soldiers, includes: — (4); unit: soldiers, includes: test separatist forces (1)",
            check.Text);

        Assert.Empty(Checks("figure-scope", Figure("soldiers")));
    }

    [Fact]
    public void AFigureThatSaysWhatItIncludesIsCheckedBeforeAnyChartShowsIt()
    {
        // The schema's `includes` field (issue 16) is read by field name: no code change made it checked.
        var after = JsonNode.Parse(JsonExport.Json(Edited(f => f, Figure("soldiers")), BriefingFilter.None))!;
        var figure = after["estimates"]!.AsArray().Single(e => (string?)e!["id"] == "est-test-c")!;
        figure["includes"] = "separatist forces";
        var check = Assert.Single(Diff(Before, after.ToJsonString()).Checks, c => c.Rule == "figure-scope");
        Assert.Equal("its includes: separatist forces; the 5 other figures of troops-near-ukraine: includes: — (4); includes: test separatist forces (1)", check.Text);
    }

    [Fact]
    public void NewFactsRestingOnOneArticleAreCheckedAndListedOncePerSource()
    {
        var diff = Diff(Edited(f => f, NewSource, Call("ev-test-c-1", Cite("src-test-c", "¶1 s.1")), Call("ev-test-c-2", Cite("src-test-c", "¶2 s.1")),
            Call("ev-test-c-3", Cite("src-test-c", "¶3 s.1", 1), Cite("src-test-a", "§4", 1))));
        Assert.Equal(["ev-test-c-1", "ev-test-c-2"], diff.Checks.Where(c => c.Rule == "one-article").Select(c => c.Id));
        Assert.Contains("- rests on src-test-c alone: 2 added facts, event `ev-test-c-1`, event `ev-test-c-2`\n", DiffMarkdown.Render(diff), StringComparison.Ordinal);

        // A fact of the reference layer (an actor, a place) is cited to be named, not evidence resting on a source.
        var actor = new Actor { Id = new("act-test-c"), Name = "Test newcomer", Type = ActorType.Person, Citations = [Cite("src-test-a", "¶1 s.1")] };
        Assert.Empty(Checks("one-article", actor));
    }

    [Fact]
    public void NothingNewToFlagSaysSo()
    {
        var diff = Diff(Edited(f => f, Call("ev-test-c-1", Cite("src-test-b", "¶1 s.1"), Cite("src-test-a", "§4"))));
        Assert.Empty(diff.Checks);
        Assert.Contains("Nothing to flag: no new source, citation, public-record date, answer or figure", DiffMarkdown.Render(diff), StringComparison.Ordinal);
    }

    /// <summary>The review page of a pull request that adds an article, as issue 17 found it: each kind of addition flagged.</summary>
    [Fact]
    public Task WhatToCheckOnAPullRequestThatAddsAnArticle()
    {
        var response = Denial("src-test-c");
        var diff = Diff(Edited(
            f => f is Event { Id.Value: "ev-test-talks" } e ? e with { Citations = e.Citations.Add(Cite("src-test-c", "¶3 s.2", 1)) } : f,
            NewSource,
            Call("ev-test-c-1", Cite("src-test-c", "¶1 s.1", 3, note: "Test data: \"apel\" read as \"appel\" (call).")) with
            {
                Date = new Dating { On = new PartialDate(2022, 2, 18, false), Basis = DateBasis.PublicRecord, How = "Test data: from the public record." },
            },
            response,
            Figure("soldiers and separatist fighters") with { Citations = [Cite("src-test-c", "¶6 s.1")] }));
        var markdown = DiffMarkdown.Render(diff);
        Assert.Empty(MarkdownChecks.Problems(markdown));
        return Verify(markdown[..markdown.IndexOf("\n### Facts per kind", StringComparison.Ordinal)], "md");
    }
}
