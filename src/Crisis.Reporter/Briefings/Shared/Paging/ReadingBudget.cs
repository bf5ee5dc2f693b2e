using Crisis.Model;

namespace Crisis.Reporter.Briefings.Shared.Paging;

/// <summary>
/// What a page may hold, whatever the size of the fact base: every cap on a list that grows with the facts, and the
/// one rule that picks what such a list shows. A list over its cap shows its heaviest items (by salience, then the
/// analysts' judgments an item bears on, then nearness in time) in the list's own order, and counts the rest for a
/// reader line that says where they are. A reference page over its cap is split (<see cref="PageParts"/>).
/// </summary>
public static class ReadingBudget
{
    /// <summary>Events still ahead that the situation page's indicators list beyond the analysts' own watch items.</summary>
    public const int ScheduledEventsShown = 6;

    /// <summary>Key events of the last week the situation page's "What else changed" lists; the rest are counted and linked.</summary>
    public const int ChangesShown = 8;

    /// <summary>Military activity (exercises, deployments) the situation page's threat picture lists.</summary>
    public const int ActivityShown = 4;

    /// <summary>Events the timeline's diagram draws (key and major, known to the day): past it, a diagram no reader can read.</summary>
    public const int ChartEventsShown = 24;

    /// <summary>Events on one timeline page: past it, the timeline is split by month, by week or by day, then into parts.</summary>
    public const int TimelineEventsPerPage = 200;

    /// <summary>Periods whose key events the timeline's index names, per period line.</summary>
    public const int KeyEventsPerPeriodLine = 3;

    /// <summary>Facts on one page of a source's index (each with its sentence): past it, the source's index is split into parts.</summary>
    public const int SourceFactsPerPage = 100;

    /// <summary>Facts of one kind a source's page shows open: past it, the section is folded under its heading (<c>&lt;details&gt;</c>).</summary>
    public const int SourceFactsUnfolded = 10;

    /// <summary>The most facts an actor's section on the actors index shows: its weightiest; the actor's own page gives them all.</summary>
    public const int ActorItemsPerSection = 4;

    /// <summary>The most actors given a section on the actors index (and a page of their own), the most involved first.</summary>
    public const int ActorSections = 16;

    /// <summary>The fewest facts an actor needs for a section and a page: an actor in fewer is a line in the index's table.</summary>
    public const int ActorFactsForASection = 4;

    /// <summary>Lines of the actors index's table of the other actors, the most involved first; the rest are counted.</summary>
    public const int MinorActorsShown = 40;

    /// <summary>Facts on one page of an actor's (each with its notes): past it, the actor's page is split into parts.</summary>
    public const int ActorFactsPerPage = 100;

    /// <summary>Caveats (the sources' open disagreements) under one type of measure on the measures page; the rest are counted and linked.</summary>
    public const int CaveatsShown = 3;

    /// <summary>
    /// The heaviest <paramref name="cap"/> items of <paramref name="items"/>, in their given order, and how many were
    /// left out. Ties keep the given order, so the choice is as deterministic as the list.
    /// </summary>
    public static Shown<T> Pick<T>(IReadOnlyList<T> items, int cap, Func<T, ListWeight> weight)
    {
        if (items.Count <= cap)
        {
            return new Shown<T>(items, 0, []);
        }

        var kept = items.Select((item, index) => (item, index, weight: weight(item)))
            .OrderByDescending(x => x.weight.Salience).ThenByDescending(x => x.weight.Judgments).ThenBy(x => x.weight.Distance).ThenBy(x => x.index)
            .Take(cap).Select(x => x.index).ToHashSet();
        return new Shown<T>(
            [.. items.Where((_, i) => kept.Contains(i))],
            items.Count - kept.Count,
            [.. items.Where((_, i) => !kept.Contains(i))]);
    }

    /// <summary>The weight of salience: key 3, major 2, minor 1, none 0.</summary>
    public static int Of(Salience? salience) => salience switch
    {
        Salience.Key => 3,
        Salience.Major => 2,
        Salience.Minor => 1,
        _ => 0,
    };
}

/// <summary>
/// What a list is weighed by: salience (heavier first), how many of the analysts' judgments the item bears on, and its
/// distance in days from the page's as-of date (nearer first: the next scheduled event, the latest change).
/// </summary>
public readonly record struct ListWeight(int Salience, int Judgments, int Distance);

/// <summary>What a capped list shows, how many items it leaves out, and those items (to say where they are).</summary>
public sealed record Shown<T>(IReadOnlyList<T> Items, int LeftOut, IReadOnlyList<T> Rest);
