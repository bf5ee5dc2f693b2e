using Crisis.Model;
using Crisis.Reporter.Briefings.Shared;
using Crisis.Reporter.Selection;
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
        var claims = ClaimViews(context);
        var demands = ByDate(sel.Of<Demand>(), d => d.Date).Select(d => context.Views.DemandOf(d, withPositions: true)).ToList();
        return new ClaimsModel
        {
            Claims = claims,
            // Each status the page uses, defined once: "unverified: made, not confirmed nor answered".
            Statuses = [.. claims.Select(c => (c.Status, c.StatusMeaning)).Distinct().Select(x => $"{x.Status}: {Wording.Uncapitalise(x.StatusMeaning)}")],
            Demands = demands,
        };
    }

    /// <summary>The claims shown, by date, each with its selected responses.</summary>
    private static List<ClaimView> ClaimViews(BriefingContext context)
    {
        var ids = ClaimIds(context.Selection);
        return ByDate(context.Catalog.Claims.Where(c => ids.Contains(c.Id)), c => c.Date).Select(c => context.Views.ClaimOf(c, withResponses: true)).ToList();
    }

    /// <summary>A claim is shown when it is selected, or when a selected response answers it.</summary>
    private static HashSet<ClaimId> ClaimIds(FactSelection sel) =>
        sel.Of<Claim>().Select(c => c.Id).Concat(sel.Of<Response>().Select(r => r.Claim)).Distinct().ToHashSet();
}

/// <summary>Claims with their responses; demands with the positions taken.</summary>
public sealed class ClaimsModel : DocumentModel
{
    public required IReadOnlyList<ClaimView> Claims { get; init; }

    /// <summary>The statuses the claims shown take, each with its meaning, for the one place the page defines them.</summary>
    public required IReadOnlyList<string> Statuses { get; init; }
    public required IReadOnlyList<DemandView> Demands { get; init; }
}
