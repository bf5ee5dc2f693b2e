using Crisis.Model;
using Crisis.Reporter.Briefings;
using Crisis.Reporter.Commands;
using Markdig;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Crisis.Reporter.Tests;

/// <summary>
/// `render --all --out-dir DIR` writes pages that link to each other by relative links: every link of every page,
/// followed, lands on a file that was written (or the page itself) and, when it names an anchor, on a heading of that file. Anchors are
/// the identifiers Markdig gives headings the way GitHub does, not the reporter's own slugs.
/// </summary>
public sealed class LinksTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("crisis-brief-links-").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);

    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseAdvancedExtensions().UseAutoIdentifiers(Markdig.Extensions.AutoIdentifiers.AutoIdentifierOptions.GitHub).Build();

    [Fact]
    public void Every_link_between_the_written_pages_resolves()
    {
        var stdout = new StringWriter();
        Assert.Equal(ExitCodes.Ok, new CliApp(() => Facts.Catalog).Run(["render", "--all", "--out-dir", dir], stdout, new StringWriter()));
        var pages = Directory.GetFiles(dir, "*.md").ToDictionary(f => Path.GetFileName(f), f => Markdown.Parse(File.ReadAllText(f), Pipeline), StringComparer.Ordinal);
        Assert.Equal(BriefingRegistry.Names.Count, pages.Count);

        var broken = new List<string>();
        var followed = 0;
        foreach (var (name, document) in pages)
        {
            var targets = document.Descendants<LinkInline>().Where(l => !l.IsImage).Select(l => l.Url ?? "").ToList();
            // Every page links to every other: the navigation line.
            Assert.True(pages.Keys.Where(k => k != name).All(k => targets.Any(t => t.StartsWith(k, StringComparison.Ordinal))), $"{name} does not link to every other page");
            foreach (var url in targets.Where(t => !t.Contains("://", StringComparison.Ordinal)))
            {
                followed++;
                var (file, anchor) = url.IndexOf('#', StringComparison.Ordinal) is var hash and >= 0 ? (url[..hash], url[(hash + 1)..]) : (url, null);
                // "#russia": a heading of the same page.
                file = file.Length == 0 ? name : file;
                if (!pages.TryGetValue(file, out var target))
                {
                    broken.Add($"{name}: {url}: no such page");
                }
                else if (anchor is not null && !Anchors(target).Contains(anchor))
                {
                    broken.Add($"{name}: {url}: no such heading in {file} (it has {string.Join(", ", Anchors(target).Take(4))})");
                }
            }
        }

        Assert.True(broken.Count == 0, string.Join("\n", broken.Distinct(StringComparer.Ordinal)));
        Assert.True(followed > 50, $"only {followed} links followed");
    }

    [Fact]
    public void A_link_to_a_missing_heading_is_caught()
    {
        var document = Markdown.Parse("# S2: Biden–Putin call inconclusive\n\n## Feb 2022\n", Pipeline);
        Assert.Contains("s2-bidenputin-call-inconclusive", Anchors(document));
        Assert.Contains("feb-2022", Anchors(document));
        Assert.DoesNotContain("s2--bidenputin-call-inconclusive", Anchors(document));
        // The reporter's anchors are the ones the renderer gives.
        Assert.Equal("s2-bidenputin-call-inconclusive", Crisis.Reporter.Text.Anchors.Slug("S2: Biden–Putin call inconclusive"));
    }

    private static HashSet<string> Anchors(MarkdownDocument document) =>
        [.. document.Descendants<HeadingBlock>().Select(h => h.GetAttributes().Id ?? "")];
}
