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
        var dated = Chronological(sel.Events.Where(e => e.Date is not null)).ToList();
        var chart = context.TimelineChart("Events", dated);
        var months = dated.GroupBy(e => DateDisplay.MonthOf(e.Date!.On)).Select(g => new EventGroup(g.Key, g.Select(context.EventOf).ToList())).ToList();
        var undated = sel.Events.Where(e => e.Date is null).Select(context.EventOf).ToList();
        return new TimelineModel
        {
            Chart = chart,
            Months = months,
            Undated = undated,
        };
    }
}

/// <summary>Every event in order, by month; undated events last.</summary>
public sealed class TimelineModel : DocumentModel
{
    public required MermaidTimeline Chart { get; init; }
    public required IReadOnlyList<EventGroup> Months { get; init; }
    public required IReadOnlyList<EventView> Undated { get; init; }
}
