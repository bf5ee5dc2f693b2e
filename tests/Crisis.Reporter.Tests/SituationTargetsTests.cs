using System.Text.RegularExpressions;
using Crisis.Model;
using Crisis.Reporter.Briefings.Situation;

namespace Crisis.Reporter.Tests;

/// <summary>
/// The situation page, rendered from the real facts, is read in two minutes: at most 1,200 words of body, at most
/// 40 footnotes, and every key event of the last week before the newest source on it.
/// </summary>
public sealed partial class SituationTargetsTests
{
    public const int MaxBodyWords = 1200;
    public const int MaxFootnotes = 40;

    private static readonly string Page = BriefingSnapshotTests.Render(Facts.Catalog, "situation");

    [Fact]
    public void The_body_has_at_most_1200_words()
    {
        var words = PageMeasures.BodyWords(Page);
        Assert.True(words <= MaxBodyWords, $"The situation page has {words} words of body; the target is {MaxBodyWords} at most.");
    }

    [Fact]
    public void The_page_has_at_most_40_footnotes()
    {
        var notes = PageMeasures.Footnotes(Page);
        Assert.True(notes <= MaxFootnotes, $"The situation page has {notes} footnotes; the target is {MaxFootnotes} at most.");
    }

    [Fact]
    public void Every_key_event_of_the_last_week_is_on_the_page()
    {
        var newest = Facts.Catalog.Sources.Select(s => s.Published?.On).OfType<PartialDate>().Max().End;
        var from = newest.AddDays(1 - SituationBriefing.WindowDays);
        var keyEvents = Facts.Catalog.Events
            .Where(e => e.Salience == Salience.Key && e.Status is null or EventStatus.TookPlace && e.Date is { } d && d.On.Start >= from && d.On.Start <= newest)
            .ToList();
        var body = PageMeasures.Body(Page);
        foreach (var e in keyEvents)
        {
            Assert.True(body.Contains(Markdown(e.Title), StringComparison.Ordinal), $"The situation page leaves out a key event of the last week: {FactLocation.Describe(e)}.");
        }
    }

    /// <summary>
    /// Rules that hold for any correct fact base (today's values, such as the as-of date, are in the snapshot): the page
    /// is as of the newest source, shows nothing scheduled or planned as news, and lists every watch item.
    /// </summary>
    [Fact]
    public void The_page_is_as_of_the_newest_source_and_shows_nothing_ahead_as_done()
    {
        var newest = Facts.Catalog.Sources.Where(s => s.Published is not null).MaxBy(s => (s.Published!.Latest ?? s.Published.On).End)!;
        var asOf = Markdown(Crisis.Reporter.Text.DateDisplay.Format(newest.Published));
        Assert.True(Page.StartsWith($"# Situation briefing: the Russia–Ukraine crisis, as of {asOf}\n", StringComparison.Ordinal), $"The situation page's title is not as of the newest source, {FactLocation.Describe(newest)}.");
        Assert.Contains($"Information cut-off: {asOf} (the newest source)", Section(Page, "**Bottom line**"), StringComparison.Ordinal);
        var changed = Section(Page, "## What else changed");
        foreach (var e in Facts.Catalog.Events.Where(e => e.Status is EventStatus.Scheduled or EventStatus.Planned))
        {
            Assert.False(
                changed.Contains(Markdown(e.Title), StringComparison.Ordinal),
                $"\"What changed\" shows {FactLocation.Describe(e)}, which is {e.Status!.Value.ToKey()}: an event ahead is never news.");
        }

        var watch = Section(Page, "## Indicators to watch");
        Assert.Contains("Scholz", watch, StringComparison.Ordinal);
        foreach (var item in Facts.Catalog.WatchItems)
        {
            Assert.True(watch.Contains(Markdown(item.Title), StringComparison.Ordinal), $"\"Indicators to watch\" leaves out {FactLocation.Describe(item)}.");
        }
    }

    [Fact]
    public void The_title_is_dated_and_the_bottom_line_comes_first()
    {
        var lines = Page.Split('\n');
        Assert.Matches(@"^# .+, as of .*\d{1,2}[ –].*[A-Z][a-z]{2} \d{4}$", lines[0]);
        // The first paragraph is the bottom line: the assessment with its likelihood and confidence, the change that
        // matters most, and the cut-off; two or three sentences.
        var bluf = lines[2];
        Assert.StartsWith("**Bottom line** (analysts' judgment, *", bluf, StringComparison.Ordinal);
        Assert.Contains("* confidence): ", bluf, StringComparison.Ordinal);
        Assert.Contains("The week's weightiest change: ", bluf, StringComparison.Ordinal);
        Assert.Matches(@"Information cut-off: [^.]+ \(the newest source\)\.$", bluf);
        var sentences = SentenceEndRegex().Count(PageMeasures.Body(bluf));
        Assert.InRange(sentences, 2, 3);
    }

    [Fact]
    public void Each_fact_is_shown_once_below_the_bottom_line()
    {
        // The bottom line sums the page up; below it, an event, a claim, a demand or an assessment is told in one place.
        var body = PageMeasures.Body(Page[Page.IndexOf("\n## Key judgments", StringComparison.Ordinal)..]);
        var cat = Facts.Catalog;
        var texts = cat.Events.Select(e => e.Title).Concat(cat.Claims.Select(c => c.Text)).Concat(cat.Demands.Select(d => Briefings.Shared.Wording.MainClause(d.Text)))
            .Concat(cat.Assessments.Select(a => a.Text)).Concat(cat.Statements.Select(s => s.Summary))
            .Select(t => Markdown(t).TrimEnd('.')).Where(t => t.Split(' ').Length >= 4).Distinct(StringComparer.Ordinal);
        var repeated = texts.Where(t => Occurrences(body, t) > 1).ToList();
        Assert.True(repeated.Count == 0, "Shown more than once: " + string.Join(" | ", repeated));
        Assert.True(Occurrences("a b c d. a b c d", "a b c d") == 2, "the count counts");
    }

    private static int Occurrences(string text, string value)
    {
        var n = 0;
        for (var i = text.IndexOf(value, StringComparison.Ordinal); i >= 0; i = text.IndexOf(value, i + value.Length, StringComparison.Ordinal))
        {
            n++;
        }

        return n;
    }

    [GeneratedRegex(@"[.!?](?=\s|$)")]
    private static partial Regex SentenceEndRegex();

    [Fact]
    public void The_measures_count_what_they_say()
    {
        const string sample = "# T\n\nOne two three[^S1-1-1-0a1b].\n\n```mermaid\nxychart-beta\n```\n\n### Legends\n\nFour five.\n\n[^S1-1-1-0a1b]: S1 ¶1 s.1 · B2 six seven\n";
        Assert.Equal(4, PageMeasures.BodyWords(sample));
        Assert.Equal(1, PageMeasures.Footnotes(sample));
    }

    private static string Section(string page, string heading)
    {
        var start = page.IndexOf(heading, StringComparison.Ordinal);
        Assert.True(start >= 0, $"No section '{heading}'.");
        var end = page.IndexOf("\n## ", start + heading.Length, StringComparison.Ordinal);
        return end < 0 ? page[start..] : page[start..end];
    }

    // Titles reach the page escaped for Markdown; compare on the escaped form.
    private static string Markdown(string text) => Crisis.Reporter.Text.MarkdownEncoder.Escape(text);
}
