using Crisis.Model;
using Crisis.Reporter.Briefings.Shared;
using Crisis.Reporter.Briefings.Shared.Paging;
using Crisis.Reporter.Selection;
using Crisis.Reporter.Templating;
using Crisis.Reporter.Text;
using static Crisis.Reporter.Briefings.Shared.FactOrder;

namespace Crisis.Reporter.Briefings.Timeline;

/// <summary>
/// The timeline briefing: every event in order, dates shown by precision, with a Mermaid timeline. Its template is
/// <c>timeline.scriban</c> beside this file. Past a page's worth of events (<see cref="TimelinePlan"/>) the index keeps
/// the diagram and lists the period pages (<c>timeline-period.scriban</c>), each holding its events.
/// </summary>
public sealed class TimelineBriefing() : Briefing<TimelineModel>(
    "timeline",
    "every event in order, dates shown by precision, with a Mermaid timeline of the key and major ones",
    "Timeline of the Russia–Ukraine crisis")
{
    /// <summary>The template of a period page.</summary>
    public const string PeriodTemplate = "timeline-period";

    /// <inheritdoc />
    public override IReadOnlyList<string> PageTemplates => [PeriodTemplate];

    /// <summary>The index (the whole timeline when it fits a page), then one page per period.</summary>
    public override IReadOnlyList<BriefingPage> Pages(FactSelection selection)
    {
        var plan = TimelinePlan.Of(selection);
        var pages = new List<BriefingPage> { new(BriefingPage.IndexPath(Name), Name, Model(selection)) };
        for (var i = 0; i < plan.Periods.Count; i++)
        {
            var period = plan.Periods[i];
            PageLink? Sibling(int j) => j < 0 || j >= plan.Periods.Count ? null
                : new PageLink(Name, Wording.Capitalise(plan.Periods[j].Title), Path.GetFileName(plan.Periods[j].Path), false);
            var model = SubPage(selection, period.Title, context => new TimelinePeriodModel
            {
                Heading = Wording.Capitalise(period.Title),
                Events = [.. period.Events.Select(e => ReportedDate.EventOf(context, e))],
                Previous = Sibling(i - 1),
                Next = Sibling(i + 1),
            });
            pages.Add(new BriefingPage(period.Path, PeriodTemplate, model));
        }

        return pages;
    }

    /// <summary>Every event in order, or, when the timeline is split, the diagram and the list of period pages.</summary>
    protected override TimelineModel Build(BriefingContext context)
    {
        var sel = context.Selection;
        var plan = TimelinePlan.Of(sel);
        var dated = Chronological(sel.Of<Event>().Where(e => e.Date is not null)).ToList();
        // The diagram covers the crisis window, from the month of the oldest source on; what came before is
        // background, listed (with everything else) below the diagram but not drawn.
        var windowStart = plan.WindowStart;
        var inWindow = dated.Where(e => e.Date!.On.Start >= windowStart).ToList();
        var from = DateDisplay.Format(new PartialDate(windowStart.Year, windowStart.Month));
        // The reading budget: the diagram draws the heaviest key and major events known to the day, the latest first.
        var asOf = context.Chronology.NewestSource?.Start ?? DateOnly.MaxValue;
        var drawn = ReadingBudget.Pick(
            [.. inWindow.Where(e => e.Salience != Salience.Minor && e.Date!.On.Precision == DatePrecision.Day)],
            ReadingBudget.ChartEventsShown,
            e => new ListWeight(ReadingBudget.Of(e.Salience), 0, Math.Abs(asOf.DayNumber - e.Date!.On.Start.DayNumber)));
        var chart = TimelineChart.Build(context.Views, "Key and major events from " + from, drawn.Items);
        if (plan.IsSplit)
        {
            return new TimelineModel
            {
                Chart = chart,
                ChartFrom = "from " + from,
                Months = [],
                Undated = [],
                Periods = [.. plan.Periods.Select(PeriodLine.Of)],
                EventCount = sel.Of<Event>().Length,
            };
        }

        // An event the sources give no date of is listed under the day the earliest article citing it was published
        // ("reported 12–13 Feb 2022"), after the events dated that day; only one no article dates is "Undated".
        var listed = ListedOrder(context.Catalog, sel.Of<Event>());
        var months = listed.Where(x => x.On is not null).GroupBy(x => DateDisplay.MonthOf(x.On!.On))
            .Select(g => new EventGroup(g.Key, g.Select(x => ReportedDate.EventOf(context, x.Event)).ToList())).ToList();
        var undated = listed.Where(x => x.On is null).Select(x => context.Views.EventOf(x.Event)).ToList();
        return new TimelineModel
        {
            Chart = chart,
            ChartFrom = "from " + from,
            Months = months,
            Undated = undated,
            Periods = [],
            EventCount = sel.Of<Event>().Length,
        };
    }

    /// <summary>
    /// Events in the order the timeline lists them, each with the date it is listed under: its own, else the day it was
    /// reported (<see cref="ReportedDate"/>); dated events before those reported on the same day; null when neither exists.
    /// </summary>
    public static IReadOnlyList<(Event Event, Dating? On)> ListedOrder(FactCatalog catalog, IEnumerable<Event> events) =>
        [.. Chronological(events)
            .Select((e, i) => (Event: e, On: e.Date ?? ReportedDate.Of(catalog, e), Index: i))
            .OrderBy(x => x.On is null ? 1 : 0).ThenBy(x => x.On?.On.Start).ThenBy(x => x.Event.Date is null ? 1 : 0).ThenBy(x => x.Index)
            .Select(x => (x.Event, x.On))];
}

/// <summary>Every event in order, by month; events no article dates last. When the timeline is split, the period pages instead.</summary>
public sealed class TimelineModel : DocumentModel
{
    public required MermaidTimeline Chart { get; init; }

    /// <summary>Where the diagram starts ("from Dec 2021"): the month of the oldest source; earlier events are listed, not drawn.</summary>
    public required string ChartFrom { get; init; }
    public required IReadOnlyList<EventGroup> Months { get; init; }
    public required IReadOnlyList<EventView> Undated { get; init; }

    /// <summary>The period pages when the timeline is split (else empty, and the events are on this page).</summary>
    public required IReadOnlyList<PeriodLine> Periods { get; init; }

    /// <summary>How many events the timeline holds.</summary>
    public required int EventCount { get; init; }
}

/// <summary>
/// A period page's line in the timeline's index: its title, its file, how many events it holds and the heaviest of
/// them by name (<see cref="ReadingBudget.KeyEventsPerPeriodLine"/>), with how many more.
/// </summary>
public sealed record PeriodLine(string Title, string File, int Count, IReadOnlyList<string> Heaviest, int More) : ITemplateView
{
    /// <summary>The line of one period page.</summary>
    public static PeriodLine Of(TimelinePage period)
    {
        var named = ReadingBudget.Pick(period.Events, ReadingBudget.KeyEventsPerPeriodLine, e => new ListWeight(ReadingBudget.Of(e.Salience), 0, 0));
        return new PeriodLine(Wording.Capitalise(period.Title), period.Path, period.Events.Count, [.. named.Items.Select(e => e.Title)], named.LeftOut);
    }
}

/// <summary>One period of a split timeline: its events in order, and the pages before and after it.</summary>
public sealed class TimelinePeriodModel : DocumentModel
{
    /// <summary>The period, as a heading ("The week of 14 Feb 2022").</summary>
    public required string Heading { get; init; }
    public required IReadOnlyList<EventView> Events { get; init; }

    /// <summary>The page of the period before, or null on the first.</summary>
    public PageLink? Previous { get; init; }

    /// <summary>The page of the period after, or null on the last.</summary>
    public PageLink? Next { get; init; }
}
