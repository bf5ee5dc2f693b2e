using Crisis.Model;
using Crisis.Reporter.Briefings;
using Crisis.Reporter.Briefings.Shared.Paging;
using Crisis.Reporter.Commands;

namespace Crisis.Reporter.Tests;

/// <summary>
/// Issue 22: pages that stay readable as the fact base grows. The real facts plus 10,000 more events (copies of the
/// real ones under new ids, same dates, as a conflict monitor would add: some 140 a day in the crisis window):
/// the situation page stays within its reading budget, every page `render --all` writes stays under 200 KB, and
/// every link of the tree still resolves. Sizes are measured here; times are measured in tests/Crisis.Benchmarks.
/// </summary>
public sealed class ScaleTests : IDisposable
{
    /// <summary>The situation page's body at any size (the real size's target is <see cref="SituationTargetsTests.MaxBodyWords"/>).</summary>
    public const int MaxBodyWordsAtScale = 1500;

    /// <summary>The largest page `render --all` may write at +10,000 events.</summary>
    public const int MaxPageBytes = 200 * 1024;

    private const int MoreEvents = 10_000;

    private readonly string dir = Directory.CreateTempSubdirectory("crisis-brief-scale-").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);

    /// <summary>The real facts and <paramref name="more"/> copies of their events under new ids (built once per size).</summary>
    internal static FactCatalog Grown(int more)
    {
        var real = Facts.Catalog;
        var events = real.Events;
        var copies = Enumerable.Range(0, more).Select(i =>
        {
            var e = events[i % events.Length];
            return (IFact)(e with { Id = new($"{e.Id.Value}-copy-{i}") });
        });
        return new FactCatalog(real.All.Concat(copies));
    }

    private static readonly Lazy<FactCatalog> TenThousandMore = new(() => Grown(MoreEvents));

    [Fact]
    public void The_situation_page_stays_within_its_budget_at_10000_more_events()
    {
        var page = BriefingSnapshotTests.Render(TenThousandMore.Value, "situation");
        var words = PageMeasures.BodyWords(page);
        Assert.True(words <= MaxBodyWordsAtScale, $"The situation page has {words} words of body at +{MoreEvents:N0} events; the budget is {MaxBodyWordsAtScale}.");
        // What the budget leaves out is counted and linked to the timeline's page that holds it.
        Assert.Matches(@"And [0-9,]+ more scheduled events: see \[the timeline for [^\]]+\]\(timeline/[0-9-]+(-week)?(-[0-9]+)?\.md\)", page);
    }

    /// <summary>The caveats under a type of measure (the sources' disagreements) grow with the events: capped, the rest counted.</summary>
    [Fact]
    public void The_measures_page_caps_its_caveats_at_10000_more_events()
    {
        var page = BriefingSnapshotTests.Render(TenThousandMore.Value, "measures");
        var caveats = page.Split('\n').Count(l => l.StartsWith("**Caveat:**", StringComparison.Ordinal));
        var types = page.Split('\n').Count(l => l.StartsWith("## ", StringComparison.Ordinal));
        Assert.InRange(caveats, 1, types * ReadingBudget.CaveatsShown);
        Assert.Matches(@"And [0-9,]+ more disagreements among them: see \[the timeline\]\(timeline\.md\)\.", page);
    }

    [Fact]
    public void Every_page_of_the_tree_is_small_and_every_link_resolves_at_10000_more_events()
    {
        var stdout = new StringWriter();
        Assert.Equal(ExitCodes.Ok, new CliApp(() => TenThousandMore.Value).Run(["render", "--all", "--out-dir", dir], stdout, new StringWriter()));
        if (Environment.GetEnvironmentVariable("CRISIS_SCALE_KEEP") is { } keep) { foreach (var f in Directory.GetFiles(dir, "*", SearchOption.AllDirectories)) { var t = Path.Combine(keep, Path.GetRelativePath(dir, f)); Directory.CreateDirectory(Path.GetDirectoryName(t)!); File.Copy(f, t, true); } }
        var pages = Directory.GetFiles(dir, "*.md", SearchOption.AllDirectories);
        var largest = pages.Select(f => (File: Path.GetRelativePath(dir, f), Bytes: new FileInfo(f).Length)).OrderByDescending(p => p.Bytes).First();
        Assert.True(largest.Bytes <= MaxPageBytes, $"{largest.File} is {largest.Bytes:N0} bytes at +{MoreEvents:N0} events; the limit is {MaxPageBytes:N0}.");
        Assert.Contains(pages, p => p.Contains(Path.DirectorySeparatorChar + "timeline" + Path.DirectorySeparatorChar, StringComparison.Ordinal));
        // The most involved actor's facts run to several pages of their own, each within the limit.
        Assert.Contains(pages, p => p.EndsWith(Path.Combine("actors", "united-states-2.md"), StringComparison.Ordinal));
        var (broken, followed) = LinksTests.Follow(dir, BriefingRegistry.Names);
        Assert.True(broken.Count == 0, string.Join("\n", broken.Distinct(StringComparer.Ordinal).Take(20)));
        Assert.True(followed > 1000, $"only {followed} links followed");
    }

    [Fact]
    public void A_capped_list_keeps_the_heaviest_in_their_order_and_counts_the_rest()
    {
        int[] items = [5, 1, 9, 3, 7];
        var shown = ReadingBudget.Pick(items, 3, i => new ListWeight(i >= 7 ? 1 : 0, 0, i));
        Assert.Equal([1, 9, 7], shown.Items);
        Assert.Equal(2, shown.LeftOut);
        Assert.Equal([5, 3], shown.Rest);
        Assert.Same(items, ReadingBudget.Pick(items, 5, _ => default).Items);
    }
}
