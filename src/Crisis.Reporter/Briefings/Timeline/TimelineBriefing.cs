using Crisis.Model;
using Crisis.Reporter.Briefings.Shared;
using Crisis.Reporter.Text;
using static Crisis.Reporter.Briefings.Shared.FactOrder;

namespace Crisis.Reporter.Briefings.Timeline;

/// <summary>The timeline briefing: every event in order, dates shown by precision, with a Mermaid timeline. Its template is <c>timeline.scriban</c> beside this file.</summary>
public sealed class TimelineBriefing() : Briefing<TimelineModel>(
    "timeline",
    "every event in order, dates shown by precision, with a Mermaid timeline",
    "Timeline of the Russia–Ukraine crisis")
{
    /// <summary>Every event in order.</summary>
    protected override TimelineModel Build(BriefingContext context)
    {
        var sel = context.Selection;
        var dated = Chronological(sel.Of<Event>().Where(e => e.Date is not null)).ToList();
        // The diagram covers the crisis window, from the month of the oldest source on; what came before is
        // background, listed (with everything else) below the diagram but not drawn.
        var oldest = context.Chronology.OldestSource?.Start ?? DateOnly.MinValue;
        var windowStart = new DateOnly(oldest.Year, oldest.Month, 1);
        var inWindow = dated.Where(e => e.Date!.On.Start >= windowStart).ToList();
        var chart = TimelineChart.Build(context.Views, "The crisis from " + DateDisplay.Format(new PartialDate(windowStart.Year, windowStart.Month)), inWindow);
        var background = dated.Where(e => e.Date!.On.Start < windowStart).Select(context.Views.EventOf).ToList();
        var months = dated.GroupBy(e => DateDisplay.MonthOf(e.Date!.On)).Select(g => new EventGroup(g.Key, g.Select(context.Views.EventOf).ToList())).ToList();
        var undated = sel.Of<Event>().Where(e => e.Date is null).Select(context.Views.EventOf).ToList();
        return new TimelineModel
        {
            Chart = chart,
            Background = background,
            Months = months,
            Undated = undated,
        };
    }
}

/// <summary>Every event in order, by month; undated events last.</summary>
public sealed class TimelineModel : DocumentModel
{
    public required MermaidTimeline Chart { get; init; }

    /// <summary>Dated events before the crisis window: listed, not drawn.</summary>
    public required IReadOnlyList<EventView> Background { get; init; }
    public required IReadOnlyList<EventGroup> Months { get; init; }
    public required IReadOnlyList<EventView> Undated { get; init; }
}
