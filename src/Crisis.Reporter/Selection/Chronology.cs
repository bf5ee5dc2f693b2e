using Crisis.Model;

namespace Crisis.Reporter.Selection;

/// <summary>
/// When things are, defined once for every briefing, filter and export. A fact's date is the field the schema gives
/// the role 'date', else the date of the fact it inherits from (a response without a date of its own is dated by its
/// claim: <see cref="FactCatalog.DateOf"/>). The newest source's publication date is what the fact base knows "as
/// of": anything dated after it was ahead when the sources were written, never news.
/// </summary>
public sealed class Chronology
{
    private readonly FactCatalog catalog;

    /// <summary>The chronology of <paramref name="catalog"/>.</summary>
    public Chronology(FactCatalog catalog)
    {
        this.catalog = catalog;
        var sources = FactSchema.SourceKind is { } kind ? catalog.OfKind(kind) : [];
        var published = sources.Select(catalog.WhenOf).OfType<PartialDate>().ToList();
        NewestSource = published.Count == 0 ? null : published.Max();
        OldestSource = published.Count == 0 ? null : published.Min();
    }

    /// <summary>The publication date of the newest source: what the fact base knows "as of".</summary>
    public PartialDate? NewestSource { get; }

    /// <summary>The publication date of the oldest source.</summary>
    public PartialDate? OldestSource { get; }

    /// <summary>A fact's date (with how it is known): its own, else that of the fact it inherits from; null when undated.</summary>
    public Dating? DateOf(IFact fact) => catalog.DateOf(fact);

    /// <summary>A fact's date itself (see <see cref="DateOf"/>).</summary>
    public PartialDate? WhenOf(IFact fact) => catalog.WhenOf(fact);

    /// <summary>True when a date starts after the newest source's publication date: it was ahead when the sources were written.</summary>
    public bool IsAfterNewestSource(PartialDate? date) =>
        date is { } d && NewestSource is { } newest && d.Start > newest.End;

    /// <summary>
    /// The date a document over <paramref name="facts"/> is "as of": the newest source, unless every fact is dated after
    /// it (then the latest of their dates); the newest source when none is dated; null when nothing is.
    /// </summary>
    public PartialDate? AsOf(IEnumerable<IFact> facts)
    {
        var dates = facts.Select(WhenOf).OfType<PartialDate>().ToList();
        if (dates.Count == 0)
        {
            return NewestSource;
        }

        return NewestSource is { } newest && newest >= dates.Min() ? newest : dates.Max();
    }

    /// <summary>The earliest date among <paramref name="facts"/> to their as-of date, or null when none is dated.</summary>
    public (PartialDate First, PartialDate Last)? Coverage(IEnumerable<IFact> facts)
    {
        var list = facts as IReadOnlyCollection<IFact> ?? [.. facts];
        var dates = list.Select(WhenOf).OfType<PartialDate>().ToList();
        return dates.Count == 0 ? null : (dates.Min(), AsOf(list)!.Value);
    }
}
