using System.Text.RegularExpressions;
using Crisis.Model;

namespace Crisis.Reporter.Tests;

/// <summary>
/// The sources index names the confirmations to discount (round 3: "5 of them only on sources whose originals drew on
/// wire reporting" left the reader unable to tell which): as many claims listed as the paragraph counts, a claim whose
/// sentences two facts share listed once.
/// </summary>
public sealed partial class SourcesPageTests
{
    [Fact]
    public void The_independence_paragraph_lists_the_facts_that_rest_only_on_wire_fed_sources()
    {
        var page = BriefingSnapshotTests.Render(Facts.Catalog, "sources");
        var counted = CountRegex().Match(page);
        Assert.True(counted.Success, "the paragraph no longer counts the facts resting only on wire-fed sources");
        var at = page.IndexOf("Resting only on sources whose originals drew on wire reporting:", StringComparison.Ordinal);
        Assert.True(at >= 0, $"the paragraph counts {counted.Groups[1].Value} facts resting only on wire-fed sources but does not list them");
        var section = page[at..];
        var lines = section.Split("\n\n", 3)[1].Split('\n').Where(l => l.StartsWith("- ", StringComparison.Ordinal)).ToList();
        // One line per claim: facts that rest on the same sentences (the $200m aid measure and its figure) are one
        // confirmation, listed and counted once (round 4: the $200m was listed twice, "5" was really 4).
        var claims = counted.Groups[2].Success ? counted.Groups[2] : counted.Groups[1];
        Assert.Equal(int.Parse(claims.Value, System.Globalization.CultureInfo.InvariantCulture), lines.Count);
        Assert.Single(lines, l => l.Contains("200 million", StringComparison.Ordinal));
        // The paragraph says facts on the same sentences count once; a line does not repeat the bookkeeping (round 6).
        Assert.DoesNotContain(lines, l => l.Contains("on the same sentences", StringComparison.Ordinal));
    }

    /// <summary>
    /// A source's page folds a long section (round 4: S2's page ran to 6,000 words unfolded) and leaves a short one open;
    /// the heading stays outside the fold, so the page's outline and links to the section still work, and the fold opens
    /// on a blank line after its summary (GitHub renders Markdown inside &lt;details&gt; only after one).
    /// </summary>
    [Fact]
    public void Long_sections_of_a_source_page_are_folded_under_their_headings()
    {
        var folded = 0;
        foreach (var (path, page) in BriefingSnapshotTests.Tree(Facts.Catalog).Where(p => p.Key.StartsWith("sources/", StringComparison.Ordinal)))
        {
            foreach (var section in page.Split("\n## ").Skip(1))
            {
                var heading = section[..section.IndexOf('\n', StringComparison.Ordinal)];
                var body = section[(heading.Length + 1)..];
                var facts = body.Split('\n').Count(l => l.StartsWith("- ", StringComparison.Ordinal));
                var isFolded = body.StartsWith("\n<details><summary>", StringComparison.Ordinal);
                Assert.True(isFolded == facts > Crisis.Reporter.Briefings.Shared.Paging.ReadingBudget.SourceFactsUnfolded, $"{path}, {heading}: {facts} facts, {(isFolded ? "" : "not ")}folded");
                if (isFolded)
                {
                    folded++;
                    Assert.Contains($"<summary>{facts} {heading.ToLowerInvariant()}, each with its sentence</summary>\n\n- ", body, StringComparison.Ordinal);
                    Assert.Contains("\n\n</details>\n", body, StringComparison.Ordinal);
                }
            }
        }

        Assert.True(folded >= 2, $"only {folded} sections folded");
    }

    /// <summary>
    /// A source's page reads as sentences, as the other pages do (round 6): a figure is the shared sentence ("A Japanese
    /// Foreign Ministry official put the number of Japanese citizens in Ukraine at about 150."), not the database form
    /// "About 150 people (Japanese citizens in Ukraine; source: …)"; a line does not name its speaker twice ("US State
    /// Department spokesperson: The State Department spokesperson said …"); and a source's own voice on its own page
    /// needs no "Unattributed (S3):" before it.
    /// </summary>
    [Fact]
    public void A_source_page_writes_figures_as_sentences_and_names_a_speaker_once()
    {
        var checkedLines = 0;
        foreach (var (path, page) in BriefingSnapshotTests.Tree(Facts.Catalog).Where(p => p.Key.StartsWith("sources/", StringComparison.Ordinal)))
        {
            var label = Path.GetFileNameWithoutExtension(path).Split('-')[0].ToUpperInvariant();
            foreach (var line in page.Split('\n').Where(l => l.StartsWith("- ", StringComparison.Ordinal)))
            {
                checkedLines++;
                Assert.False(DatabaseFigure().IsMatch(line), $"{path}: a figure in database form: {line}");
                Assert.False(Regex.IsMatch(line, $@"^- Unattributed \([^)]*\b{label}\b"), $"{path}: the page's own source as an unattributed speaker: {line}");
                if (Regex.IsMatch(line, @"\bnames? no source\b|\bnaming no source\b"))
                {
                    // A figure no one is named for speaks in the voice of the articles carrying it, by label: "the
                    // articles" would read as several agreeing on a page about one.
                    Assert.Contains(label, line, StringComparison.Ordinal);
                }
                if (SpeakerLed().Match(line) is { Success: true } led)
                {
                    var speaker = Words(led.Groups["speaker"].Value);
                    var said = led.Groups["text"].Value;
                    var subject = Words(said[..Math.Max(0, said.IndexOf(" said", StringComparison.Ordinal))]);
                    var shared = speaker.Intersect(subject, StringComparer.OrdinalIgnoreCase).Where(w => w.Length >= 5).ToList();
                    Assert.True(shared.Count == 0, $"{path}: the speaker named twice ({string.Join(", ", shared)}): {line}");
                }
            }
        }

        Assert.True(checkedLines > 100, $"only {checkedLines} fact lines on the source pages");
    }

    private static string[] Words(string text) => text.Split([' ', ',', '(', ')'], StringSplitOptions.RemoveEmptyEntries);

    /// <summary>"About 150 people (Japanese citizens in Ukraine; source: …)" or "(…; no source named)".</summary>
    [GeneratedRegex(@"(; source: [^;]*|; no source named)\)$")]
    private static partial Regex DatabaseFigure();

    /// <summary>A line led by its speaker: "- US State Department spokesperson: The State Department spokesperson said …".</summary>
    [GeneratedRegex(@"^- (?<speaker>[^:.]{3,80}): (?<text>.+ said\b.+)$")]
    private static partial Regex SpeakerLed();

    [GeneratedRegex(@"; (\d+) of them(?:, making (\d+) claims \([^)]*\),)? only on sources whose originals drew on wire reporting")]
    private static partial Regex CountRegex();
}
