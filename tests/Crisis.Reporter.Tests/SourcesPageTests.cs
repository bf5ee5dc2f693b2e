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

    [GeneratedRegex(@"; (\d+) of them(?:, making (\d+) claims \([^)]*\),)? only on sources whose originals drew on wire reporting")]
    private static partial Regex CountRegex();
}
