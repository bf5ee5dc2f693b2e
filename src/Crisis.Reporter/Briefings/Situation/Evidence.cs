using System.Collections.Immutable;
using Crisis.Model;
using Crisis.Reporter.Briefings.Shared;
using static Crisis.Reporter.Briefings.Shared.Wording;

namespace Crisis.Reporter.Briefings.Situation;

/// <summary>The facts a judgment or a watch item rests on, as the situation page chooses and names them.</summary>
internal static class Evidence
{
    /// <summary>
    /// The facts a list of evidence names, heaviest first: by the analysts' weight (strong, moderate, not yet weighed,
    /// weak: Heuer's diagnosticity), then in the order the analysts list them. Never by date: the newest fact is not the
    /// most telling.
    /// </summary>
    public static IReadOnlyList<(IFact Fact, Weight? Weight)> Heaviest(BriefingContext context, ImmutableArray<EvidenceItem> evidence) =>
        evidence.IsDefaultOrEmpty
            ? []
            : [.. evidence.Select((item, index) => (Fact: context.Catalog[item.Fact], item.Weight, index))
                .OrderBy(x => Rank(x.Weight)).ThenBy(x => x.index)
                .Select(x => (x.Fact, x.Weight))];

    /// <summary>The facts a list of evidence names, heaviest first (see <see cref="Heaviest"/>).</summary>
    public static IReadOnlyList<IFact> FactsOf(BriefingContext context, ImmutableArray<EvidenceItem> evidence) =>
        evidence.IsDefaultOrEmpty
            ? []
            : [.. evidence.Select((item, order) => (item, order))
                .OrderBy(x => x.item.Weight is { } weight ? (int)weight : int.MaxValue).ThenBy(x => x.order)
                .Select(x => context.Catalog[x.item.Fact])];

    /// <summary>Where a weight sorts: strong first, an item not yet weighed before a weak one (weak evidence fits the alternatives as well).</summary>
    public static int Rank(Weight? weight) => weight switch
    {
        Weight.Strong => 0,
        Weight.Moderate => 1,
        null => 2,
        _ => 3,
    };

    /// <summary>How much an item counts when the page weighs which of the week's events bears most on the judgments.</summary>
    public static decimal Value(Weight? weight) => weight switch
    {
        Weight.Strong => 3,
        Weight.Moderate => 2,
        null => 2,
        _ => 1,
    };

    /// <summary>
    /// A fact named as evidence: its one-line label (its reader label; an event its past title when it has one and has
    /// taken place, else its headline, and one still ahead says so; an estimate is its figure), who gave a figure, its own date, its weight and its notes.
    /// </summary>
    public static EvidenceView ViewOf(BriefingContext context, IFact fact, Weight? weight = null) => new(
        fact.Key,
        (fact switch
        {
            // An evidence line reports the event after its date, as a sentence does: told as done when the curators give
            // its past title and it is not still ahead ("Biden and Putin held …", not the headline's "hold").
            Event e when e.PastTitle is { } told && context.Views.AheadWord(e) is null => told,
            Event e => e.Title,
            Estimate e => Figure(e),
            ILabelFact labelled => context.Notes.ReaderText(labelled.Label),
            _ => fact.Key,
        }).TrimEnd('.'),
        fact is Estimate estimate ? context.Views.Attribution(estimate.Estimators, estimate.ReportedBy, estimate.Citations) : null,
        fact is Event ev ? context.Views.AheadWord(ev) : null,
        ReportedDate.DateTextOf(context.Catalog, fact),
        weight?.Label(),
        context.Cite(fact));
}
