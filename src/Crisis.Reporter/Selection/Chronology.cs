using Crisis.Model;
using Crisis.Reporter.Text;

namespace Crisis.Reporter.Selection;

/// <summary>
/// When things are, defined once for every briefing, filter and export. A fact's date is the field the schema gives
/// the role 'date', else the date of the fact it inherits from (a response without a date of its own is dated by its
/// claim: <see cref="FactCatalog.DateOf"/>); it spans from its <c>on</c> to its <c>latest</c> when the evidence
/// places it only between two days (<see cref="DateSpan"/>). The newest source's publication date is what the fact
/// base knows "as of": anything that starts after it was ahead when the sources were written, never news.
/// </summary>
public sealed class Chronology
{
    private readonly FactCatalog catalog;

    /// <summary>The chronology of <paramref name="catalog"/>.</summary>
    public Chronology(FactCatalog catalog)
    {
        this.catalog = catalog;
        var sources = FactSchema.SourceKind is { } kind ? catalog.OfKind(kind) : [];
        var published = sources.Select(SpanOf).OfType<DateSpan>().ToList();
        // The newest source is the one whose date ends last; the oldest, the one whose date starts first.
        NewestSource = published.Count == 0 ? null : published.OrderBy(s => s.End).ThenBy(s => s.Start).Last();
        OldestSource = published.Count == 0 ? null : published.OrderBy(s => s.Start).ThenBy(s => s.End).First();
    }

    /// <summary>The publication date of the newest source: what the fact base knows "as of".</summary>
    public DateSpan? NewestSource { get; }

    /// <summary>The publication date of the oldest source.</summary>
    public DateSpan? OldestSource { get; }

    /// <summary>A fact's date (with how it is known): its own, else that of the fact it inherits from; null when undated.</summary>
    public Dating? DateOf(IFact fact) => catalog.DateOf(fact);

    /// <summary>A fact's date itself, as a partial date (its <c>on</c>: the first day of a span; see <see cref="DateOf"/>).</summary>
    public PartialDate? WhenOf(IFact fact) => catalog.WhenOf(fact);

    /// <summary>A fact's date from its first to its last possible day, or null when undated.</summary>
    public DateSpan? SpanOf(IFact fact) => DateOf(fact) is { } dating ? DateSpan.Of(dating) : null;

    /// <summary>True when a date starts after the newest source's publication date: it was ahead when the sources were written.</summary>
    public bool IsAfterNewestSource(PartialDate? date) =>
        date is { } d && NewestSource is { } newest && d.Start > newest.End;

    /// <summary>
    /// The date a document over <paramref name="facts"/> is "as of": the newest source, unless every fact is dated after
    /// it (then the latest of their dates); the newest source when none is dated; null when nothing is.
    /// </summary>
    public DateSpan? AsOf(IEnumerable<IFact> facts)
    {
        var dates = facts.Select(SpanOf).OfType<DateSpan>().ToList();
        if (dates.Count == 0)
        {
            return NewestSource;
        }

        return NewestSource is { } newest && newest.End >= dates.Min(d => d.Start) ? newest : dates.OrderBy(d => d.End).ThenBy(d => d.Start).Last();
    }

    /// <summary>
    /// The earliest date among <paramref name="facts"/> to their as-of date, and the last date scheduled beyond it (a
    /// visit or an exercise's end dated after the newest source; null when none is), or null when none is dated.
    /// </summary>
    public (DateSpan First, DateSpan Last, DateSpan? ScheduledTo)? Coverage(IEnumerable<IFact> facts)
    {
        var list = facts as IReadOnlyCollection<IFact> ?? [.. facts];
        var dates = list.Select(SpanOf).OfType<DateSpan>().ToList();
        if (dates.Count == 0)
        {
            return null;
        }

        var asOf = AsOf(list)!.Value;
        // What starts after the as-of date was ahead when the sources were written: a page that lists it says how far.
        var ahead = dates.Where(d => d.Start > asOf.End).ToList();
        DateSpan? scheduledTo = ahead.Count == 0 ? null : ahead.OrderBy(d => d.End).ThenBy(d => d.Start).Last();
        return (dates.OrderBy(d => d.Start).ThenBy(d => d.End).First(), asOf, scheduledTo);
    }
}
