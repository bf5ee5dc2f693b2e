using Crisis.Model;
using Crisis.Reporter.Briefings.Shared;
using Crisis.Reporter.Text;
using static Crisis.Reporter.Briefings.Shared.FactOrder;

namespace Crisis.Reporter.Briefings.Timeline;

/// <summary>The timeline briefing: every event in order, dates shown by precision, with a Mermaid timeline. Its template is <c>timeline.scriban</c> beside this file.</summary>
public sealed class TimelineBriefing() : Briefing<TimelineModel>(
    "timeline",
    "every event in order, dates shown by precision, with a Mermaid timeline of the key and major ones",
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
        var from = DateDisplay.Format(new PartialDate(windowStart.Year, windowStart.Month));
        var chart = TimelineChart.Build(context.Views, "Key and major events from " + from, inWindow);
        var months = dated.GroupBy(e => DateDisplay.MonthOf(e.Date!.On)).Select(g => new EventGroup(g.Key, g.Select(context.Views.EventOf).ToList())).ToList();
        var undated = sel.Of<Event>().Where(e => e.Date is null).Select(context.Views.EventOf).ToList();
        return new TimelineModel
        {
            Chart = chart,
            ChartFrom = "from " + from,
            Months = months,
            Undated = undated,
        };
    }
}

/// <summary>Every event in order, by month; undated events last.</summary>
public sealed class TimelineModel : DocumentModel
{
    public required MermaidTimeline Chart { get; init; }

    /// <summary>Where the diagram starts ("from Dec 2021"): the month of the oldest source; earlier events are listed, not drawn.</summary>
    public required string ChartFrom { get; init; }
    public required IReadOnlyList<EventGroup> Months { get; init; }
    public required IReadOnlyList<EventView> Undated { get; init; }
}
