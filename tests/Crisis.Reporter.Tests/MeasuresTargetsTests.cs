using Crisis.Model;

namespace Crisis.Reporter.Tests;

/// <summary>
/// The measures page, rendered from the real facts: a trigger, or one wording for none, on every row of a table with
/// a trigger column; who took a measure as the data says; and what limits a
/// type of measure (the allies' differences over sanctions) told under it, cited.
/// </summary>
public sealed class MeasuresTargetsTests
{
    private static readonly string Page = BriefingSnapshotTests.Render(Facts.Catalog, "measures");

    /// <summary>
    /// A trigger cell says one thing when the sources give none (never blank in one row and "not stated" in another),
    /// and a threatened or prepared measure's is never a dash.
    /// </summary>
    [Fact]
    public void Every_trigger_cell_gives_the_trigger_or_one_wording_for_none()
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
            var expected = m.Condition is { } condition ? Crisis.Reporter.Text.MarkdownEncoder.Escape(condition) : "not stated in the sources";
            Assert.True(trigger == expected, $"{FactLocation.Describe(m)}: the trigger cell reads \"{trigger}\", not \"{expected}\": {row}");
        }

        Assert.True(checkedRows >= 5, $"only {checkedRows} rows have a trigger column");
    }

    /// <summary>
    /// A measure the sources do not date shows when they first reported it, as on every other page (never "undated" while
    /// a citing article has a date), and every stage word a row uses is explained above the tables with the schema's meaning.
    /// </summary>
    [Fact]
    public void Undated_measures_show_their_report_date_and_every_stage_used_is_explained()
    {
        var undated = Facts.Catalog.Measures.Where(m => m.Date is null).ToList();
        Assert.NotEmpty(undated);
        foreach (var m in undated)
        {
            var row = Page.Split('\n').Single(l => l.StartsWith("| " + Crisis.Reporter.Text.MarkdownEncoder.Escape(m.Title), StringComparison.Ordinal));
            Assert.DoesNotContain("| undated |", row, StringComparison.Ordinal);
            Assert.Contains("| reported ", row, StringComparison.Ordinal);
        }

        var intro = Page.Split('\n').Single(l => l.StartsWith("The stages are", StringComparison.Ordinal));
        foreach (var stage in Facts.Catalog.Measures.Select(m => m.Stage).Distinct())
        {
            Assert.Contains($"*{stage.Label()}*: {Crisis.Reporter.Briefings.Shared.Legends.Trim(stage.Describe())}", intro, StringComparison.Ordinal);
        }
    }

    /// <summary>
    /// Each table reads in the order things happened: by the date its row shows (the measure's own, else the day the
    /// sources first reported it), a year before its months (round 4: "Dec 2021" above "2021" in the aid table).
    /// </summary>
    [Fact]
    public void Every_table_is_in_date_order()
    {
        var model = new Crisis.Reporter.Briefings.Measures.MeasuresBriefing().Model(Facts.Catalog, Crisis.Reporter.Selection.BriefingFilter.None);
        var views = new Crisis.Reporter.Briefings.Shared.BriefingContext(new Crisis.Reporter.Selection.FactSelection(Facts.Catalog, Crisis.Reporter.Selection.BriefingFilter.None)).Views;
        foreach (var group in model.Groups)
        {
            var dates = group.Items.Select(i => views.WhenOf(Facts.Catalog.Measures.Single(m => m.Id.Value == i.Id))!.On).ToList();
            Assert.True(dates.SequenceEqual(dates.Order()), $"{group.Type}: rows not in date order: {string.Join(", ", group.Items.Select(i => i.Date))}");
        }
    }

    /// <summary>
    /// Every force a state sent or put on alert, counted among the estimates, is a row of the Deployment table, from the
    /// same sentence (round 4: the 8,500 US troops on alert were only "not among" the 3,000 there).
    /// </summary>
    [Fact]
    public void Every_troop_count_deployed_or_on_alert_is_a_deployment_measure()
    {
        var deployments = Facts.Catalog.Measures.Where(m => m.Type == MeasureType.Deployment && m.Troops is not null).ToList();
        foreach (var e in Facts.Catalog.Estimates.Where(e => e.Quantity is MeasuredQuantity.TroopsDeployed or MeasuredQuantity.TroopsOnAlert))
        {
            var sentences = Crisis.Reporter.Briefings.Shared.SentenceKeys.Of(e);
            var measure = deployments.FirstOrDefault(m => m.Troops == (int?)e.Value && Crisis.Reporter.Briefings.Shared.SentenceKeys.Of(m).Overlaps(sentences));
            Assert.True(measure is not null, $"{FactLocation.Describe(e)}: {e.Value} troops, but no deployment measure of that size cites its sentence.");
            Assert.Contains("| " + Crisis.Reporter.Text.MarkdownEncoder.Escape(measure!.Title), Page, StringComparison.Ordinal);
        }
    }

    /// <summary>
    /// Who took a measure, as the data says: a collective the sources leave unnamed is "other …" beside the parties
    /// named, never dropped (the Crimea sanctions are not the United States' alone) nor counting a named member twice.
    /// </summary>
    [Fact]
    public void A_collective_left_unnamed_is_the_others_beside_the_parties_named()
    {
        var rows = Page.Split('\n');
        var crimea = rows.Single(l => l.StartsWith("| Sanctions against Russia after the annexation of Crimea", StringComparison.Ordinal));
        Assert.Contains("| United States and other states |", crimea, StringComparison.Ordinal);
        var package = rows.Single(l => l.StartsWith("| US and European partners prepare", StringComparison.Ordinal));
        Assert.Contains("| United States, France and other European countries |", package, StringComparison.Ordinal);
    }

    /// <summary>The column of whom or where a measure is aimed at is headed as its type reads: "Where" for a diplomatic measure at Kyiv or Lviv.</summary>
    [Fact]
    public void The_target_column_is_headed_as_the_type_reads()
    {
        string HeaderOf(string section) => Page[Page.IndexOf(section, StringComparison.Ordinal)..].Split('\n').First(l => l.StartsWith("| Measure |", StringComparison.Ordinal));
        Assert.StartsWith("| Measure | Stage | By | Against |", HeaderOf("## Sanction"), StringComparison.Ordinal);
        Assert.StartsWith("| Measure | Stage | By | To |", HeaderOf("## Aid"), StringComparison.Ordinal);
        Assert.StartsWith("| Measure | Stage | By | Where |", HeaderOf("## Diplomatic"), StringComparison.Ordinal);
        Assert.DoesNotContain("Against or to", Page, StringComparison.Ordinal);
    }

    [Fact]
    public void The_allies_differences_over_sanctions_are_a_caveat_under_Sanction()
    {
        var sanction = Page[Page.IndexOf("## Sanction", StringComparison.Ordinal)..Page.IndexOf("## Aid", StringComparison.Ordinal)];
        var disagreements = Facts.Catalog.Events.Where(e => e.Type == EventType.Disagreement && e.Topics.Contains(Topic.Economic)).ToList();
        Assert.NotEmpty(disagreements);
        foreach (var e in disagreements)
        {
            // Dated, by the day it was reported when the sources give it no date of its own.
            Assert.Matches(System.Text.RegularExpressions.Regex.Escape($"**Caveat:** {Crisis.Reporter.Text.MarkdownEncoder.Escape(e.Title)} (") + @"[^)]*\d{4}\)\[\^", sanction);
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
