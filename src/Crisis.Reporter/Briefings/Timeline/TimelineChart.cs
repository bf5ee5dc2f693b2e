using Crisis.Model;
using Crisis.Reporter.Briefings.Shared;
using Crisis.Reporter.Templating;
using Crisis.Reporter.Text;
using static Crisis.Reporter.Briefings.Shared.FactOrder;

namespace Crisis.Reporter.Briefings.Timeline;

/// <summary>The timeline briefing's Mermaid diagram: columns of dated events, as many as GitHub's width allows.</summary>
public static class TimelineChart
{
    /// <summary>The most columns a timeline diagram has: more do not read at GitHub's width (about 880 px).</summary>
    public const int MaxColumns = 12;

    /// <summary>
    /// A Mermaid timeline of dated events in chronological order, at most <see cref="MaxColumns"/> columns:
    /// one per day when that fits, else per week (from Monday), else per month. An event known only to the month
    /// (or year) keeps a column of its own rather than be put in a week it may not belong to.
    /// </summary>
    public static MermaidTimeline Build(FactViewBuilder views, string title, IEnumerable<Event> dated)
    {
        var events = Chronological(dated).ToList();
        List<TimelinePeriod> Group(Func<PartialDate, (DateOnly Key, string Label)> column) =>
            events.GroupBy(e => column(e.Date!.On)).OrderBy(g => g.Key.Key)
                .Select(g => new TimelinePeriod(g.Key.Label, g.Select(e => views.AheadWord(e) is { } ahead ? $"{e.Title} ({ahead})" : e.Title).ToList()))
                .ToList();

        static (DateOnly, string) Coarse(PartialDate d) => (d.Start, DateDisplay.Format(d));
        var byDay = Group(Coarse);
        if (byDay.Count <= MaxColumns)
        {
            return new MermaidTimeline(title, byDay);
        }

        var byWeek = Group(d =>
        {
            if (d.Precision != DatePrecision.Day)
            {
                return Coarse(d);
            }

            var monday = d.Start.AddDays(-(((int)d.Start.DayOfWeek + 6) % 7));
            return (monday, "week of " + DateDisplay.Format(monday));
        });
        if (byWeek.Count <= MaxColumns)
        {
            return new MermaidTimeline(title, byWeek);
        }

        return new MermaidTimeline(title, Group(d => d.Precision == DatePrecision.Year ? Coarse(d) : (new DateOnly(d.Year, d.Month!.Value, 1), DateDisplay.MonthOf(d))));
    }
}

/// <summary>A Mermaid timeline: periods with their entries (labels are made Mermaid-safe by the template function mermaid).</summary>
public sealed record MermaidTimeline(string Title, IReadOnlyList<TimelinePeriod> Periods) : ITemplateView;

/// <summary>One period of a Mermaid timeline.</summary>
public sealed record TimelinePeriod(string Label, IReadOnlyList<string> Entries) : ITemplateView;
