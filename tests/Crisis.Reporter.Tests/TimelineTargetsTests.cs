using System.Text.RegularExpressions;
using Crisis.Model;
using Crisis.Reporter.Briefings.Timeline;
using Crisis.Reporter.Selection;

namespace Crisis.Reporter.Tests;

/// <summary>
/// The timeline reads at GitHub's width: its diagram has at most twelve columns, in time order, of key and major
/// events only, each label a few words; in the list, each title is on its own line with its summary under it.
/// </summary>
public sealed partial class TimelineTargetsTests
{
    private static readonly TimelineModel Model = new TimelineBriefing().Model(Facts.Catalog, BriefingFilter.None);
    private static readonly string Page = BriefingSnapshotTests.Render(Facts.Catalog, "timeline");

    [Fact]
    public void The_diagram_has_at_most_twelve_columns_in_time_order()
    {
        var periods = Model.Chart.Periods;
        Assert.InRange(periods.Count, 2, Math.Min(12, TimelineChart.MaxColumns));
        Assert.True(periods.Zip(periods.Skip(1)).All(p => string.CompareOrdinal(p.First.Start, p.Second.Start) < 0), string.Join(", ", periods.Select(p => p.Label)));
        // As drawn: one Mermaid line per column.
        var block = Regex.Match(Page, "```mermaid\n(.*?)```", RegexOptions.Singleline).Groups[1].Value;
        Assert.Equal(periods.Count, block.Split('\n').Count(l => l.StartsWith("    ", StringComparison.Ordinal) && (l.Contains(" : ", StringComparison.Ordinal) || l.Trim() == TimelineChart.Gap)));
    }

    /// <summary>At most four boxes a column, the key events kept first; skipped weeks shown as a "…" column.</summary>
    [Fact]
    public void A_column_has_at_most_four_entries_and_skipped_weeks_show()
    {
        var periods = Model.Chart.Periods;
        Assert.All(periods, p => Assert.InRange(p.Entries.Count, 0, TimelineChart.MaxEntries));
        var key = Facts.Catalog.Events.Where(e => e.Salience == Salience.Key).Select(TimelineChart.LabelOf).ToHashSet(StringComparer.Ordinal);
        var major = Facts.Catalog.Events.Where(e => e.Salience == Salience.Major).Select(TimelineChart.LabelOf).ToHashSet(StringComparer.Ordinal);
        foreach (var p in periods.Where(p => p.Label.Contains("in the list)", StringComparison.Ordinal)))
        {
            // A full column keeps its key events before any major one.
            var entries = p.Entries.Select(e => AheadRegex().Replace(e, "")).ToList();
            Assert.False(entries.Any(major.Contains) && p.Entries.Count < TimelineChart.MaxEntries, p.Label);
        }

        Assert.Contains(periods, p => p.Label.Contains("in the list)", StringComparison.Ordinal));
        Assert.NotEmpty(key);
        var starts = periods.Select(p => DateOnly.Parse(p.Start, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        for (var i = 1; i < periods.Count; i++)
        {
            Assert.True(
                starts[i] == starts[i - 1].AddDays(7) || periods[i].Label == TimelineChart.Gap || periods[i - 1].Label == TimelineChart.Gap,
                $"The diagram jumps from {periods[i - 1].Label} to {periods[i].Label} with no \"…\" column.");
        }
    }

    /// <summary>Labels of a few words, never cut with "…"; "(scheduled)" only for what is after the as-of date.</summary>
    [Fact]
    public void Labels_are_whole_and_only_what_is_ahead_is_scheduled()
    {
        var entries = Model.Chart.Periods.SelectMany(p => p.Entries).ToList();
        Assert.DoesNotContain(entries, e => e.Contains('…'));
        var newest = Facts.Catalog.Sources.Select(s => s.Published).OfType<Dating>().Max(d => (d.Latest ?? d.On).End);
        foreach (var e in Facts.Catalog.Events.Where(e => e.Date is { } d && d.On.Precision == DatePrecision.Day))
        {
            var marked = entries.Contains(TimelineChart.LabelOf(e) + " (scheduled)") || entries.Contains(TimelineChart.LabelOf(e) + " (planned)");
            Assert.False(marked && e.Date!.On.Start <= newest, $"{FactLocation.Describe(e)} is marked as ahead in the diagram, but it is dated on or before the newest source.");
        }

        // In the list too: a scheduled event dated on or before the newest source is "reported as scheduled" (no source
        // says it took place), never told as still to come.
        var listed = Page.Split('\n').Where(l => l.StartsWith("- **", StringComparison.Ordinal)).ToList();
        foreach (var e in Facts.Catalog.Events.Where(e => e.Status is { } s && s != EventStatus.TookPlace && e.Date is { } d && d.On.Start <= newest))
        {
            var line = Assert.Single(listed, l => l.Contains($"**{e.Title}**", StringComparison.Ordinal));
            Assert.Contains($"(reported as {e.Status!.Value.Label()})", line, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_diagram_shows_key_and_major_events_only_with_labels_of_a_few_words()
    {
        var minor = Facts.Catalog.Events.Where(e => e.Salience == Salience.Minor).Select(e => TimelineChart.Short(e.Title)).ToHashSet(StringComparer.Ordinal);
        var entries = Model.Chart.Periods.SelectMany(p => p.Entries).ToList();
        Assert.NotEmpty(entries);
        Assert.DoesNotContain(entries, e => minor.Contains(AheadRegex().Replace(e, "")));
        Assert.All(entries, e => Assert.InRange(AheadRegex().Replace(e, "").Replace(" …", "", StringComparison.Ordinal).Split(' ').Length, 1, TimelineChart.MaxLabelWords));
    }

    [Theory]
    [InlineData("Blinken and Lavrov hold talks in Geneva", "Blinken and Lavrov hold talks in Geneva")]
    [InlineData("US places 8,500 troops on heightened alert for the NATO Response Force", "US places 8,500 troops on heightened alert")]
    [InlineData("Russian naval exercises in the Black Sea, with six landing ships moved there", "Russian naval exercises in the Black Sea")]
    [InlineData("The Washington Post reports US intelligence on a Russian plan to mass 175,000 troops", "The Washington Post reports US intelligence on a Russian plan …")]
    public void A_long_title_is_cut_at_a_phrase_that_qualifies_it(string title, string label) => Assert.Equal(label, TimelineChart.Short(title));

    [Fact]
    public void In_the_list_the_title_is_on_its_own_line()
    {
        var items = Page.Split('\n').Where(l => l.StartsWith("- ", StringComparison.Ordinal) && l.Contains("**", StringComparison.Ordinal) && !l.Contains("](sources.md", StringComparison.Ordinal)).ToList();
        Assert.True(items.Count > 40, $"{items.Count} events listed");
        // A hard line break (a backslash at the end) puts the summary on the next line; no metadata prose.
        Assert.All(items, l => Assert.EndsWith("\\", l, StringComparison.Ordinal));
        Assert.DoesNotMatch(@"who: |where: |date (stated|inferred|public record)\)", Page);
        // No curators' cross-references or captions told as events.
        Assert.DoesNotMatch(@"what he named is|what he added is|his words are his|[Pp]hoto caption (shows|of)", Page);
    }

    /// <summary>
    /// The header's range reaches as far as the list: past the as-of date, "with events scheduled to" the last date
    /// listed; and a scheduled event's title says "scheduled" once, the mark after it ("Scholz due to visit … (scheduled)"
    /// said it twice).
    /// </summary>
    [Fact]
    public void The_header_covers_what_the_list_schedules_and_says_scheduled_once()
    {
        var newest = Facts.Catalog.Sources.Select(s => s.Published).OfType<Dating>().Max(d => (d.Latest ?? d.On).End);
        var last = Facts.Catalog.Events.Select(e => e.Date).OfType<Dating>().Max(d => (d.Latest ?? d.On).End);
        Assert.True(last > newest, "The real facts list events scheduled after the newest source.");
        var header = Assert.Single(Page.Split('\n'), l => l.StartsWith("**As of**", StringComparison.Ordinal));
        Assert.EndsWith($"· **Covers** 1999 – {Crisis.Reporter.Text.DateDisplay.Format(newest)}, with events scheduled to {Crisis.Reporter.Text.DateDisplay.Format(last)}", header, StringComparison.Ordinal);
        var scheduled = Page.Split('\n').Where(l => l.StartsWith("- **", StringComparison.Ordinal) && l.Contains("(scheduled)", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(scheduled);
        Assert.All(scheduled, l => Assert.DoesNotMatch(@"\*\*[^*]*\b(due to|scheduled to|set to)\b[^*]*\*\* \(scheduled\)", l));
    }

    [GeneratedRegex(@" \((scheduled|planned|expected)\)$")]
    private static partial Regex AheadRegex();
    /// <summary>Dark text on every section colour of the diagram: Mermaid's default writes white on its pale lilac and pink.</summary>
    [Fact]
    public void The_diagram_labels_are_dark_on_every_section_colour()
    {
        var block = Regex.Match(Page, "```mermaid\n(.*?)```", RegexOptions.Singleline).Groups[1].Value;
        for (var i = 0; i < 12; i++)
        {
            Assert.Contains($"    cScaleLabel{i}: \"#1f2328\"\n", block, StringComparison.Ordinal);
        }
    }

    /// <summary>An event the sources give no date of is listed under the day it was reported, in that month; "Undated" holds only what no article dates.</summary>
    [Fact]
    public void An_undated_event_is_listed_under_the_day_it_was_reported()
    {
        var undated = Facts.Catalog.Events.Where(e => e.Date is null).ToList();
        Assert.NotEmpty(undated);
        foreach (var e in undated)
        {
            var published = e.Citations.Select(c => Facts.Catalog[c.Source].Published).OfType<Dating>().OrderBy(d => d.On).FirstOrDefault();
            var line = Page.Split('\n').Single(l => l.Contains($"**{Crisis.Reporter.Text.MarkdownEncoder.Escape(e.Title)}**", StringComparison.Ordinal));
            if (published is null)
            {
                continue;
            }

            Assert.StartsWith($"- **reported {Crisis.Reporter.Text.MarkdownEncoder.Escape(Crisis.Reporter.Text.DateDisplay.Format(published))}** · ", line, StringComparison.Ordinal);
            var month = Page[..Page.IndexOf(line, StringComparison.Ordinal)].Split('\n').Last(l => l.StartsWith("## ", StringComparison.Ordinal));
            Assert.Equal("## " + Crisis.Reporter.Text.DateDisplay.MonthOf(published.On), month);
        }

        Assert.DoesNotContain("\n## Undated\n", Page, StringComparison.Ordinal);
    }
}
