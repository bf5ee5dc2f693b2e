using System.Text.RegularExpressions;
using Crisis.Model;

namespace Crisis.Reporter.Tests;

/// <summary>
/// The sources index names the confirmations to discount (round 3: "5 of them only on sources whose originals drew on
/// wire reporting" left the reader unable to tell which): as many facts listed as the paragraph counts.
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
        var listed = section.Split("\n\n", 3)[1].Split('\n').Count(l => l.StartsWith("- ", StringComparison.Ordinal));
        Assert.Equal(int.Parse(counted.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), listed);
    }

    [GeneratedRegex(@"; (\d+) of them only on sources whose originals drew on wire reporting")]
    private static partial Regex CountRegex();
}
