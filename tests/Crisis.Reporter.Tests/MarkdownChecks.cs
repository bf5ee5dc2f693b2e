using System.Text.RegularExpressions;
using Markdig;
using Markdig.Extensions.Footnotes;
using Markdig.Extensions.Tables;
using Markdig.Syntax;

namespace Crisis.Reporter.Tests;

/// <summary>Structural checks every rendered briefing must pass; each returns the problems it found.</summary>
public static partial class MarkdownChecks
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseAdvancedExtensions().Build();

    /// <summary>All problems in a document (empty when it is sound).</summary>
    public static List<string> Problems(string markdown)
    {
        var problems = new List<string>();
        if (markdown.Contains('\r'))
        {
            problems.Add("contains a carriage return (output must be LF only)");
        }

        if (markdown.Contains("{{", StringComparison.Ordinal) || markdown.Contains("}}", StringComparison.Ordinal))
        {
            problems.Add("contains a leftover {{ or }}");
        }

        if (markdown.Contains("\n\n\n", StringComparison.Ordinal))
        {
            problems.Add("two blank lines in a row (a template leaves an empty section's line behind)");
        }

        problems.AddRange(TableProblems(markdown));
        problems.AddRange(FootnoteProblems(markdown));
        problems.AddRange(FenceProblems(markdown));
        problems.AddRange(MermaidProblems(markdown));

        // Markdig must parse it, and see as many tables as the text has delimiter rows.
        var doc = Markdown.Parse(markdown, Pipeline);
        var tables = doc.Descendants<Table>().ToList();
        var delimiterRows = markdown.Split('\n').Count(l => DelimiterRow().IsMatch(l));
        if (tables.Count != delimiterRows)
        {
            problems.Add($"Markdig sees {tables.Count} tables but the text has {delimiterRows} delimiter rows");
        }

        foreach (var table in tables)
        {
            var header = ((TableRow)table[0]).Count;
            foreach (var row in table.OfType<TableRow>())
            {
                if (row.Count != header)
                {
                    problems.Add($"Markdig table at line {table.Line + 1}: a row has {row.Count} cells, the header {header}");
                }
            }
        }

        var references = FootnoteRef().Matches(markdown).Count;
        if (references > 0 && !doc.Descendants<FootnoteGroup>().Any())
        {
            problems.Add("citation markers present but Markdig found no footnotes");
        }

        return problems;
    }

    /// <summary>Every table row has its header's number of cells (unescaped pipes).</summary>
    public static IEnumerable<string> TableProblems(string markdown)
    {
        var lines = markdown.Split('\n');
        int? header = null;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (!line.StartsWith('|'))
            {
                header = null;
                continue;
            }

            var cells = CountCells(line);
            if (header is null)
            {
                header = cells;
            }
            else if (cells != header)
            {
                yield return $"line {i + 1}: {cells} cells where the header has {header}: {line}";
            }
        }
    }

    /// <summary>Cells in a pipe-table row: unescaped pipes minus one.</summary>
    public static int CountCells(string row)
    {
        var pipes = 0;
        for (var i = 0; i < row.Length; i++)
        {
            if (row[i] == '\\')
            {
                i++;
                continue;
            }

            if (row[i] == '|')
            {
                pipes++;
            }
        }

        return pipes - 1;
    }

    /// <summary>Every marker [^n] has a definition [^n]: and every definition is used.</summary>
    public static IEnumerable<string> FootnoteProblems(string markdown)
    {
        var defined = FootnoteDef().Matches(markdown).Select(m => m.Groups[1].Value).ToList();
        var used = FootnoteRef().Matches(markdown).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);
        foreach (var dup in defined.GroupBy(d => d).Where(g => g.Count() > 1))
        {
            yield return $"note [^{dup.Key}] is defined {dup.Count()} times";
        }

        foreach (var u in used.Where(u => !defined.Contains(u)).Order(StringComparer.Ordinal))
        {
            yield return $"marker [^{u}] has no note";
        }

        foreach (var d in defined.Where(d => !used.Contains(d)))
        {
            yield return $"note [^{d}] is never cited";
        }
    }

    /// <summary>Code fences open and close in pairs.</summary>
    public static IEnumerable<string> FenceProblems(string markdown)
    {
        var fences = markdown.Split('\n').Count(l => l.StartsWith("```", StringComparison.Ordinal));
        if (fences % 2 != 0)
        {
            yield return $"{fences} code fence lines: a fence is not closed";
        }
    }

    /// <summary>
    /// Mermaid blocks keep to the subset of syntax the templates use: an optional front matter of configuration
    /// between "---" lines, then a timeline whose entries are "period : event ( : event)*" with no empty part, or an
    /// xychart (vertical or horizontal) with as many values in each bar series as x-axis labels.
    /// </summary>
    public static IEnumerable<string> MermaidProblems(string markdown)
    {
        var lines = markdown.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i] != "```mermaid")
            {
                continue;
            }

            var block = lines.Skip(i + 1).TakeWhile(l => l != "```").ToList();
            if (block.FirstOrDefault() == "---")
            {
                var close = block.IndexOf("---", 1);
                if (close < 0)
                {
                    yield return $"line {i + 1}: a Mermaid front matter is not closed";
                    continue;
                }

                block = block[(close + 1)..];
            }

            var kind = block.FirstOrDefault();
            if (kind == "timeline")
            {
                foreach (var entry in block.Skip(1).Where(l => !l.TrimStart().StartsWith("title ", StringComparison.Ordinal)))
                {
                    var parts = entry.Split(" : ");
                    // A period alone on its line, with no event, is one Mermaid draws (the timeline's "…" for skipped weeks).
                    if (parts.Length == 1 && !entry.Contains(':', StringComparison.Ordinal) && entry.Trim().Length > 0)
                    {
                        continue;
                    }

                    if (parts.Length < 2 || parts.Any(p => p.Trim().Length == 0) || parts.Skip(1).Any(p => p.Contains(':', StringComparison.Ordinal)))
                    {
                        yield return $"line {i + 1}: a Mermaid timeline entry is malformed: {entry}";
                    }
                }
            }
            else if (kind is "xychart-beta" or "xychart-beta horizontal")
            {
                var labels = block.FirstOrDefault(l => l.TrimStart().StartsWith("x-axis [", StringComparison.Ordinal));
                var series = block.Where(l => l.TrimStart().StartsWith("bar [", StringComparison.Ordinal)).ToList();
                if (labels is null || series.Count == 0)
                {
                    yield return $"line {i + 1}: an xychart without x-axis labels or bars";
                }
                else
                {
                    foreach (var bars in series.Where(b => MermaidLabel().Matches(labels).Count != b.Split(',').Length))
                    {
                        yield return $"line {i + 1}: the xychart has {MermaidLabel().Matches(labels).Count} labels but {bars.Split(',').Length} values";
                    }
                }
            }
            else
            {
                yield return $"line {i + 1}: unexpected Mermaid diagram '{kind}'";
            }
        }
    }

    [GeneratedRegex("\"[^\"]*\"")]
    private static partial Regex MermaidLabel();

    [GeneratedRegex(@"^\|( *:?-+:? *\|)+$")]
    private static partial Regex DelimiterRow();

    [GeneratedRegex(@"(?<!\\)\[\^([^\]\s]+)\](?!:)")]
    private static partial Regex FootnoteRef();

    [GeneratedRegex(@"(?m)^\[\^([^\]\s]+)\]:")]
    private static partial Regex FootnoteDef();
}
