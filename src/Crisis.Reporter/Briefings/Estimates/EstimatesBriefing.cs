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
    "all figures grouped by what they measure, with a chart of the troop estimates that shows each figure's bound",
    "Estimates and figures in the Russia–Ukraine crisis")
{
    /// <summary>All figures by quantity, with a chart of the troops massed near Ukraine.</summary>
    protected override EstimatesModel Build(BriefingContext context)
    {
        var sel = context.Selection;
        var troops = ByDate(sel.Of<Estimate>().Where(e => e.Quantity == MeasuredQuantity.TroopsNearUkraine), e => e.AsOf).ToList();
        // The figures with a number, each a bar in date order. A figure given only in words has no number, a superseded
        // one is not the party's figure any more, and a figure counted in another unit ("personnes") or with a scope of
        // its own ("including separatist forces") counts something else: each is listed under the chart, never drawn.
        var charted = troops.Where(e => e.Value is not null && e.Rank != Rank.Deprecated && PersonUnits.Contains(e.Unit) && !HasOwnScope(e)).ToList();
        BarChart? chart = null;
        if (charted.Count > 0)
        {
            var top = charted.Max(e => e.Value!.Value) / 1000m;
            // The largest figure rounded up to a coarse step (its order of magnitude: 100 for 175), so that a new figure
            // rarely moves the axis; and a tenth of a step past it, since Mermaid clips the label of a tick drawn at the
            // very end of the axis.
            var step = (decimal)Math.Pow(10, Math.Max(1, Math.Floor(Math.Log10((double)top))));
            var axisMax = (Math.Ceiling(top / step) * step) + (step / 10m);
            string K(decimal v) => (v / 1000m).ToString("0.#", CultureInfo.InvariantCulture);
            var axisMaxText = axisMax.ToString("0", CultureInfo.InvariantCulture);
            LegendEntry NotDrawn(string why, Estimate e) => new($"{why}: {Figure(e)} ({context.Views.Parties(e.Estimators, e.Citations)}, {DateText(e.AsOf)})", context.Cite(e));
            chart = new BarChart(
                MeasuredQuantity.TroopsNearUkraine.ToKey(),
                $"{MeasuredQuantity.TroopsNearUkraine.Label()}, thousands",
                "Thousands of soldiers",
                axisMaxText,
                [.. charted.Select(e => string.Join(" · ", new[] { DateText(e.AsOf), ChartBound(e), context.Views.Parties(e.Estimators, e.Citations), e.Unit == SeriesUnit ? "" : $"\"{e.Unit}\"" }.Where(x => x.Length > 0)))],
                // Light: the range the words leave open ("up to": from nothing to the figure; "more than": a stretch past
                // it, stopped short (OpenEndedStretch) so that it does not read as a range that ends at the axis' end).
                [.. charted.Select(e => e.Qualifier switch
                {
                    Qualifier.UpTo => K(e.Value!.Value),
                    Qualifier.MoreThan => K(Math.Min(e.Value!.Value * OpenEndedStretch, axisMax * 1000m)),
                    _ => NoBar(axisMaxText),
                })],
                // Dark: the number given, when it is a count (a floor for "more than").
                [.. charted.Select(e => e.Qualifier is Qualifier.UpTo or Qualifier.Planned ? NoBar(axisMaxText) : K(e.Value!.Value))],
                // Orange: a planned figure, not a count.
                [.. charted.Select(e => e.Qualifier == Qualifier.Planned ? K(e.Value!.Value) : NoBar(axisMaxText))],
                [.. troops.Where(e => e.Value is null).Select(e => NotDrawn("Given only in words, not drawn", e))
                    .Concat(troops.Where(e => e.Rank == Rank.Deprecated && e.Value is not null).Select(e => NotDrawn("Superseded, not drawn", e)))
                    .Concat(troops.Where(e => e.Value is not null && e.Rank != Rank.Deprecated && (!PersonUnits.Contains(e.Unit) || HasOwnScope(e))).Select(e => NotDrawn("Counted otherwise, not drawn", e)))
                    // A count of "people" is drawn with the soldiers, since it is the same estimators' count of the force, and
                    // said here for what it is: the source's word, not said to mean soldiers only.
                    .Concat(charted.Where(e => e.Unit != SeriesUnit).Select(e => new LegendEntry(
                        $"Drawn with the soldiers, though counted as \"{e.Unit}\": {Figure(e)} ({context.Views.Parties(e.Estimators, e.Citations)}, {DateText(e.AsOf)}); the source's word, not said to be soldiers only", context.Cite(e))))]);
        }

        var (groups, others) = Tables(context);
        return new EstimatesModel
        {
            TroopChart = chart,
            Reading = Reading(context, charted, troops),
            Groups = groups,
            Others = others,
            Background = [.. ByDate(context.Selection.Of<Estimate>().Where(e => Background.Contains(e.Quantity)), e => e.AsOf).Select(e => OtherOf(context, e))],
        };
    }

    /// <summary>The units that count people, drawn as one series: "soldiers", and "people" where a source counts the force so.</summary>
    private static readonly HashSet<string> PersonUnits = new(StringComparer.Ordinal) { SeriesUnit, "people" };

    /// <summary>
    /// The quantities that do not bear on the threat or the answers to it (citizens abroad, the length of a call, a count
    /// of past enlargements): kept, but folded on the page. A list in code, since the schema gives quantities no such
    /// grouping; a new quantity is shown open until it is added here.
    /// </summary>
    private static readonly HashSet<MeasuredQuantity> Background = [MeasuredQuantity.CitizensAbroad, MeasuredQuantity.DurationHours, MeasuredQuantity.CountriesJoined];

    /// <summary>
    /// Three sentences read from the troop figures, so that they change with the data: how the counts given move from
    /// the first to the latest, against the planned figure; what the chart draws and which figures it leaves out, and
    /// why (so that the count of the next sentence matches what the reader sees); and that the counts are relayed, not
    /// independent, and come from different estimators. Null with fewer than two counts.
    /// </summary>
    private static string? Reading(BriefingContext context, IReadOnlyList<Estimate> charted, IReadOnlyList<Estimate> troops)
    {
        var counts = charted.Where(e => e.Qualifier != Qualifier.Planned).ToList();
        if (counts.Count < 2)
        {
            return null;
        }

        string Of(Estimate e) => $"{Legends.Trim(Figure(e))} ({context.Views.Parties(e.Estimators, e.Citations)}, {DateText(e.AsOf)})";
        var first = counts[0];
        var last = counts[^1];
        var verb = last.Value > first.Value ? "rise" : last.Value < first.Value ? "fall" : "stay";
        var planned = charted.Where(e => e.Qualifier == Qualifier.Planned).ToList();
        var named = counts.Count(e => context.Views.Named(e.Estimators).Count > 0);
        var estimators = counts.Select(e => context.Views.Parties(e.Estimators, e.Citations)).Distinct(StringComparer.Ordinal).Count();
        // The figures of the quantity the chart leaves out, each with why, as the lines under the chart say.
        var left = troops.Except(charted)
            .GroupBy(e => e.Value is null ? "given only in words" : e.Rank == Rank.Deprecated ? "superseded" : "counted otherwise")
            .Select(g => $"{List([.. g.Select(Of)])} {(g.Count() == 1 ? "is" : "are")} {g.Key}")
            .ToList();
        return $"The counts given {verb} from {Of(first)} to {Of(last)}"
            + (planned.Count == 0 ? "." : $", against a planned {Quantity(planned[0].Value!.Value, planned[0].Unit)} ({context.Views.Parties(planned[0].Estimators, planned[0].Citations)}, {DateText(planned[0].AsOf)}).")
            + $" The chart draws {Plural(counts.Count, "count")}" + (planned.Count == 0 ? "" : $" and {(planned.Count == 1 ? "the planned figure" : Plural(planned.Count, "planned figure"))}")
            + (left.Count == 0 ? "." : $"; {string.Join("; ", left)}, not drawn.")
            + (counts.Count == 2 ? " Both counts are" : $" All {counts.Count} counts are") + $" relayed second-hand by news articles ({named} from governments, {counts.Count - named} unattributed) and none is an independent count"
            + (estimators > 1 ? "; they come from different estimators, so they are not one measured series." : ".");
    }

    /// <summary>
    /// How a figure was stated, as its bar's label says: "up to", "more than (open-ended)", "about", "planned", and
    /// "as stated" for a figure given without a bound word (a round "100,000" is not "exact"): every label says how.
    /// </summary>
    public static string ChartBound(Estimate e) => e.Qualifier switch
    {
        Qualifier.Exact => "as stated",
        Qualifier.MoreThan => $"{e.Qualifier.Label()} (open-ended)",
        _ => e.Qualifier.Label(),
    };

    /// <summary>
    /// How far past a "more than" figure its open part is drawn: a quarter, then stopped, so that the bar does not run to
    /// the axis' end and read as a range (100,000 to 210,000) the words do not give; the label says "open-ended".
    /// </summary>
    public const decimal OpenEndedStretch = 1.25m;

    /// <summary>
    /// A series' value where a figure has no bar of that series: the axis' length below its start. Mermaid's bar charts
    /// have no missing value; a bar of 0 is drawn as a sliver at the axis that reads as a count, and so is one just below
    /// 0 (the axis starts a few pixels in); a bar a whole axis below its start has a negative width and is not drawn.
    /// </summary>
    public static string NoBar(string axisMax) => "-" + axisMax;

    private static string DateText(Dating d) => FactViewBuilder.DateText(d);

    /// <summary>What the chart's bars count: one unit, one series.</summary>
    private const string SeriesUnit = "soldiers";

    /// <summary>
    /// The quantities with two figures or more, each a table of its figures by date, and the quantities with a single
    /// figure, in one table by date. A single figure given in the same sentence as a figure of a table ("more than 140
    /// warships and 10,000 troops") is shown in that table, on the row after it, with what it counts named, so that the
    /// sentence's counts are read together.
    /// </summary>
    private static (List<EstimateTable> Groups, List<OtherFigure> Others) Tables(BriefingContext context)
    {
        var byQuantity = Enum.GetValues<MeasuredQuantity>().Where(q => !Background.Contains(q))
            .Select(q => ByDate(context.Selection.Of<Estimate>().Where(e => e.Quantity == q), e => e.AsOf).ToList())
            .Where(items => items.Count > 0)
            .ToList();
        var grouped = byQuantity.Where(items => items.Count > 1).ToList();
        var single = byQuantity.Where(items => items.Count == 1).Select(items => items[0]).ToList();
        Estimate? Beside(Estimate lone) => SentenceKeys.Of(lone) is var own ? grouped.SelectMany(items => items).FirstOrDefault(e => SentenceKeys.Of(e).Overlaps(own)) : null;
        var joined = single.Select(e => (Figure: e, Beside: Beside(e))).Where(x => x.Beside is not null).ToList();

        var groups = grouped.Select(items => EstimateTable.Of(items[0].Quantity, [.. items.SelectMany(e =>
            new[] { context.Views.EstimateOf(e) }.Concat(joined.Where(x => ReferenceEquals(x.Beside, e)).Select(x => OtherOf(context, x.Figure).Labelled)))])).ToList();
        var others = ByDate(single.Where(e => !joined.Any(x => ReferenceEquals(x.Figure, e))), e => e.AsOf).Select(e => OtherOf(context, e)).ToList();
        return (groups, others);
    }

    private static OtherFigure OtherOf(BriefingContext context, Estimate e) => new(e.Quantity.Label(), context.Views.EstimateOf(e));
}

/// <summary>All figures grouped by what they measure, with a chart of the troop estimates.</summary>
public sealed class EstimatesModel : DocumentModel
{
    public BarChart? TroopChart { get; init; }

    /// <summary>Quantities with two figures or more, a table each.</summary>
    public required IReadOnlyList<EstimateTable> Groups { get; init; }

    /// <summary>Quantities with one figure, in one table.</summary>
    public required IReadOnlyList<OtherFigure> Others { get; init; }

    /// <summary>Figures that do not bear on the threat (citizens abroad, the length of calls, past enlargements), folded.</summary>
    public required IReadOnlyList<OtherFigure> Background { get; init; }

    /// <summary>Two sentences read from the troop figures (the trend, and that the counts are relayed), or null.</summary>
    public string? Reading { get; init; }
}

/// <summary>
/// A Mermaid xychart-beta bar chart of one quantity, horizontal so that each bar's label (date, how the figure was
/// stated, who gave it) reads whole: three bar series drawn one over the other, coloured by the template: a planned
/// figure (orange), the range the words leave open (light), the number given (dark). A row without a bar of a series
/// has <see cref="EstimatesBriefing.NoBar"/> there, which Mermaid does not draw.
/// </summary>
public sealed record BarChart(
    string Key,
    string Title,
    string AxisLabel,
    string AxisMax,
    IReadOnlyList<string> Labels,
    IReadOnlyList<string> Open,
    IReadOnlyList<string> Given,
    IReadOnlyList<string> Planned,
    IReadOnlyList<LegendEntry> NotDrawn) : Crisis.Reporter.Templating.ITemplateView;

/// <summary>A line under a chart: a figure not drawn and why, with the figure's notes.</summary>
public sealed record LegendEntry(string Text, IReadOnlyList<string> Refs) : Crisis.Reporter.Templating.ITemplateView;

/// <summary>
/// The figures of one quantity, by date, as a table: its reader heading, and which columns to show: a column whose
/// value is the same on every row (or empty on every row) is left out, its value said once: the place every figure is
/// for (<see cref="SharedPlace"/>, which the section's reading names when it has one) and who gave them all.
/// </summary>
public sealed record EstimateTable(string Heading, string Key, IReadOnlyList<EstimateView> Items, bool ShowSubject, bool ShowEstimator, bool ShowPlace, string? SharedPlace, string? SharedEstimator) : Crisis.Reporter.Templating.ITemplateView
{
    /// <summary>What every row shares, as a line under the heading ("Where: Russia–Ukraine border area; given by US intelligence."), or null.</summary>
    public string? Shared => Line(SharedPlace is { } place ? $"where: {place}" : null, SharedEstimator);

    /// <summary>What every row shares but the place, for a section whose reading names the place; or null.</summary>
    public string? SharedBesidesPlace => Line(null, SharedEstimator);

    private static string? Line(string? place, string? estimator) =>
        new[] { place, estimator is null ? null : $"given by {estimator}" }.OfType<string>().ToList() is { Count: > 0 } parts ? Capitalise(string.Join("; ", parts)) + "." : null;

    /// <summary>The table of <paramref name="items"/>, all of <paramref name="quantity"/>.</summary>
    public static EstimateTable Of(MeasuredQuantity quantity, IReadOnlyList<EstimateView> items)
    {
        static bool Varies(IEnumerable<string?> values) => values.Distinct(StringComparer.Ordinal).Skip(1).Any();
        // A place column only when every figure has a place and they differ; else the places are in what is counted.
        var showPlace = items.All(i => i.Place is not null) && Varies(items.Select(i => i.Place));
        var sharedPlace = !Varies(items.Select(i => i.Place)) ? items[0].Place : null;
        var showEstimator = Varies(items.Select(i => i.Estimator));
        return new EstimateTable(quantity.Label(), quantity.ToKey(), items, Varies(items.Select(i => i.Subject)), showEstimator, showPlace, sharedPlace, showEstimator ? null : items[0].Estimator);
    }
}

/// <summary>A quantity with a single figure: its reader label and the figure.</summary>
public sealed record OtherFigure(string Quantity, EstimateView Estimate) : Crisis.Reporter.Templating.ITemplateView
{
    /// <summary>The figure with what it counts named before its subject ("Troops in exercises: Russian troops …"), for a table of another quantity.</summary>
    public EstimateView Labelled => Estimate with { Subject = $"{Quantity}: {Estimate.Subject}" };
}
