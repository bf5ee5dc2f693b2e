using Crisis.Model;
using Crisis.Reporter.Briefings.Shared;
using Crisis.Reporter.Briefings.Shared.Paging;
using Crisis.Reporter.Selection;
using Crisis.Reporter.Text;
using static Crisis.Reporter.Briefings.Shared.FactOrder;

namespace Crisis.Reporter.Briefings.Timeline;

/// <summary>
/// How the timeline is paged, from the data's density: one page while every event fits
/// (<see cref="ReadingBudget.TimelineEventsPerPage"/>); else one page per month, or per week (Monday to Sunday), or
/// per day: the coarsest period in which no period is over a page, a period still over a page split into parts.
/// What came before the crisis window (the month of the oldest source) is one "Background" period; an event the
/// sources give no date of is placed on the day it was reported, and only events no article dates make an "Undated" period. Other briefings link into the timeline through <see cref="LinkTo"/>, so that a link lands
/// on the page that holds the date whatever the paging.
/// </summary>
public sealed class TimelinePlan
{
    private TimelinePlan(DateOnly windowStart, Granularity granularity, IReadOnlyList<TimelinePage> periods)
    {
        WindowStart = windowStart;
        By = granularity;
        Periods = periods;
    }

    /// <summary>The periods a timeline is split by, coarsest first.</summary>
    public enum Granularity
    {
        /// <summary>One page: the timeline is not split.</summary>
        None,
        Month,
        Week,
        Day,
    }

    /// <summary>The first day of the crisis window: the first of the oldest source's month.</summary>
    public DateOnly WindowStart { get; }

    /// <summary>The period the timeline is split by, or <see cref="Granularity.None"/>.</summary>
    public Granularity By { get; }

    /// <summary>True when the timeline is more than one page.</summary>
    public bool IsSplit => By != Granularity.None;

    /// <summary>The period pages in order (background, the window's periods, undated), each part its own page; empty when not split.</summary>
    public IReadOnlyList<TimelinePage> Periods { get; }

    /// <summary>The paging of the events <paramref name="selection"/> holds (worked out once per selection).</summary>
    public static TimelinePlan Of(FactSelection selection) => selection.Derived(Plan);

    private static TimelinePlan Plan(FactSelection selection)
    {
        var oldest = selection.Chronology.OldestSource?.Start ?? DateOnly.MinValue;
        var windowStart = new DateOnly(oldest.Year, oldest.Month, 1);
        var events = Chronological(selection.Of<Event>()).ToList();
        if (events.Count <= ReadingBudget.TimelineEventsPerPage)
        {
            return new TimelinePlan(windowStart, Granularity.None, []);
        }

        // An event no article dates the day of is placed on the day it was reported, as the list shows it.
        var listed = TimelineBriefing.ListedOrder(selection.Catalog, events);
        var dated = listed.Where(x => x.On is not null).ToList();
        var background = dated.Where(x => x.On!.On.Start < windowStart).Select(x => x.Event).ToList();
        var inWindow = dated.Where(x => x.On!.On.Start >= windowStart).ToList();
        var granularity = new[] { Granularity.Month, Granularity.Week }
            .FirstOrDefault(g => inWindow.GroupBy(x => Start(g, x.On!.On.Start)).All(p => p.Count() <= ReadingBudget.TimelineEventsPerPage), Granularity.Day);
        var periods = new List<TimelinePage>();
        void Add(string stem, string title, IReadOnlyList<Event> list)
        {
            var parts = PageParts.Of(list, ReadingBudget.TimelineEventsPerPage);
            for (var i = 0; i < parts.Count; i++)
            {
                periods.Add(new TimelinePage(BriefingPage.SubPath("timeline", PageParts.Stem(stem, i)), PageParts.Title(title, i, parts.Count), parts[i]));
            }
        }

        if (background.Count > 0)
        {
            Add("background", "background, before " + DateDisplay.MonthOf(new PartialDate(windowStart.Year, windowStart.Month)), background);
        }

        foreach (var period in inWindow.GroupBy(x => Start(granularity, x.On!.On.Start)))
        {
            Add(Stem(granularity, period.Key), Title(granularity, period.Key), [.. period.Select(x => x.Event)]);
        }

        var undated = listed.Where(x => x.On is null).Select(x => x.Event).ToList();
        if (undated.Count > 0)
        {
            Add("undated", "undated events", undated);
        }

        return new TimelinePlan(windowStart, granularity, periods);
    }

    /// <summary>
    /// The relative link, from a page at the top of the rendered tree, to where the timeline shows events of
    /// <paramref name="date"/>: the month's heading of the one page, else the period page that holds the date (the
    /// first part of it), else the index.
    /// </summary>
    public string LinkTo(PartialDate date)
    {
        var index = BriefingPage.IndexPath("timeline");
        if (!IsSplit)
        {
            return index + "#" + Anchors.Slug(DateDisplay.MonthOf(date));
        }

        if (date.Start < WindowStart)
        {
            return Periods.FirstOrDefault()?.Path ?? index;
        }

        var stem = Stem(By, Start(By, date.Start));
        return Periods.FirstOrDefault(p => p.Path == BriefingPage.SubPath("timeline", stem))?.Path ?? index;
    }

    /// <summary>The period's name in a reader line ("the week of 14 Feb 2022"), for <see cref="LinkTo"/>'s text.</summary>
    public string NameOf(PartialDate date) => !IsSplit || date.Start < WindowStart
        ? "the timeline for " + DateDisplay.MonthOf(date)
        : "the timeline for " + Title(By, Start(By, date.Start));

    private static DateOnly Start(Granularity g, DateOnly day) => g switch
    {
        Granularity.Month => new DateOnly(day.Year, day.Month, 1),
        Granularity.Week => day.AddDays(-(((int)day.DayOfWeek + 6) % 7)),
        _ => day,
    };

    private static string Stem(Granularity g, DateOnly start) => g switch
    {
        Granularity.Month => start.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture),
        Granularity.Week => start.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) + "-week",
        _ => start.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
    };

    private static string Title(Granularity g, DateOnly start) => g switch
    {
        Granularity.Month => DateDisplay.MonthOf(new PartialDate(start.Year, start.Month)),
        Granularity.Week => "the week of " + DateDisplay.Format(start),
        _ => DateDisplay.Format(start),
    };
}

/// <summary>One page of a split timeline: its path, its title ("the week of 14 Feb 2022", "Feb 2022, part 2 of 3") and its events, in order.</summary>
public sealed record TimelinePage(string Path, string Title, IReadOnlyList<Event> Events);
