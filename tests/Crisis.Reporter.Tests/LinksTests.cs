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
        var (broken, followed) = Follow(dir, BriefingRegistry.Names);
        Assert.True(broken.Count == 0, string.Join("\n", broken.Distinct(StringComparer.Ordinal)));
        Assert.True(followed > 50, $"only {followed} links followed");
    }

    /// <summary>
    /// Follows every relative link of every page of a rendered tree: each lands on a page of the tree (and, with an
    /// anchor, on one of its headings); every briefing's index links to every other index; every page below an index
    /// links back to it and is linked from a page of the tree. Returns the broken links and how many were followed.
    /// </summary>
    internal static (List<string> Broken, int Followed) Follow(string root, IReadOnlyList<string> briefings)
    {
        var pages = Directory.GetFiles(root, "*.md", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(root, f).Replace(Path.DirectorySeparatorChar, '/'), f => Markdown.Parse(File.ReadAllText(f), Pipeline), StringComparer.Ordinal);
        Assert.True(briefings.All(b => pages.ContainsKey(b + ".md")), "a briefing's index page is missing: " + string.Join(", ", pages.Keys));

        var broken = new List<string>();
        var linkedTo = new HashSet<string>(StringComparer.Ordinal);
        var followed = 0;
        foreach (var (name, document) in pages)
        {
            var folder = name.Contains('/', StringComparison.Ordinal) ? name[..name.LastIndexOf('/')] : "";
            var targets = document.Descendants<LinkInline>().Where(l => !l.IsImage).Select(l => l.Url ?? "").Where(t => !t.Contains("://", StringComparison.Ordinal)).ToList();
            var resolved = new List<string>();
            foreach (var url in targets)
            {
                followed++;
                var (file, anchor) = url.IndexOf('#', StringComparison.Ordinal) is var hash and >= 0 ? (url[..hash], url[(hash + 1)..]) : (url, null);
                // "#russia": a heading of the same page; "../sources.md": a page relative to this page's folder.
                var path = file.Length == 0 ? name : Normalise(folder.Length == 0 ? file : folder + "/" + file);
                resolved.Add(path);
                linkedTo.Add(path);
                if (!pages.TryGetValue(path, out var target))
                {
                    broken.Add($"{name}: {url}: no such page");
                }
                else if (anchor is not null && !Anchors(target).Contains(anchor))
                {
                    broken.Add($"{name}: {url}: no such heading in {path} (it has {string.Join(", ", Anchors(target).Take(4))})");
                }
            }

            if (folder.Length == 0)
            {
                // An index links to every other index: the navigation line.
                Assert.True(briefings.Where(b => b + ".md" != name).All(b => resolved.Contains(b + ".md")), $"{name} does not link to every other briefing");
            }
            else
            {
                Assert.True(resolved.Contains(folder + ".md"), $"{name} does not link back to its index {folder}.md");
            }
        }

        broken.AddRange(pages.Keys.Where(p => p.Contains('/', StringComparison.Ordinal) && !linkedTo.Contains(p)).Select(p => $"{p}: no page links to it"));
        return (broken, followed);
    }

    /// <summary>"timeline/../sources.md" → "sources.md".</summary>
    private static string Normalise(string path)
    {
        var parts = new List<string>();
        foreach (var part in path.Split('/'))
        {
            if (part == "..")
            {
                if (parts.Count == 0)
                {
                    return "(outside the tree)/" + path;
                }

                parts.RemoveAt(parts.Count - 1);
            }
            else if (part is not ("." or ""))
            {
                parts.Add(part);
            }
        }

        return string.Join('/', parts);
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
