using Crisis.Model;

namespace Crisis.Reporter.Tests;

/// <summary>
/// The measures page, rendered from the real facts: a trigger only where a measure waits on one, and what limits a
/// type of measure (the allies' differences over sanctions) told under it, cited.
/// </summary>
public sealed class MeasuresTargetsTests
{
    private static readonly string Page = BriefingSnapshotTests.Render(Facts.Catalog, "measures");

    [Fact]
    public void A_trigger_is_given_only_for_a_threatened_or_prepared_measure_and_never_left_as_a_dash()
    {
        var checkedRows = 0;
        foreach (var m in Facts.Catalog.Measures)
        {
            var title = Crisis.Reporter.Text.MarkdownEncoder.Escape(m.Title);
            var row = Page.Split('\n').Single(l => l.StartsWith("| " + title, StringComparison.Ordinal));
            var header = Header(row);
            if (!header.EndsWith("| Trigger |", StringComparison.Ordinal))
            {
                continue;
            }

            checkedRows++;
            var trigger = row.TrimEnd('|', ' ')[(row.TrimEnd('|', ' ').LastIndexOf(" | ", StringComparison.Ordinal) + 3)..];
            if (m.Stage is MeasureStage.Threatened or MeasureStage.Prepared)
            {
                Assert.True(trigger.Length > 1 && trigger != "—", $"{FactLocation.Describe(m)} waits on a trigger the row does not give: {row}");
            }
            else
            {
                Assert.True(row.EndsWith("|  |", StringComparison.Ordinal), $"{FactLocation.Describe(m)} is {m.Stage.ToKey()}, yet the row gives a trigger: {row}");
            }
        }

        Assert.True(checkedRows >= 5, $"only {checkedRows} rows have a trigger column");
    }

    [Fact]
    public void The_allies_differences_over_sanctions_are_a_caveat_under_Sanction()
    {
        var sanction = Page[Page.IndexOf("## Sanction", StringComparison.Ordinal)..Page.IndexOf("## Aid", StringComparison.Ordinal)];
        var disagreements = Facts.Catalog.Events.Where(e => e.Type == EventType.Disagreement && e.Topics.Contains(Topic.Economic)).ToList();
        Assert.NotEmpty(disagreements);
        foreach (var e in disagreements)
        {
            Assert.Contains($"**Caveat:** {Crisis.Reporter.Text.MarkdownEncoder.Escape(e.Title)}[^", sanction, StringComparison.Ordinal);
        }
    }

    /// <summary>The header row of the table a row belongs to.</summary>
    private static string Header(string row)
    {
        var lines = Page.Split('\n');
        var i = Array.IndexOf(lines, row);
        while (i > 0 && !lines[i - 1].StartsWith("| ---", StringComparison.Ordinal))
        {
            i--;
        }

        return lines[i - 2];
    }
}
