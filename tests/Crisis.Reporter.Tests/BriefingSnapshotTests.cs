using Crisis.Model;
using Crisis.Reporter.Briefings;
using Crisis.Reporter.Briefings.Shared;
using Crisis.Reporter.Selection;
using Crisis.Reporter.Templating;
using static Crisis.Snapshots.Verifier;

namespace Crisis.Reporter.Tests;

/// <summary>
/// Every briefing, rendered from the real fact base and from the fixed test data, is a reviewed snapshot:
/// a change to a fact or a template shows up as a changed .verified.md in the pull request.
/// Every rendered briefing must also pass the Markdown checks.
/// </summary>
public sealed class BriefingSnapshotTests
{
    public static TheoryData<string> BriefingNames => [.. BriefingRegistry.Names];

    private static readonly TemplateEngine Engine = new(TemplateSet.Load(TemplateSet.ShippedDirectory, null));

    internal static string Render(FactCatalog catalog, string briefing, BriefingFilter? filter = null) =>
        new BriefingReporter(catalog, Engine).Render(briefing, filter ?? BriefingFilter.None);

    /// <summary>Every page `render --all` writes, by its path in the tree ("timeline", "sources/s2"), its text.</summary>
    internal static IReadOnlyDictionary<string, string> Tree(FactCatalog catalog)
    {
        var reporter = new BriefingReporter(catalog, Engine);
        return reporter.Available.SelectMany(name => reporter.RenderPages(name, BriefingFilter.None))
            .ToDictionary(p => p.Path[..^".md".Length], p => p.Text, StringComparer.Ordinal);
    }

    private static readonly Lazy<IReadOnlyDictionary<string, string>> RealTree = new(() => Tree(Facts.Catalog));

    /// <summary>The pages of the real facts' tree: one snapshot per page, named by its path ("RealFacts_page=sources-s2").</summary>
    public static TheoryData<string> RealPages => [.. RealTree.Value.Keys.Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(RealPages))]
    public async Task RealFacts(string page)
    {
        var markdown = RealTree.Value[page];
        Assert.Empty(MarkdownChecks.Problems(markdown));
        await Verify(markdown, "md").UseParameters(page);
    }

    [Theory]
    [MemberData(nameof(BriefingNames))]
    public async Task TestData(string briefing)
    {
        var markdown = Render(Tests.TestData.Catalog, briefing);
        Assert.Empty(MarkdownChecks.Problems(markdown));
        await Verify(markdown, "md").UseParameters(briefing);
    }

    [Theory]
    [MemberData(nameof(BriefingNames))]
    public void FilteredBriefingsAreSoundToo(string briefing)
    {
        var catalog = Facts.Catalog;
        foreach (var filter in new[]
        {
            BriefingFilter.Parse(catalog, "2022-02", null, null, null),
            BriefingFilter.Parse(catalog, null, "2021", null, null),
            BriefingFilter.Parse(catalog, null, null, null, "military"),
            BriefingFilter.Parse(catalog, "1900", "1900", null, null),
        })
        {
            var markdown = Render(catalog, briefing, filter);
            Assert.Empty(MarkdownChecks.Problems(markdown));
            Assert.Contains("**Filtered:**", markdown, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task SituationFilteredByActorAndWindow()
    {
        var catalog = Tests.TestData.Catalog;
        var filter = BriefingFilter.Parse(catalog, "2022-01", "2022-01-31", ["act-test-minister"], null);
        var markdown = Render(catalog, "situation", filter);
        Assert.Empty(MarkdownChecks.Problems(markdown));
        await Verify(markdown, "md");
    }
}

/// <summary>The premise of the snapshot workflow: one changed word in one fact changes the rendered document.</summary>
public sealed class SnapshotPremiseTests
{
    [Fact]
    public void ChangingAWordOfAFactChangesTheBriefing()
    {
        var original = Tests.TestData.Catalog;
        var talks = original.Events.Single(e => e.Id.Value == "ev-test-talks");
        var edited = new FactCatalog(original.All.Select(f => ReferenceEquals(f, talks) ? talks with { Summary = talks.Summary.Replace("held", "postponed", StringComparison.Ordinal) } : f));

        var before = BriefingSnapshotTests.Render(original, "timeline").Split('\n');
        var after = BriefingSnapshotTests.Render(edited, "timeline").Split('\n');

        var changed = before.Zip(after).Where(p => p.First != p.Second).ToList();
        var line = Assert.Single(changed);
        Assert.Contains("talks held", line.First, StringComparison.Ordinal);
        Assert.Contains("talks postponed", line.Second, StringComparison.Ordinal);
    }
}
