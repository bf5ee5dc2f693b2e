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

    /// <summary>
    /// Each defect the analyst's reading named, as a pattern a page must not show: a source's own voice or a curators'
    /// label shown as an actor, metadata prose, verbs that do not agree, bare stance keys, status boilerplate, a value
    /// repeated, alias lists, an official's words put on the ICD 203 scale, and empty fields.
    /// </summary>
    public static TheoryData<string, string> Defects => new()
    {
        { "a source's voice as an actor", @"The article itself|\((?:no source named|not named|unnamed, collectively)\)" },
        { "metadata prose", @"\bwho: |; where: |\bdate (?:stated|inferred|public record)\)|Date from the public record" },
        { "a schema description as a heading", @"^#+ (?:Troops sent to a place by a state|Russian troops massed near or along Ukraine's border)" },
        { "a verb that does not agree", @"\b(?:officials|countries|allies|Russia and Belarus) (?:disputes|denies|claims|demands|rejects|says|is)\b" },
        { "a bare stance key", @"\b[A-Z][a-z]+ open(?:\*\*)?[,:]" },
        { "status boilerplate", @"\(Made, not confirmed|Responses:\*\* none recorded|Positions:\*\* none recorded" },
        { "a repeated value", @"\b([A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+)*); \1\b" },
        { "an alias list", @"Also written:" },
        { "an official's words on the ICD scale", @"Likelihood: " },
        { "an empty field", @": —[;)]|\(—\)|\bof ,|\bundated:" },
    };

    [Theory]
    [MemberData(nameof(Defects))]
    public void No_page_shows_a_defect_the_reader_named(string defect, string pattern)
    {
        var found = BriefingRegistry.Names
            .SelectMany(b => Regex.Matches(Prose(BriefingSnapshotTests.Render(Facts.Catalog, b)), pattern, RegexOptions.Multiline).Select(m => $"{b}: {m.Value}"))
            .Distinct(StringComparer.Ordinal).Take(10).ToList();
        Assert.True(found.Count == 0, $"{defect}: {string.Join(" | ", found)}");
    }

    [Theory]
    [InlineData("estimate: The article itself (no source named): more than 100,000")]
    [InlineData("Claimed by United States and US allies (not named), undated")]
    [InlineData("(call; who: Joe Biden, Vladimir Putin; where: —; date public record)")]
    [InlineData("## Troops sent to a place by a state")]
    [InlineData("US officials disputes the claim")]
    [InlineData("- **Antony Blinken open**, 20 Jan 2022: Blinken said")]
    [InlineData("- **Status:** unverified (Made, not confirmed nor answered)")]
    [InlineData("| Ukraine; Ukraine |")]
    [InlineData("Also written: Russie, Moscou.")]
    [InlineData("Likelihood: not stated on the scale (in their words: —).")]
    [InlineData("Demanded by Russia of , ~6 Dec 2021")]
    public void The_defect_patterns_catch_the_examples_the_reader_quoted(string example) =>
        Assert.Contains(Defects, d => Regex.IsMatch(example, d.Data.Item2, RegexOptions.Multiline));

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

/// <summary>
/// Only the legends a page uses: the likelihood scale where a judgment shows an ICD 203 term with its band, the
/// confidence scale where a judgment shows a confidence, the Admiralty codes where footnote tags give grades; and
/// every legend a page uses is there.
/// </summary>
public sealed class LegendsTests
{
    public static TheoryData<string> BriefingNames => [.. BriefingRegistry.Names];

    [Theory]
    [MemberData(nameof(BriefingNames))]
    public void A_page_gives_the_legends_it_uses_and_no_other(string briefing)
    {
        var page = BriefingSnapshotTests.Render(Facts.Catalog, briefing);
        var at = page.IndexOf("\n### Legends\n", StringComparison.Ordinal);
        var legends = at >= 0 ? page[at..] : "";
        var body = at >= 0 ? page[..at] : page;
        var usesLikelihood = Regex.IsMatch(body, @"\*(?:almost no chance|very unlikely|unlikely|roughly even chance|likely|very likely|almost certain) \(\d");
        var usesConfidence = Regex.IsMatch(body, @"\*(?:low|moderate|high)\* confidence");
        var usesGrades = Regex.IsMatch(page, @"^\[\^\d+\]: S\d+ .* · [A-F][1-6]", RegexOptions.Multiline);
        Assert.Equal(usesLikelihood, legends.Contains("**Likelihood (ICD 203)", StringComparison.Ordinal));
        Assert.Equal(usesConfidence, legends.Contains("**Confidence (ICD 203)", StringComparison.Ordinal));
        Assert.Equal(usesGrades, legends.Contains("**Source reliability (Admiralty)", StringComparison.Ordinal));
        Assert.Equal(usesGrades, legends.Contains("**Credibility of an item (Admiralty)", StringComparison.Ordinal));
    }

    [Fact]
    public void The_situation_page_uses_all_four_and_the_timeline_no_likelihood()
    {
        Assert.Contains("**Likelihood (ICD 203)", BriefingSnapshotTests.Render(Facts.Catalog, "situation"), StringComparison.Ordinal);
        Assert.DoesNotContain("**Likelihood (ICD 203)", BriefingSnapshotTests.Render(Facts.Catalog, "timeline"), StringComparison.Ordinal);
    }
}
