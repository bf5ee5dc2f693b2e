using System.Collections.Immutable;
using Crisis.Model;

namespace Crisis.Reporter.Selection;

/// <summary>
/// The facts a briefing shows: a catalog with a filter applied, the same way for every briefing and export.
/// Actors, places and sources are reference data and are never filtered out; everything else is.
/// A response or position inherits its claim's or demand's topics, and involves that claim's claimant or
/// that demand's author as well as its own author.
/// </summary>
public sealed class FactSelection
{
    /// <summary>Applies <paramref name="filter"/> to <paramref name="catalog"/>.</summary>
    public FactSelection(FactCatalog catalog, BriefingFilter filter)
    {
        Catalog = catalog;
        Filter = filter;
        Events = [.. catalog.Events.Where(e => filter.InWindow(e.Date) && filter.Involves(e.Participants) && filter.HasTopic(e.Topics))];
        Statements = [.. catalog.Statements.Where(s => filter.InWindow(s.Date) && filter.Involves([s.Speaker]) && filter.HasTopic(s.Topics))];
        Estimates = [.. catalog.Estimates.Where(e => filter.InWindow(e.AsOf) && filter.Involves(e.Estimators) && filter.HasTopic(e.Topics))];
        Claims = [.. catalog.Claims.Where(c => filter.InWindow(c.Date) && filter.Involves(c.Claimants) && filter.HasTopic(c.Topics))];
        Responses = [.. catalog.Responses.Where(r =>
        {
            var claim = catalog[r.Claim];
            return filter.InWindow(r.Date ?? claim.Date) && filter.Involves([.. r.Responders, .. claim.Claimants]) && filter.HasTopic(claim.Topics);
        })];
        Demands = [.. catalog.Demands.Where(d => filter.InWindow(d.Date) && filter.Involves([d.By, .. d.Of]) && filter.HasTopic(d.Topics))];
        Positions = [.. catalog.Positions.Where(p =>
        {
            var demand = catalog[p.Demand];
            return filter.InWindow(p.Date ?? demand.Date) && filter.Involves([p.Holder, demand.By]) && filter.HasTopic(demand.Topics);
        })];
        Measures = [.. catalog.Measures.Where(m => filter.InWindow(m.Date) && filter.Involves([.. m.By, .. m.Target]) && filter.HasTopic(m.Topics))];
        Assessments = [.. catalog.Assessments.Where(a => filter.InWindow(a.Date) && filter.Involves(a.Assessors) && filter.HasTopic(a.Topics))];
        datedFacts =
        [
            .. Events.Select(x => ((ICitedFact)x, x.Date)),
            .. Statements.Select(x => ((ICitedFact)x, x.Date)),
            .. Estimates.Select(x => ((ICitedFact)x, (Dating?)x.AsOf)),
            .. Claims.Select(x => ((ICitedFact)x, x.Date)),
            .. Responses.Select(x => ((ICitedFact)x, x.Date)),
            .. Demands.Select(x => ((ICitedFact)x, x.Date)),
            .. Positions.Select(x => ((ICitedFact)x, x.Date)),
            .. Measures.Select(x => ((ICitedFact)x, x.Date)),
            .. Assessments.Select(x => ((ICitedFact)x, x.Date)),
        ];
    }

    private readonly IReadOnlyList<(ICitedFact Fact, Dating? Date)> datedFacts;

    /// <summary>The unfiltered catalog (for lookups of actors, places, sources, claims and demands).</summary>
    public FactCatalog Catalog { get; }

    /// <summary>The filter applied.</summary>
    public BriefingFilter Filter { get; }

    public ImmutableArray<Event> Events { get; }

    public ImmutableArray<Statement> Statements { get; }

    public ImmutableArray<Estimate> Estimates { get; }

    public ImmutableArray<Claim> Claims { get; }

    public ImmutableArray<Response> Responses { get; }

    public ImmutableArray<Demand> Demands { get; }

    public ImmutableArray<Position> Positions { get; }

    public ImmutableArray<Measure> Measures { get; }

    public ImmutableArray<Assessment> Assessments { get; }

    /// <summary>Every selected dated-kind fact with its date (if any), in kind order then id order.</summary>
    /// <remarks>Built once: every briefing asks for it several times, and a selection never changes.</remarks>
    public IReadOnlyList<(ICitedFact Fact, Dating? Date)> DatedFacts() => datedFacts;

    /// <summary>The actors a fact involves (see the class summary).</summary>
    public IEnumerable<ActorId> ActorsOf(IFact fact) => fact switch
    {
        Event e => e.Participants,
        Statement s => [s.Speaker],
        Estimate e => e.Estimators,
        Claim c => c.Claimants,
        Response r => r.Responders,
        Demand d => [d.By, .. d.Of],
        Position p => [p.Holder],
        Measure m => [.. m.By, .. m.Target],
        Assessment a => a.Assessors,
        _ => [],
    };
}
