using Crisis.Model;
using Crisis.Reporter.Commands;
using Crisis.Reporter.Commands.Check;

namespace Crisis.Reporter.Tests;

/// <summary>
/// <c>crisis-brief check</c>: what a newer source leaves stale, each finding at its file and line with what to do. On the
/// real data it must find no error (a watch item due in the past); on the test data with a newer source added, exactly
/// the judgment, watch item and scheduled event that source leaves behind.
/// </summary>
public sealed class CheckTests
{
    private static Dating On(int year, int? month = null, int? day = null, bool approx = false) =>
        new() { On = new PartialDate(year, month, day, approx), Basis = DateBasis.Inferred, How = "Test data." };

    /// <summary>The test data (newest source 12 Feb 2022) with an analysts' layer written against it, and an event scheduled ahead of it.</summary>
    private static IEnumerable<IFact> WrittenAgainstTheTestData() =>
    [
        // The test data's own analysts' layer is left out: this one is written against it, line by line.
        .. TestData.Catalog.All.Where(f => f is not (Judgment or CourseOfAction or WatchItem)),
        new Judgment
        {
            Id = new("jd-test-behind"), Text = "Test data: a judgment.", Confidence = Confidence.Low, AsOf = On(2022, 2, 12), Reasoning = "Test data.",
            SupportedBy = [new EvidenceItem { Fact = new("ev-test-talks") }, new EvidenceItem { Fact = new("ev-test-exercise") }],
            DefinedAt = "facts/judgments.yaml:5", DefinedOrder = 1000,
        },
        new Judgment
        {
            Id = new("jd-test-month"), Text = "Test data: a judgment as of the month.", Confidence = Confidence.Low, AsOf = On(2022, 2), Reasoning = "Test data.",
            SupportedBy = [new EvidenceItem { Fact = new("ev-test-talks") }, new EvidenceItem { Fact = new("ev-test-exercise") }],
            DefinedAt = "facts/judgments.yaml:15", DefinedOrder = 1001,
        },
        new CourseOfAction
        {
            Id = new("coa-test-behind"), Actor = new("act-test-state-east"), Type = CourseType.MostLikely, Text = "Test data: a course of action.",
            Confidence = Confidence.Low, AsOf = On(2022, 2, 12), Reasoning = "Test data.",
            SupportedBy = [new EvidenceItem { Fact = new("ev-test-talks") }, new EvidenceItem { Fact = new("ev-test-exercise") }],
            DefinedAt = "facts/courses-of-action.yaml:3", DefinedOrder = 5,
        },
        new WatchItem
        {
            Id = new("wi-test-due"), Title = "Test data: due on the 15th", Due = On(2022, 2, 15), Why = "Test data.", WouldChange = "Test data.",
            Evidence = [new EvidenceItem { Fact = new("ev-test-exercise") }], DefinedAt = "facts/watch-items.yaml:4", DefinedOrder = 1002,
        },
        new WatchItem
        {
            Id = new("wi-test-march"), Title = "Test data: due in March", Due = On(2022, 3), Why = "Test data.", WouldChange = "Test data.",
            Evidence = [new EvidenceItem { Fact = new("ev-test-exercise") }], DefinedAt = "facts/watch-items.yaml:12", DefinedOrder = 1003,
        },
        new Event
        {
            Id = new("ev-test-scheduled"), Salience = Salience.Minor, Title = "Test scheduled visit", Type = EventType.Visit, Status = EventStatus.Scheduled,
            Date = On(2022, 2, 14), Summary = "Test data: a visit announced for the 14th.", Citations = [new Citation { Source = new("src-test-a"), Locator = "§13", Credibility = 2 }],
            DefinedAt = "facts/events.yaml:40", DefinedOrder = 10,
        },
        new Event
        {
            Id = new("ev-test-planned"), Salience = Salience.Minor, Title = "Test planned summit", Type = EventType.Meeting, Status = EventStatus.Planned,
            Date = On(2022, 3), Summary = "Test data: a summit planned for March.", Citations = [new Citation { Source = new("src-test-a"), Locator = "§14", Credibility = 2 }],
            DefinedAt = "facts/events.yaml:50", DefinedOrder = 11,
        },
    ];

    /// <summary>A source published on 20 February 2022, after all of the above was written.</summary>
    private static readonly Source Newer = TestData.Catalog.Sources[0] with
    {
        Id = new("src-test-newer"),
        File = "test_article_newer.txt",
        Published = On(2022, 2, 20),
        DefinedAt = "facts/sources.yaml:30",
        DefinedOrder = 1,
    };

    [Fact]
    public void Nothing_is_stale_against_the_source_it_was_written_against()
    {
        var catalog = new FactCatalog(WrittenAgainstTheTestData());
        Assert.Empty(StalenessCheck.Run(catalog));
        Assert.StartsWith("crisis-brief check: nothing stale against the newest source (2022-02-12)", StalenessCheck.Summary(catalog, []), StringComparison.Ordinal);
    }

    [Fact]
    public void A_newer_source_leaves_the_judgment_the_course_of_action_the_watch_item_and_the_scheduled_event_behind()
    {
        var findings = StalenessCheck.Run(new FactCatalog(WrittenAgainstTheTestData().Append(Newer)));

        Assert.Equal(
            [
                "data/facts/courses-of-action.yaml(3): warning FACT040: Course of action 'coa-test-behind' is as of 2022-02-12, before the newest source, src-test-newer (2022-02-20), yet the situation page shows it as of 2022-02-20. Weigh it against what the sources written since report (src-test-newer): add their facts to supported-by or cut-against (the strongest first), change its text, likelihood or confidence if they change it, then set as-of to 2022-02-20 and say how.",
                "data/facts/events.yaml(40): warning FACT042: Event 'ev-test-scheduled' is still scheduled for 2022-02-14, before the newest source, src-test-newer (2022-02-20): the briefings show it as scheduled, not as done. If a source written since (src-test-newer) reports that it took place, cite it and leave status out; if one reports it called off or moved, record that; if none says, leave it (this warning then tells the review that the fact base does not know).",
                "data/facts/judgments.yaml(5): warning FACT040: Judgment 'jd-test-behind' is as of 2022-02-12, before the newest source, src-test-newer (2022-02-20), yet the situation page shows it as of 2022-02-20. Weigh it against what the sources written since report (src-test-newer): add their facts to supported-by or cut-against (the strongest first), change its text, likelihood or confidence if they change it, then set as-of to 2022-02-20 and say how.",
                "data/facts/watch-items.yaml(4): error FACT041: Watch item 'wi-test-due' was due 2022-02-15, before the newest source, src-test-newer (2022-02-20): the situation page would show the past as something to watch. Record what the sources written since say happened (src-test-newer) as facts citing them, then delete the item (nothing refers to a watch item; its id is never reused), or, if it is still awaited, give it the due date they support.",
            ],
            findings.Select(f => f.Line));
    }

    [Fact]
    public void The_command_lists_the_findings_and_fails_only_on_an_error_unless_told_otherwise()
    {
        var stale = new FactCatalog(WrittenAgainstTheTestData().Append(Newer));
        var (code, output, error) = Run(stale, "check");
        Assert.Equal((ExitCodes.Data, ""), (code, error));
        Assert.Equal(5, output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.EndsWith("crisis-brief check: 1 error, 3 warnings against the newest source (2022-02-20). README, \"Adding a source\", says what to do.\n", output, StringComparison.Ordinal);

        var warningsOnly = new FactCatalog(WrittenAgainstTheTestData().Where(f => f is not WatchItem { Id.Value: "wi-test-due" }).Append(Newer));
        Assert.Equal(ExitCodes.Ok, Run(warningsOnly, "check").Code);
        Assert.Equal(ExitCodes.Data, Run(warningsOnly, "check", "--warnings-as-errors").Code);
        Assert.Equal(ExitCodes.Ok, Run(new FactCatalog(WrittenAgainstTheTestData()), "check", "--warnings-as-errors").Code);
    }

    /// <summary>
    /// The rule the situation page relies on, for any correct fact base: no watch item is due before the newest source.
    /// Warnings (a judgment to re-weigh, an event scheduled in the past) are listed by <c>check</c> in CI and on the
    /// pull request's review page; they do not fail the tests.
    /// </summary>
    [Fact]
    public void The_real_fact_base_has_no_stale_error()
    {
        var errors = StalenessCheck.Run(Facts.Catalog).Where(f => f.Severity == Severity.Error).Select(f => f.Line).ToList();
        Assert.True(errors.Count == 0, "crisis-brief check finds errors in the real data:\n" + string.Join("\n", errors));
    }

    private static (int Code, string Out, string Err) Run(FactCatalog catalog, params string[] args)
    {
        var stdout = new StringWriter { NewLine = "\n" };
        var stderr = new StringWriter { NewLine = "\n" };
        var code = new CliApp(() => catalog).Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }
}
