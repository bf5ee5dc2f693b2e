using System.Text;
using System.Text.Json.Nodes;
using Crisis.Model;
using Crisis.Reporter.Commands.Diff;
using Crisis.Reporter.Commands.Export;
using Crisis.Reporter.Selection;
using Crisis.Reporter.Text;
using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Crisis.Reporter.Tests;

/// <summary>
/// Issue 20: the diff's Markdown is safe by construction. Every text of an export (ids, kinds, sources, field values,
/// and the keys that become field paths) is given a hostile tail — a <c>|</c>, backticks, line breaks, raw HTML
/// (<c>&lt;img onerror=…&gt;</c>), a heading, a list item, terminal escape codes — and the rendered page, parsed with
/// Markdig as GitHub would, has exactly the structure of the same page with a harmless tail: the same headings, tables
/// of the same rows and cells, lists of the same items, and no HTML.
/// </summary>
public sealed class MarkdownSafetyTests
{
    private const string Hostile = " |cell| `tick`` \n<img src=x onerror=alert(1)>\n# Heading\n- item\r\n1. one\u001B[31mred\u001B]0;title\u0007 ~~s~~ [^1] **b** _i_ \\ &lt; \u2028end";

    /// <summary>The same tail with every mark and control character a letter: the same length and line breaks, no syntax.</summary>
    private static readonly string Harmless = new([.. Hostile.Select(c => c is '\n' or ' ' || char.IsLetterOrDigit(c) ? c : 'x')]);

    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseAdvancedExtensions().Build();

    /// <summary>The export with <paramref name="tail"/> added to every text value and every key but the layout's own.</summary>
    private static string WithTail(string export, string tail)
    {
        JsonNode Transform(JsonNode? node, bool layout) => node switch
        {
            JsonObject o => new JsonObject(o.Select(p => KeyValuePair.Create(
                layout || p.Key is "id" or "kind" or "citations" or "source" or "locator" ? p.Key : p.Key + tail,
                (JsonNode?)Transform(p.Value, layout: layout && p.Key != ExportIdentity.PropertyName && p.Value is JsonObject && p.Key == "counts")))),
            JsonArray a => new JsonArray([.. a.Select(i => (JsonNode?)Transform(i, false))]),
            JsonValue v when v.TryGetValue<string>(out var text) => JsonValue.Create(text + tail)!,
            null => null!,
            _ => node.DeepClone(),
        };

        var root = JsonNode.Parse(export)!.AsObject();
        var result = new JsonObject();
        foreach (var (key, value) in root)
        {
            // The layout stays (export, counts, the lists' names, filters): only the facts' texts change.
            result[key] = key is "export" or "counts" or "filters" ? value?.DeepClone() : Transform(value, layout: false);
        }

        return result.ToJsonString();
    }

    /// <summary>A curator's edit of the test data: a fact added, one removed, several changed.</summary>
    private static FactCatalog Edited()
    {
        var c = TestData.Catalog;
        IEnumerable<T> E<T>(IEnumerable<T> facts) where T : IFact => facts
            .Where(f => f.Key != "ev-test-undated")
            .Select(f => (T)(IFact)(f switch
            {
                Event { Id.Value: "ev-test-talks" } e => e with { Summary = e.Summary + " More.", Participants = e.Participants.Add(new("act-test-alliance")) },
                Source s => s with { Reliability = Reliability.A },
                Statement s => s with { Citations = [s.Citations[0] with { Quote = "Un autre texte", Credibility = 1 }] },
                _ => (IFact)f,
            }));
        return new FactCatalog(
            sources: E(c.Sources), actors: E(c.Actors), places: E(c.Places), events: E(c.Events).Append(TestData.Catalog.Events[0] with { Id = new("ev-test-added") }),
            statements: E(c.Statements), estimates: E(c.Estimates), claims: E(c.Claims), responses: E(c.Responses), demands: E(c.Demands),
            positions: E(c.Positions), measures: E(c.Measures), assessments: E(c.Assessments));
    }

    private static string Page(string tail)
    {
        var before = WithTail(JsonExport.Json(TestData.Catalog, BriefingFilter.None), tail);
        var after = WithTail(JsonExport.Json(Edited(), BriefingFilter.None), tail);
        return DiffMarkdown.Render(FactComparer.Compare(
            FactExport.Parse(before, "before" + tail + ".json", "OLD"), FactExport.Parse(after, "after.json", "NEW"), allowSchemaChange: true));
    }

    /// <summary>The page's structure: each block's kind and level, each table's rows and cells, each list's items; HTML counted.</summary>
    private static List<string> Structure(string markdown)
    {
        var document = Markdown.Parse(markdown, Pipeline);
        var structure = new List<string>();
        foreach (var block in document.Descendants<Block>())
        {
            structure.Add(block switch
            {
                HeadingBlock h => $"heading {h.Level}",
                Table t => $"table {t.Count} rows: {string.Join(",", t.OfType<TableRow>().Select(r => r.Count))}",
                ListBlock l => $"list of {l.Count}",
                _ => block.GetType().Name,
            });
        }

        var html = document.Descendants<HtmlInline>().Count() + document.Descendants<HtmlBlock>().Count();
        structure.Add($"html {html}");
        return structure;
    }

    [Fact]
    public void HostileTextInEveryFieldOfAnExportLeavesTheDiffPageStructureUnchanged()
    {
        var harmless = Page(Harmless);
        var hostile = Page(Hostile);

        Assert.Contains("<img", hostile, StringComparison.Ordinal); // the text is there, as text
        Assert.DoesNotContain('\u001B', hostile);
        Assert.DoesNotContain('\u0007', hostile);
        Assert.DoesNotContain('\r', hostile);
        Assert.Contains("\\\\x1B", hostile, StringComparison.Ordinal);
        Assert.Equal(Structure(harmless), Structure(hostile));
        Assert.Contains("html 0", Structure(hostile));
        Assert.Empty(MarkdownChecks.TableProblems(hostile));
    }

    [Theory]
    [InlineData("ev-test-a", "`ev-test-a`")]
    [InlineData("a|b", "a\\|b")]
    [InlineData("a`b", "a\\`b")]
    [InlineData("a\nb", "a b")]
    [InlineData(" padded", " padded")]
    [InlineData("esc\u001B[31m", "esc\\\\x1B\\[31m")]
    public void ACodeSpanOnlyHoldsWhatItCanShowAsItIs(string text, string expected) =>
        Assert.Equal(expected, MarkdownEncoder.Code(text));
}
