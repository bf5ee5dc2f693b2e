using System.Text.RegularExpressions;
using Crisis.Model;
using Crisis.Reporter.Briefings;

namespace Crisis.Reporter.Tests;

/// <summary>
/// Every briefing, rendered from the real facts, is reader text: no schema vocabulary, no curators' labels, no
/// internal id, one label per source (S1–S5, never "article 003"), and numbers with units as a reader writes them.
/// </summary>
public sealed partial class ReaderTextTests
{
    public static TheoryData<string> BriefingNames => [.. BriefingRegistry.Names];

    [Theory]
    [MemberData(nameof(BriefingNames))]
    public void No_schema_words_or_curators_labels(string briefing)
    {
        var text = Prose(BriefingSnapshotTests.Render(Facts.Catalog, briefing));
        var found = MachineryRegex().Matches(text).Select(m => m.Value).Distinct(StringComparer.Ordinal).ToList();
        Assert.True(found.Count == 0, $"The {briefing} briefing shows the data's machinery to readers: {string.Join(" | ", found)}");
    }

    [Theory]
    [MemberData(nameof(BriefingNames))]
    public void No_internal_id(string briefing)
    {
        var ids = AllIds(Facts.Catalog).Where(id => id.Contains('-', StringComparison.Ordinal)).ToHashSet(StringComparer.Ordinal);
        var text = Prose(BriefingSnapshotTests.Render(Facts.Catalog, briefing));
        var found = IdLikeRegex().Matches(text).Select(m => m.Value).Where(ids.Contains).Distinct(StringComparer.Ordinal).ToList();
        Assert.True(found.Count == 0, $"The {briefing} briefing shows internal ids: {string.Join(", ", found)}");
    }

    [Fact]
    public void The_checks_catch_what_they_look_for()
    {
        Assert.Matches(MachineryRegex(), "Rank: normal");
        Assert.Matches(MachineryRegex(), "(the schema allows one estimator)");
        Assert.Matches(MachineryRegex(), "as article 003 says");
        Assert.Matches(MachineryRegex(), "about 1 hours");
        Assert.Matches(MachineryRegex(), "200,000,000 USD");
        Assert.DoesNotMatch(MachineryRegex(), "a frank warning; S4 says; about 1 hour; $200 million");
        Assert.Contains("press-reporting", IdLikeRegex().Matches("actor press-reporting: x").Select(m => m.Value));
    }

    /// <summary>What a reader reads: everything but diagram code (Mermaid labels are checked by the Mermaid check) and link targets (a heading's anchor, "#joe-biden", is an address).</summary>
    private static string Prose(string markdown) => LinkTargetRegex().Replace(FenceRegex().Replace(markdown, ""), "]");

    [GeneratedRegex(@"\]\([^)\s]*\)")]
    private static partial Regex LinkTargetRegex();

    private static IEnumerable<string> AllIds(FactCatalog c) =>
        c.Sources.Select(x => x.Id.Value)
            .Concat(c.Actors.Select(x => x.Id.Value)).Concat(c.Places.Select(x => x.Id.Value))
            .Concat(c.Events.Select(x => x.Id.Value)).Concat(c.Statements.Select(x => x.Id.Value))
            .Concat(c.Estimates.Select(x => x.Id.Value)).Concat(c.Claims.Select(x => x.Id.Value))
            .Concat(c.Responses.Select(x => x.Id.Value)).Concat(c.Demands.Select(x => x.Id.Value))
            .Concat(c.Positions.Select(x => x.Id.Value)).Concat(c.Measures.Select(x => x.Id.Value))
            .Concat(c.Assessments.Select(x => x.Id.Value)).Concat(c.Judgments.Select(x => x.Id.Value))
            .Concat(c.WatchItems.Select(x => x.Id.Value));

    [GeneratedRegex(@"\bschema\b|\bfields?\b allows?|\bRank\b|Curator's note|\b[Aa]rticles? 00\d\b|\barticle-00\d\b|\b1 (hours|days|soldiers|ships|people)\b|\bUSD\b|\bEUR\b", RegexOptions.IgnoreCase)]
    private static partial Regex MachineryRegex();

    [GeneratedRegex(@"\b[a-z0-9]+(?:-[a-z0-9]+)+\b")]
    private static partial Regex IdLikeRegex();

    [GeneratedRegex(@"^```[^\n]*\n.*?^```[^\n]*$", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex FenceRegex();
}
