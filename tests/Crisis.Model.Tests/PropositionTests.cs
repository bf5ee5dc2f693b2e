using Crisis.Model;

namespace Crisis.Model.Tests;

/// <summary>
/// The disputed propositions (propositions.yaml) the claims briefing groups claims under: a claim is one dispute, so it
/// belongs to one proposition at most (else the page would show it twice), and a proposition is a question a reader asks.
/// </summary>
public sealed class PropositionTests
{
    private static FactCatalog Catalog => Facts.Catalog;

    [Fact]
    public void A_claim_belongs_to_one_proposition_at_most()
    {
        var twice = Catalog.Propositions.SelectMany(p => p.Claims.Select(c => (c.Claim, p.Id)))
            .GroupBy(x => x.Claim)
            .Where(g => g.Count() > 1)
            .Select(g => $"{FactLocation.Describe(Catalog[g.Key])} is in {string.Join(" and ", g.Select(x => FactLocation.Describe(Catalog.Find(x.Id.Value)!)))}: keep it in the one whose question it answers")
            .ToList();
        Assert.True(twice.Count == 0, string.Join("\n", twice));
    }

    [Fact]
    public void A_proposition_is_a_question_with_claims_on_it()
    {
        Assert.NotEmpty(Catalog.Propositions);
        Assert.All(Catalog.Propositions, p => Assert.EndsWith("?", p.Question, StringComparison.Ordinal));
        Assert.All(Catalog.Propositions, p => Assert.NotEmpty(p.Claims));
    }
}
