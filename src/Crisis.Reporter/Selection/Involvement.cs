using System.Collections.Immutable;
using Crisis.Model;

namespace Crisis.Reporter.Selection;

/// <summary>
/// Who takes part in a fact, defined once from the schema's roles. A fact's parties (the role 'parties': who acts,
/// says or gives it) are the actors it belongs to: their dossiers show it and it counts towards their rank. It also
/// involves its counterparts (the role 'counterparts': whom a demand is made of, a measure aimed at) and the parties
/// of the fact it answers (the role 'inherits': a response involves its claim's claimants), which the --actor filter
/// follows too. Whoever relayed the words (the role 'relayed-by') takes no part.
/// </summary>
public static class Involvement
{
    /// <summary>Every actor the fact involves: its parties and theirs it inherits, then its counterparts, each once.</summary>
    public static IEnumerable<ActorId> Of(FactCatalog catalog, IFact fact) =>
        catalog.PartiesOf(fact).Concat(fact is ICounterpartsFact aimed ? aimed.Counterparts : []).Distinct();

    /// <summary>The fact's own parties: the actors whose act it is.</summary>
    public static ImmutableArray<ActorId> PartiesTo(IFact fact) => fact is IPartiesFact acted ? acted.Parties : [];

    /// <summary>True when <paramref name="actor"/> is one of the fact's own parties.</summary>
    public static bool IsPartyTo(ActorId actor, IFact fact) => PartiesTo(fact).Contains(actor);
}
