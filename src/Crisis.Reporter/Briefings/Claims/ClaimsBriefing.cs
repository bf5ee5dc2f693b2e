using Crisis.Model;
using Crisis.Reporter.Briefings.Shared;
using static Crisis.Reporter.Briefings.Shared.FactOrder;

namespace Crisis.Reporter.Briefings.Claims;

/// <summary>The claims briefing: claims with claimant, date, status and the responses to them; demands and positions. Its template is <c>claims.scriban</c> beside this file.</summary>
public sealed class ClaimsBriefing() : Briefing<ClaimsModel>(
    "claims",
    "claims with claimant, date, status and the responses to them; demands and positions",
    "Claims and counter-claims in the Russia–Ukraine crisis")
{
    /// <summary>Claims and responses; demands and positions.</summary>
    protected override ClaimsModel Build(BriefingContext context)
    {
        var sel = context.Selection;
        var claims = context.ClaimViews();
        var demands = ByDate(sel.Of<Demand>(), d => d.Date).Select(d => context.DemandOf(d, withPositions: true)).ToList();
        return new ClaimsModel
        {
            Claims = claims,
            Demands = demands,
        };
    }
}

/// <summary>Claims with their responses; demands with the positions taken.</summary>
public sealed class ClaimsModel : DocumentModel
{
    public required IReadOnlyList<ClaimView> Claims { get; init; }
    public required IReadOnlyList<DemandView> Demands { get; init; }
}
