using System.Globalization;
using Crisis.Model;
using Crisis.Reporter.Briefings.Shared;
using Crisis.Reporter.Text;
using static Crisis.Reporter.Briefings.Shared.FactOrder;
using static Crisis.Reporter.Briefings.Shared.Wording;

namespace Crisis.Reporter.Briefings.Estimates;

/// <summary>The estimates briefing: all figures grouped by what they measure, with a chart of the troop estimates. Its template is <c>estimates.scriban</c> beside this file.</summary>
public sealed class EstimatesBriefing() : Briefing<EstimatesModel>(
    "estimates",
    "all figures grouped by what they measure, with a chart of the troop estimates",
    "Estimates and figures in the Russia–Ukraine crisis")
{
    /// <summary>All figures by quantity, with a chart of the troops massed near Ukraine.</summary>
    protected override EstimatesModel Build(BriefingContext context)
    {
        var sel = context.Selection;
        var cat = context.Catalog;
        var troops = ByDate(sel.Estimates.Where(e => e.Quantity == MeasuredQuantity.TroopsNearUkraine), e => e.AsOf).ToList();
        // A figure given only in words ("tens of thousands") has no value to draw: it is listed under the chart, not
        // drawn as a bar of invented precision.
        var charted = troops.Where(e => e.Value is not null).ToList();
        BarChart? chart = null;
        if (charted.Count > 0)
        {
            var max = charted.Max(e => e.Value!.Value);
            var yMax = Math.Ceiling(max * 1.1m / 25000m) * 25000m;
            string Entry(Estimate e) => $"{DateDisplay.Format(e.AsOf.On)}: {Figure(e)}, {context.Parties(e.Estimators)}{(e.Rank == Rank.Deprecated ? " (deprecated)" : "")}";
            var legend = charted.Select((e, i) => $"({i + 1}) {Entry(e)}")
                .Concat(troops.Except(charted).Select(e => $"Not drawn, no number given: {Entry(e)}"))
                .ToList();
            chart = new BarChart(
                "Russian troops near Ukraine, by estimate date",
                charted.Select(e => e.Unit).Distinct(StringComparer.Ordinal).Count() == 1 ? Capitalise(charted[0].Unit) : "Figure",
                yMax.ToString("0", CultureInfo.InvariantCulture),
                charted.Select((e, i) => $"({i + 1}) {DateDisplay.Format(e.AsOf.On)}").ToList(),
                charted.Select(e => e.Value!.Value.ToString("0.##", CultureInfo.InvariantCulture)).ToList(),
                legend);
        }

        var groups = context.EstimateGroups(_ => true);
        return new EstimatesModel
        {
            TroopChart = chart,
            Groups = groups,
        };
    }
}

/// <summary>All figures grouped by what they measure, with a chart of the troop estimates.</summary>
public sealed class EstimatesModel : DocumentModel
{
    public BarChart? TroopChart { get; init; }
    public required IReadOnlyList<EstimateGroup> Groups { get; init; }
}
