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
        var reading = Page.IndexOf("**Reading** (from the figures below): ", StringComparison.Ordinal);
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
}
