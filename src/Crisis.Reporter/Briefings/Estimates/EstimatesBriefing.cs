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
        var troops = ByDate(sel.Of<Estimate>().Where(e => e.Quantity == MeasuredQuantity.TroopsNearUkraine), e => e.AsOf).ToList();
        // One comparable series: estimates of the soldiers present, each counting just that. A planned figure is not a
        // count, a figure given only in words ("tens of thousands") has no number, a superseded one is not the party's
        // figure any more, a figure counted in another unit ("personnes") or with a scope of its own ("including
        // separatist forces") counts something else: each is listed beside the chart, never drawn as a bar.
        var charted = troops.Where(e => e.Value is not null && e.Qualifier != Qualifier.Planned && e.Rank != Rank.Deprecated
            && e.Unit == SeriesUnit && !HasOwnScope(e)).ToList();
        BarChart? chart = null;
        if (charted.Count > 0)
        {
            var max = charted.Max(e => e.Value!.Value) / 1000m;
            var yMax = Math.Ceiling(max * 1.1m / 25m) * 25m;
            // Each figure's entry cites its sources, as its row of the table below does.
            LegendEntry Entry(string lead, Estimate e) => new($"{lead}: {Figure(e)} as of {DateDisplay.Format(e.AsOf)}, {context.Views.Parties(e.Estimators)}", context.Cite(e));
            var labels = BarLabels(charted);
            var legend = charted.Select((e, i) => Entry(labels[i], e))
                .Append(new LegendEntry(BoundsLegend, []))
                .Concat(troops.Where(e => e.Qualifier == Qualifier.Planned).Select(e => Entry("Not drawn, a plan and not a count", e)))
                .Concat(troops.Where(e => e.Value is null).Select(e => Entry("Not drawn, given only in words", e)))
                .Concat(troops.Where(e => e.Rank == Rank.Deprecated && e.Value is not null && e.Qualifier != Qualifier.Planned).Select(e => Entry("Not drawn, superseded", e)))
                .Concat(troops.Where(e => e.Value is not null && e.Qualifier != Qualifier.Planned && e.Rank != Rank.Deprecated && e.Unit != SeriesUnit)
                    .Select(e => Entry($"Not drawn, counted as {e.Unit}, not {SeriesUnit}", e)))
                .Concat(troops.Where(e => e.Value is not null && e.Qualifier != Qualifier.Planned && e.Rank != Rank.Deprecated && e.Unit == SeriesUnit && HasOwnScope(e))
                    .Select(e => Entry("Not drawn, it does not count the same", e)))
                .ToList();
            chart = new BarChart(
                "Russian troops near Ukraine, estimates of troops present",
                "Thousands of soldiers",
                yMax.ToString("0", CultureInfo.InvariantCulture),
                labels,
                charted.Select(e => (e.Value!.Value / 1000m).ToString("0.#", CultureInfo.InvariantCulture)).ToList(),
                legend);
        }

        var groups = EstimateGroups(context);
        return new EstimatesModel
        {
            TroopChart = chart,
            Groups = groups,
        };
    }
    /// <summary>The selected estimates of each measured quantity, in the vocabulary's order, each group by date.</summary>
    private static List<EstimateGroup> EstimateGroups(BriefingContext context)
    {
        var groups = new List<EstimateGroup>();
        foreach (var q in Enum.GetValues<MeasuredQuantity>())
        {
            var items = ByDate(context.Selection.Of<Estimate>().Where(e => e.Quantity == q), e => e.AsOf).Select(context.Views.EstimateOf).ToList();
            if (items.Count > 0)
            {
                groups.Add(new EstimateGroup(Legends.Trim(q.Describe()), q.ToKey(), items));
            }
        }

        return groups;
    }

    /// <summary>
    /// Each bar's label, its date and bound ("~2 Feb >"), which the legend repeats: made from the estimate, not from its
    /// place, so that a new bar moves no other label (numbered bars renumbered every later one). Bars that would share a
    /// label are told apart by " (1)", " (2)", in date order.
    /// </summary>
    private static List<string> BarLabels(IReadOnlyList<Estimate> bars)
    {
        var labels = bars.Select(e => $"{ShortDate(e.AsOf.On)}{Bound(e)}").ToList();
        var shared = labels.GroupBy(l => l, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        return [.. labels.Select(l => shared.Contains(l) ? $"{l} ({(seen[l] = seen.GetValueOrDefault(l) + 1).ToString(CultureInfo.InvariantCulture)})" : l)];
    }

    /// <summary>What the chart's bars count: one unit, one series.</summary>
    private const string SeriesUnit = "soldiers";

    /// <summary>A bar's bound as a sign, since a bar cannot show it and words do not fit under it: ≤ up to, &gt; more than, ≈ about.</summary>
    private static string Bound(Estimate e) => e.Qualifier switch
    {
        Qualifier.UpTo => " ≤",
        Qualifier.MoreThan => " >",
        Qualifier.About => " ≈",
        _ => "",
    };

    /// <summary>What the signs under the bars mean.</summary>
    public const string BoundsLegend = "Under a bar, ≤ is \"up to\", > \"more than\" and ≈ \"about\": the bar is drawn at the number given.";

    /// <summary>An x-axis label short enough for GitHub's width: "~3 Dec" (the year is in the legend).</summary>
    private static string ShortDate(PartialDate d) => d.Precision == DatePrecision.Day ? DateDisplay.DayAndMonth(d) : DateDisplay.Format(d);
}

/// <summary>All figures grouped by what they measure, with a chart of the troop estimates.</summary>
public sealed class EstimatesModel : DocumentModel
{
    public BarChart? TroopChart { get; init; }
    public required IReadOnlyList<EstimateGroup> Groups { get; init; }
}

/// <summary>A Mermaid xychart-beta bar chart.</summary>
public sealed record BarChart(string Title, string AxisLabel, string AxisMax, IReadOnlyList<string> Labels, IReadOnlyList<string> Values, IReadOnlyList<LegendEntry> Legend) : Crisis.Reporter.Templating.ITemplateView;

/// <summary>A line under a chart: a bar's label and figure, or a figure not drawn and why, with the figure's notes (none for the signs' key).</summary>
public sealed record LegendEntry(string Text, IReadOnlyList<string> Refs) : Crisis.Reporter.Templating.ITemplateView;
