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

    [GeneratedRegex(@"; (\d+) of them(?:, making (\d+) claims \([^)]*\),)? only on sources whose originals drew on wire reporting")]
    private static partial Regex CountRegex();
}
