using Crisis.Model;
using Crisis.Reporter.Briefings.Shared;
using Crisis.Reporter.Templating;
using Crisis.Reporter.Text;
using static Crisis.Reporter.Briefings.Shared.FactOrder;

namespace Crisis.Reporter.Briefings.Timeline;

/// <summary>
/// The timeline briefing's Mermaid diagram: the key and major events of the crisis window, in columns of weeks (or days
/// when they fit), each label a few words, so that it reads at GitHub's width (about 880 px). The full list below it
/// has every event with its whole title.
/// </summary>
public static class TimelineChart
{
    /// <summary>
    /// The most columns a timeline diagram has. Mermaid draws each column at a fixed width and GitHub shrinks a wider
    /// diagram to its column: past eight, the labels fall under about 9 px (measured in the screenshots).
    /// </summary>
    public const int MaxColumns = 8;

    /// <summary>The most words of an entry's label, "(scheduled)" and the like aside.</summary>
    public const int MaxLabelWords = 10;

    /// <summary>
    /// The most entries a column shows: the key events first, then the major ones, in time order within the column; a
    /// column with more says how many more the list gives. Past four, a column at 880 px runs to a scroll of boxes.
    /// </summary>
    public const int MaxEntries = 4;

    /// <summary>The label of a column that stands for weeks with no key or major event, so that the gap shows.</summary>
    public const string Gap = "…";

    /// <summary>The fewest words a label cut at a qualifying phrase keeps: fewer lose what the headline is about.</summary>
    public const int MinCutWords = 7;

    /// <summary>The font size the diagram asks Mermaid for: its default is too small once GitHub fits the diagram to its width.</summary>
    public const string FontSize = "22px";

    /// <summary>Words after which a headline's first phrase ends: what follows qualifies it ("talks in Geneva", "alert for the NATO Response Force").</summary>
    private static readonly HashSet<string> PhraseBreaks = new(StringComparer.Ordinal) { "in", "on", "for", "with", "at", "near", "over", "about", "after", "before", "from", "during", "—" };

    /// <summary>
    /// A Mermaid timeline of the key and major dated events, in chronological order, at most <see cref="MaxColumns"/>
    /// columns: one per day when that fits, else per week (from Monday). An event known only to the month (or year)
    /// cannot be placed in a day or a week: it is left to the list, never put in a column out of order.
    /// </summary>
    public static MermaidTimeline Build(FactViewBuilder views, string title, IEnumerable<Event> dated)
    {
        var events = Chronological(dated.Where(e => e.Salience != Salience.Minor && e.Date is { } d && d.On.Precision == DatePrecision.Day)).ToList();
        var order = events.Select((e, i) => (e, i)).ToDictionary(x => x.e, x => x.i);
        // "(scheduled)" only for what was still ahead on the as-of date: a call the sources announced and that has
        // since taken place, by the newest source, is not marked.
        string Label(Event e) => views.AheadWord(e) is { } ahead && views.IsAfterNewestSource(e) ? $"{LabelOf(e)} ({ahead})" : LabelOf(e);
        TimelinePeriod Period(string label, DateOnly start, IReadOnlyList<Event> column)
        {
            var kept = column.OrderBy(e => e.Salience).ThenBy(e => order[e]).Take(MaxEntries).OrderBy(e => order[e]).ToList();
            var more = column.Count - kept.Count;
            return new TimelinePeriod(more > 0 ? $"{label} (+{more} in the list)" : label, [.. kept.Select(Label)], Day(start));
        }

        List<TimelinePeriod> Group(Func<DateOnly, (DateOnly Key, string Label)> column) =>
            [.. events.GroupBy(e => column(e.Date!.On.Start)).OrderBy(g => g.Key.Key).Select(g => Period(g.Key.Label, g.Key.Key, [.. g]))];

        var byDay = Group(d => (d, DateDisplay.DayAndMonth(new PartialDate(d.Year, d.Month, d.Day))));
        if (byDay.Count <= MaxColumns)
        {
            return new MermaidTimeline(title, "by day", byDay, FontSize);
        }

        var byWeek = WithGaps(Group(d =>
        {
            var monday = d.AddDays(-(((int)d.DayOfWeek + 6) % 7));
            return (monday, "week of " + DateDisplay.DayAndMonth(new PartialDate(monday.Year, monday.Month, monday.Day)));
        }));
        // The most recent weeks are the news: when even weeks do not fit, the diagram keeps the last ones.
        if (byWeek.Count <= MaxColumns)
        {
            return new MermaidTimeline(title, "by week, from Monday; \"…\" stands for weeks with none", byWeek, FontSize);
        }

        var last = byWeek[^MaxColumns..].SkipWhile(p => p.Label == Gap).ToList();
        return new MermaidTimeline(title, $"by week, from Monday, the last {last.Count(p => p.Label != Gap)} with one; \"…\" stands for weeks with none", last, FontSize);
    }

    /// <summary>The weeks with a "…" column wherever one or more weeks with no key or major event fall between two.</summary>
    private static List<TimelinePeriod> WithGaps(List<TimelinePeriod> weeks)
    {
        var result = new List<TimelinePeriod>();
        foreach (var week in weeks)
        {
            if (result.Count > 0 && DateOnly.ParseExact(week.Start, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) > DateOnly.ParseExact(result[^1].Start, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture).AddDays(7))
            {
                var after = DateOnly.ParseExact(result[^1].Start, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture).AddDays(7);
                result.Add(new TimelinePeriod(Gap, [], Day(after)));
            }

            result.Add(week);
        }

        return result;
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>An event's label in the diagram: its short title when the curators gave one, else its title made short.</summary>
    public static string LabelOf(Event e) => e.ShortTitle ?? Short(e.Title);

    /// <summary>
    /// A headline as a label of a few words: whole when it has at most <see cref="MaxLabelWords"/> words; otherwise cut
    /// before the last word within them that opens a qualifying phrase, when what is left still has
    /// <see cref="MinCutWords"/> words ("US places 8,500 troops on heightened alert for the NATO Response Force": "US
    /// places 8,500 troops on heightened alert"; "Russian naval exercises in the Black Sea, with six landing ships moved
    /// there": "Russian naval exercises in the Black Sea"); else its first words and "…". The list below the diagram
    /// gives every headline whole.
    /// </summary>
    public static string Short(string title)
    {
        var words = title.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length <= MaxLabelWords)
        {
            return title;
        }

        for (var i = MaxLabelWords; i >= MinCutWords; i--)
        {
            if (PhraseBreaks.Contains(words[i]))
            {
                return string.Join(' ', words.Take(i)).TrimEnd(',', ';', ':');
            }
        }

        return string.Join(' ', words.Take(MaxLabelWords)).TrimEnd(',', ';', ':') + " …";
    }
}

/// <summary>
/// A Mermaid timeline: its title, how its columns divide time ("by week, from Monday"), the periods with their entries
/// (labels are made Mermaid-safe by the template function mermaid), and the font size it asks for.
/// </summary>
public sealed record MermaidTimeline(string Title, string Columns, IReadOnlyList<TimelinePeriod> Periods, string FontSize = TimelineChart.FontSize) : ITemplateView;

/// <summary>One period of a Mermaid timeline: its label, its entries, and the day it starts ("2022-02-07": columns are in its order).</summary>
public sealed record TimelinePeriod(string Label, IReadOnlyList<string> Entries, string Start) : ITemplateView;
