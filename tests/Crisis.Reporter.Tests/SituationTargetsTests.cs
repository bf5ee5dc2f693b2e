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
        Assert.NotEmpty(keyEvents);
        var body = PageMeasures.Body(Page);
        Assert.All(keyEvents, e => Assert.Contains(Markdown(e.Title), body, StringComparison.Ordinal));
    }

    [Fact]
    public void The_page_is_as_of_the_newest_source_and_shows_nothing_ahead_as_done()
    {
        Assert.StartsWith("# Situation briefing: the Russia–Ukraine crisis, as of \\~13 Feb 2022\n", Page, StringComparison.Ordinal);
        Assert.Contains("Information cut-off: \\~13 Feb 2022 (the newest source)", Section(Page, "**Bottom line**"), StringComparison.Ordinal);
        var changed = Section(Page, "## What else changed");
        foreach (var e in Facts.Catalog.Events.Where(e => e.Status is EventStatus.Scheduled or EventStatus.Planned))
        {
            Assert.DoesNotContain(Markdown(e.Title), changed, StringComparison.Ordinal);
        }

        Assert.Contains("Scholz", Section(Page, "## Indicators to watch"), StringComparison.Ordinal);
    }

    [Fact]
    public void The_measures_count_what_they_say()
    {
        const string sample = "# T\n\nOne two three[^1].\n\n```mermaid\nxychart-beta\n```\n\n### Legends\n\nFour five.\n\n[^1]: S1 ¶1 s.1 · B2 six seven\n";
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

/// <summary>What a reader reads of a page: its body words and its footnotes.</summary>
public static partial class PageMeasures
{
    /// <summary>The body: without footnote definitions, diagram code or the legends.</summary>
    public static string Body(string markdown)
    {
        var text = FenceRegex().Replace(markdown, "");
        text = LegendsRegex().Replace(text, "");
        text = DefinitionRegex().Replace(text, "");
        return MarkerRegex().Replace(text, "");
    }

    /// <summary>Words of the body: runs of characters holding a letter or digit (Markdown marks are not words).</summary>
    public static int BodyWords(string markdown) =>
        Body(markdown).Split([' ', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries).Count(w => w.Any(char.IsLetterOrDigit));

    /// <summary>The number of footnote definitions.</summary>
    public static int Footnotes(string markdown) => DefinitionRegex().Count(markdown);

    [GeneratedRegex(@"^```[^\n]*\n.*?^```[^\n]*$", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex FenceRegex();

    [GeneratedRegex(@"^### Legends\n.*?(?=^## |^\[\^|\z)", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex LegendsRegex();

    [GeneratedRegex(@"^\[\^\d+\]:.*$", RegexOptions.Multiline)]
    private static partial Regex DefinitionRegex();

    [GeneratedRegex(@"\[\^\d+\]")]
    private static partial Regex MarkerRegex();
}
