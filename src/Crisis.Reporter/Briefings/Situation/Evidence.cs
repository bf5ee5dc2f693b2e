using System.Collections.Immutable;
using Crisis.Model;
using Crisis.Reporter.Briefings.Shared;
using Crisis.Reporter.Text;
using static Crisis.Reporter.Briefings.Shared.Wording;

namespace Crisis.Reporter.Briefings.Situation;

/// <summary>The facts a judgment or a watch item rests on, as the situation page names them.</summary>
internal static class Evidence
{
    /// <summary>
    /// The facts a list of evidence names, the heaviest first (strong, moderate, weak, then any not yet weighed), in
    /// the list's order within a weight: the analysts' rank, never the facts' dates.
    /// </summary>
    public static IReadOnlyList<IFact> FactsOf(BriefingContext context, ImmutableArray<EvidenceItem> evidence) =>
        evidence.IsDefaultOrEmpty
            ? []
            : [.. evidence.Select((item, order) => (item, order))
                .OrderBy(x => x.item.Weight is { } weight ? (int)weight : int.MaxValue).ThenBy(x => x.order)
                .Select(x => context.Catalog[x.item.Fact])];

    /// <summary>
    /// A fact named as evidence: a one-line label (its reader label; an event still ahead says so, an estimate gives its
    /// figure), its own date and its notes.
    /// </summary>
    public static EvidenceView ViewOf(BriefingContext context, IFact fact) => new(
        (fact switch
        {
            Event e when context.Views.AheadWord(e) is { } ahead => $"{e.Title} ({ahead})",
            Estimate e => $"{Figure(e)} ({context.Views.Parties(e.Estimators)}, {DateDisplay.Format(e.AsOf)})",
            ILabelFact labelled => context.Notes.ReaderText(labelled.Label),
            _ => fact.Key,
        }).TrimEnd('.'),
        FactViewBuilder.OwnDate(fact) is { } d ? DateDisplay.Format(d) : null,
        context.Cite(fact));
}
