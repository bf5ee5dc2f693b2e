using Crisis.Model;
using Crisis.Reporter.Briefings.Estimates;
using Crisis.Reporter.Selection;

namespace Crisis.Reporter.Tests;

/// <summary>
/// The estimates page, rendered from the real facts: a reading of the troop figures above the chart, made from them; the
/// December "up to" count drawn; figures that do not bear on the threat folded.
/// </summary>
public sealed class EstimatesTargetsTests
{
    private static readonly string Page = BriefingSnapshotTests.Render(Facts.Catalog, "estimates");

    [Fact]
    public void A_reading_made_from_the_figures_comes_before_the_chart()
    {
        var reading = Page.IndexOf("**Reading** (from the figures below, all for the Russia–Ukraine border area): ", StringComparison.Ordinal);
        Assert.True(reading >= 0 && reading < Page.IndexOf("```mermaid", StringComparison.Ordinal), "No reading above the troop chart.");
        var line = Page[reading..Page.IndexOf('\n', reading)];
        Assert.Contains("relayed second-hand", line, StringComparison.Ordinal);
        Assert.Contains("none is an independent count", line, StringComparison.Ordinal);
        // Made from the data: the latest count named is the latest count in the facts.
        var latest = Facts.Catalog.Estimates.Where(e => e.Quantity == MeasuredQuantity.TroopsNearUkraine && e.Value is not null && e.Qualifier != Qualifier.Planned && e.Rank != Rank.Deprecated)
            .MaxBy(e => e.AsOf.On.Start)!;
        Assert.Contains(latest.Value!.Value.ToString("#,0", System.Globalization.CultureInfo.InvariantCulture), line, StringComparison.Ordinal);
        // A changed figure changes the reading.
        var changed = new FactCatalog(Facts.Catalog.All.Select(f => ReferenceEquals(f, latest) ? latest with { Value = 150000 } : f));
        Assert.Contains("150,000", BriefingSnapshotTests.Render(changed, "estimates"), StringComparison.Ordinal);
    }

    /// <summary>
    /// The reading's count is of what the chart draws (round 4: "All 5" beside 6 bars and 7 rows): it says how many counts
    /// are drawn, that the planned figure is aside, and names each figure of the table the chart leaves out, and why.
    /// </summary>
    [Fact]
    public void The_reading_says_what_its_count_counts()
    {
        var model = new EstimatesBriefing().Model(Facts.Catalog, BriefingFilter.None);
        var bars = model.TroopChart!.Labels.Count;
        var planned = model.TroopChart.Labels.Count(l => l.Contains(" · planned · ", StringComparison.Ordinal));
        Assert.Contains($"The chart draws {bars - planned} counts and the planned figure", model.Reading, StringComparison.Ordinal);
        Assert.Contains($"All {bars - planned} counts are relayed", model.Reading, StringComparison.Ordinal);
        foreach (var inWords in Facts.Catalog.Estimates.Where(e => e.Quantity == MeasuredQuantity.TroopsNearUkraine && e.Value is null))
        {
            Assert.Contains($"{inWords.StatedAs}", model.Reading, StringComparison.Ordinal);
        }

        Assert.Contains("is given only in words, not drawn.", model.Reading, StringComparison.Ordinal);
    }

    /// <summary>
    /// A table of several kinds of figure reads by date (round 4: "Other figures" was in the order of its kinds), and a
    /// figure given in the same sentence as a figure of another table is shown beside it there (the 10,000 troops with the
    /// 140 warships of S4 ¶23 s.2), never alone under "Other figures".
    /// </summary>
    [Fact]
    public void Mixed_tables_read_by_date_and_a_sentences_figures_stay_together()
    {
        var model = new EstimatesBriefing().Model(Facts.Catalog, BriefingFilter.None);
        Estimate Of(Crisis.Reporter.Briefings.Shared.EstimateView v) => Facts.Catalog.Estimates.Single(e => e.Id.Value == v.Id);
        foreach (var table in new[] { model.Others, model.Background })
        {
            var dates = table.Select(o => Of(o.Estimate).AsOf.On).ToList();
            Assert.True(dates.SequenceEqual(dates.Order()), "Not in date order: " + string.Join(", ", table.Select(o => o.Estimate.AsOf)));
        }

        var grouped = model.Groups.SelectMany(g => g.Items).Select(Of).ToList();
        foreach (var other in model.Others.Select(o => Of(o.Estimate)))
        {
            Assert.DoesNotContain(grouped, e => Crisis.Reporter.Briefings.Shared.SentenceKeys.Of(e).Overlaps(Crisis.Reporter.Briefings.Shared.SentenceKeys.Of(other)));
        }

        var ships = model.Groups.Single(g => g.Key == MeasuredQuantity.ExerciseShips.ToKey()).Items.ToList();
        var warships = ships.FindIndex(v => v.Figure.StartsWith("more than 140", StringComparison.Ordinal));
        Assert.StartsWith("10,000 soldiers", ships[warships + 1].Figure, StringComparison.Ordinal);
        Assert.StartsWith("Troops in exercises: ", ships[warships + 1].Subject, StringComparison.Ordinal);
    }

    [Fact]
    public void The_up_to_count_in_people_is_drawn_and_its_word_explained()
    {
        var model = new EstimatesBriefing().Model(Facts.Catalog, BriefingFilter.None);
        var i = model.TroopChart!.Labels.ToList().FindIndex(l => l.Contains("up to", StringComparison.Ordinal));
        Assert.True(i >= 0, "The 'up to' count is not drawn.");
        Assert.NotEqual("0", model.TroopChart.Open[i]);
        Assert.Contains(model.TroopChart.NotDrawn, n => n.Text.StartsWith("Drawn with the soldiers, though counted as \"people\"", StringComparison.Ordinal));
    }

    [Fact]
    public void Background_figures_are_folded()
    {
        var folded = Page[Page.IndexOf("<details><summary>Background figures", StringComparison.Ordinal)..Page.IndexOf("</details>", StringComparison.Ordinal)];
        foreach (var words in new[] { "Japanese citizens", "Length of talks or calls", "joined NATO" })
        {
            Assert.Contains(words, folded, StringComparison.Ordinal);
            Assert.Equal(Page.IndexOf(words, StringComparison.Ordinal), Page.IndexOf(words, StringComparison.Ordinal) is var at && folded.Contains(words, StringComparison.Ordinal) ? at : -1);
        }
    }
    /// <summary>The troop chart's Mermaid lines: its labels and its bar series.</summary>
    private static string[] ChartLines => Page[Page.IndexOf("xychart-beta", StringComparison.Ordinal)..Page.IndexOf("```", Page.IndexOf("xychart-beta", StringComparison.Ordinal), StringComparison.Ordinal)].Split('\n');

    private static List<decimal[]> Series => [.. ChartLines.Where(l => l.TrimStart().StartsWith("bar [", StringComparison.Ordinal))
        .Select(l => l.Trim()["bar [".Length..^1].Split(", ").Select(v => decimal.Parse(v, System.Globalization.CultureInfo.InvariantCulture)).ToArray())];

    /// <summary>
    /// Mermaid draws a bar of 0, or just below it, as a sliver at the axis, which reads as a count (seen in the 880 px
    /// screenshot): a row without a bar of a series has one a whole axis below its start, which is not drawn.
    /// </summary>
    [Fact]
    public void No_bar_of_zero_is_drawn()
    {
        Assert.Equal(3, Series.Count);
        foreach (var series in Series)
        {
            Assert.All(series, v => Assert.True(v > 0 || v <= -AxisMax, $"a bar of {v}, drawn as a sliver at the axis"));
        }
    }

    private static decimal AxisMax
    {
        get
        {
            var axis = ChartLines.Single(l => l.TrimStart().StartsWith("y-axis", StringComparison.Ordinal));
            return decimal.Parse(axis[(axis.LastIndexOf("--> ", StringComparison.Ordinal) + 4)..].Trim(), System.Globalization.CultureInfo.InvariantCulture);
        }
    }

    /// <summary>"More than" gives no upper bound: its open part stops short of the axis' end, and its label says open-ended.</summary>
    [Fact]
    public void A_more_than_bar_stops_short_of_the_axis_end_and_says_open_ended()
    {
        var max = AxisMax;
        var labels = Labels;
        var open = Series[1];
        var checkedBars = 0;
        for (var i = 0; i < labels.Count; i++)
        {
            if (labels[i].Contains("more than", StringComparison.Ordinal))
            {
                checkedBars++;
                Assert.Contains("more than (open-ended)", labels[i], StringComparison.Ordinal);
                Assert.True(open[i] < max * 0.9m, $"The open part of \"{labels[i]}\" runs to {open[i]}, near the axis' end ({max}): it reads as a range the words do not give.");
                Assert.True(open[i] > Series[2][i], $"The open part of \"{labels[i]}\" does not reach past its figure.");
            }
        }

        Assert.True(checkedBars >= 2, $"only {checkedBars} \"more than\" bars");
    }

    private static List<string> Labels
    {
        get
        {
            var xAxis = ChartLines.Single(l => l.TrimStart().StartsWith("x-axis [", StringComparison.Ordinal)).Trim();
            return [.. xAxis["x-axis [\"".Length..^2].Split("\", \"")];
        }
    }

    /// <summary>Every bar's label says how its figure was worded, the exact ones too.</summary>
    [Fact]
    public void Every_chart_label_carries_its_wording()
    {
        string[] words = ["planned", "up to", "more than (open-ended)", "about", "as stated"];
        foreach (var label in Labels)
        {
            var parts = label.Split(" · ");
            Assert.True(parts.Length >= 3 && words.Contains(parts[1]), $"The chart label \"{label}\" does not say how its figure was worded (one of {string.Join(", ", words)}, after the date).");
        }
    }

    /// <summary>One column order on every table of the page, "As of" first; what every troop figure shares is said in the reading, not on a line alone.</summary>
    [Fact]
    public void Every_table_puts_As_of_first_and_no_Where_line_stands_alone()
    {
        var headers = Page.Split('\n').Where(l => l.StartsWith("| ", StringComparison.Ordinal) && Page.Contains(l + "\n| --- |", StringComparison.Ordinal)).ToList();
        Assert.True(headers.Count >= 5, $"only {headers.Count} tables");
        Assert.All(headers, h => Assert.StartsWith("| As of | Figure |", h, StringComparison.Ordinal));
        Assert.DoesNotContain("\nWhere: ", Page, StringComparison.Ordinal);
    }
}
