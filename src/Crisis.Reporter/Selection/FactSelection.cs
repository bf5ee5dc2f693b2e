using System.Collections.Immutable;
using Crisis.Model;
using Crisis.Reporter.Text;

namespace Crisis.Reporter.Selection;

/// <summary>
/// The facts a briefing shows: a catalog with a filter applied, the same way for every briefing and export, for
/// every kind the schema declares. The reference layer (sources, actors, places) and the analysis layer (judgments,
/// watch items) are never filtered out; the evidence layer is, by its date (<see cref="Chronology"/>), the actors it
/// involves (<see cref="Involvement"/>) and its topics (a response has its claim's, by the schema's role 'inherits').
/// </summary>
public sealed class FactSelection
{
    private readonly Dictionary<string, ImmutableArray<IFact>> byKind = new(StringComparer.Ordinal);
    private readonly Dictionary<Type, object> byType = [];
    private readonly Dictionary<Type, object> derived = [];

    // Computed once per selection, not once per page: every page of a briefing shows them in its header, and a split
    // briefing (the timeline by period, the sources by source) has a page per few dozen facts, so that re-dating every
    // selected fact on each page made render --all grow with the square of the fact base.
    private readonly Lazy<DateSpan?> asOf;
    private readonly Lazy<(DateSpan First, DateSpan Last, DateSpan? ScheduledTo)?> coverage;
    private readonly Lazy<int> citedSources;
    private readonly Lazy<HashSet<IFact>> evidenceSet;

    /// <summary>Applies <paramref name="filter"/> to <paramref name="catalog"/>.</summary>
    public FactSelection(FactCatalog catalog, BriefingFilter filter)
    {
        Catalog = catalog;
        Filter = filter;
        Chronology = new Chronology(catalog);
        var all = ImmutableArray.CreateBuilder<IFact>();
        foreach (var kind in FactSchema.Kinds)
        {
            var facts = kind.Layer == FactLayer.Evidence
                ? [.. catalog.OfKind(kind.Name).Where(Keeps)]
                : catalog.OfKind(kind.Name);
            byKind[kind.Name] = facts;
            all.AddRange(facts);
        }

        All = all.ToImmutable();
        Evidence = [.. All.Where(f => FactSchema.KindOf(f).Layer == FactLayer.Evidence)];
        asOf = new(() => Chronology.AsOf(Evidence));
        coverage = new(() => Chronology.Coverage(Evidence));
        evidenceSet = new(() => new HashSet<IFact>(Evidence, ReferenceEqualityComparer.Instance));
        citedSources = new(() => Evidence.OfType<ICitedFact>().SelectMany(f => f.Citations).Select(c => c.Source.Value).Distinct(StringComparer.Ordinal).Count());
    }

    /// <summary>The unfiltered catalog (for lookups of actors, places, sources, claims and demands).</summary>
    public FactCatalog Catalog { get; }

    /// <summary>The filter applied.</summary>
    public BriefingFilter Filter { get; }

    /// <summary>Dates, the newest source and the as-of date, read the one way (see <see cref="Selection.Chronology"/>).</summary>
    public Chronology Chronology { get; }

    /// <summary>Every selected fact, kinds in schema order, each kind by id.</summary>
    public ImmutableArray<IFact> All { get; }

    /// <summary>The selected facts of the evidence layer (what the sources report), kinds in schema order, each kind by id.</summary>
    public ImmutableArray<IFact> Evidence { get; }

    /// <summary>
    /// <see cref="Evidence"/> as a set, built once: "is this fact selected?" is asked for every fact a judgment or a list
    /// names. By reference (a catalog holds each fact once, and every lookup returns that instance): a record's own
    /// equality hashes every field, and hashing the whole selection that way for each question cost a fifth of the
    /// situation page at +10,000 events.
    /// </summary>
    public IReadOnlySet<IFact> EvidenceSet => evidenceSet.Value;

    /// <summary>The date the selected evidence is "as of" (<see cref="Selection.Chronology.AsOf"/>), or null when nothing is dated.</summary>
    public DateSpan? AsOf => asOf.Value;

    /// <summary>The selected evidence's earliest date to its as-of date, and the last date scheduled beyond it (<see cref="Selection.Chronology.Coverage"/>), or null when none is dated.</summary>
    public (DateSpan First, DateSpan Last, DateSpan? ScheduledTo)? Coverage => coverage.Value;

    /// <summary>How many sources the selected evidence cites.</summary>
    public int CitedSourceCount => citedSources.Value;

    /// <summary>The selected facts of a kind (its schema name), by id.</summary>
    public ImmutableArray<IFact> OfKind(string kind) => byKind.TryGetValue(kind, out var facts) ? facts : [];

    /// <summary>The selected facts of one record type (a briefing that shows a kind in its own way), by id.</summary>
    public ImmutableArray<T> Of<T>()
        where T : IFact
    {
        if (!byType.TryGetValue(typeof(T), out var facts))
        {
            facts = byType[typeof(T)] = All.OfType<T>().ToImmutableArray();
        }

        return (ImmutableArray<T>)facts;
    }

    /// <summary>
    /// A value worked out from the selection once and shared by every briefing that asks for it (one per type: the
    /// timeline's paging, which the situation page and the timeline's index and period pages all link by). A selection
    /// is read-only, so the value cannot go stale; <paramref name="compute"/> must read nothing but the selection.
    /// </summary>
    public T Derived<T>(Func<FactSelection, T> compute)
        where T : class
    {
        lock (derived)
        {
            if (!derived.TryGetValue(typeof(T), out var value))
            {
                value = derived[typeof(T)] = compute(this);
            }

            return (T)value;
        }
    }

    /// <summary>True when the selection holds the fact: any fact of the reference and analysis layers, a fact of the evidence layer that passes the filter.</summary>
    public bool Shows(IFact fact) => FactSchema.KindOf(fact).Layer != FactLayer.Evidence || Keeps(fact);

    /// <summary>True when a fact of the evidence layer passes the filter: in the window, involving a filtered actor, with the topic
    /// (without a filter, every fact passes: its date, parties and topics are not worked out for each fact only to be ignored.)</summary>
    private bool Keeps(IFact fact) =>
        Filter.IsEmpty || (Filter.InWindow(Chronology.DateOf(fact)) && Filter.Involves(Involvement.Of(Catalog, fact)) && Filter.HasTopic(Catalog.TopicsOf(fact)));
}
