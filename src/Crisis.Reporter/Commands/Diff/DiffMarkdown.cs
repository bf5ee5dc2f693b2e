using System.Globalization;
using System.Text;
using Crisis.Reporter.Text;

namespace Crisis.Reporter.Commands.Diff;

/// <summary>
/// An <see cref="ExportDiff"/> as Markdown for a pull request's job summary: the totals, what to check, the
/// facts per kind, then the facts added, removed and changed. Headings start at level 2 so the page can sit
/// under a title of its own. Every value from the exports is written through <see cref="MarkdownEncoder"/>: escaped text,
/// or a code span only when it can hold the value as it is.
/// </summary>
public static class DiffMarkdown
{
    /// <summary>Values up to this length, on one line, are shown as "before → after"; longer ones one per line.</summary>
    private const int Inline = 60;

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    private static readonly Dictionary<string, string> RuleHeadings = new(StringComparer.Ordinal)
    {
        ["new-source"] = "**New source**: does the text warrant its reliability grade, and do its citations' grades fit its sentences?",
        ["graded-1"] = "**Graded 1** (confirmed by other sources): does the other source report the same item?",
        ["grade-raised"] = "**Grade raised**: does the source warrant the stronger grade?",
        ["damaged-sentence"] = "**Graded on a damaged sentence**: does the grade fit the damage (a slip 2, a repaired reading 3, a lost item 6), and does the note say what was repaired?",
        ["date-basis-changed"] = "**Date basis changed**: does the article (or the public record) support the new basis?",
        ["public-record-date"] = "**Date from the public record**: is the date really not in the article, and is the record right?",
        ["quote-changed"] = "**Quote changed**: are the words verbatim from the article?",
        ["answer"] = "**Answer**: does the article present these words as an answer, and does the stance come from its words?",
        ["figure-scope"] = "**Figure with another scope**: is it one series with the figures it joins (a chart, the table of forces, a disagreement), or does every page say what it counts?",
        ["one-article"] = "**Resting on one article**: is one source enough for these new facts?",
        ["single-source"] = "**Left with one source**: is one source enough for this fact?",
    };

    /// <summary>Renders the diff (LF line endings, one final newline).</summary>
    public static string Render(ExportDiff diff)
    {
        var w = new StringBuilder();
        w.Append("## Fact changes\n\n");
        w.Append($"{Code(diff.Old.File)} → {Code(diff.New.File)}: ");
        w.Append(diff.IsEmpty
            ? "no fact was added, removed or changed"
            : string.Create(Invariant, $"**{diff.Added.Count} added, {diff.Removed.Count} removed, {diff.Changed.Count} changed**"));
        w.Append(Invariant, $" ({diff.Old.Facts} facts before, {diff.New.Facts} after");
        w.Append(diff.New.Filters == "none" ? ").\n" : $"; filters: {Escape(diff.New.Filters)}).\n");
        foreach (var note in diff.Notes)
        {
            w.Append($"\n> {Escape(note)}\n");
        }

        if (!diff.IsEmpty)
        {
            Checks(w, diff);
        }

        w.Append("\n### Facts per kind\n\n| kind | before | after | added | removed | changed |\n| --- | ---: | ---: | ---: | ---: | ---: |\n");
        foreach (var c in diff.Counts)
        {
            w.Append(Invariant, $"| {Escape(c.Kind)} | {c.Old} | {c.New} | {Count(c.Added)} | {Count(c.Removed)} | {Count(c.Changed)} |\n");
        }

        Facts(w, "Added", diff.Added);
        Facts(w, "Removed", diff.Removed);
        if (diff.Changed.Count > 0)
        {
            w.Append(Invariant, $"\n### Changed ({diff.Changed.Count})\n");
            foreach (var fact in diff.Changed)
            {
                w.Append($"\n#### {Escape(fact.Kind)} {Code(fact.Id)}: {Escape(fact.Label)}\n\n");
                foreach (var change in fact.Changes)
                {
                    Change(w, change);
                }
            }
        }

        return w.ToString();
    }

    private static void Checks(StringBuilder w, ExportDiff diff)
    {
        w.Append("\n### What to check\n");
        if (diff.Checks.Count == 0)
        {
            w.Append("\nNothing to flag: no new source, citation, public-record date, answer or figure, no grade raised, no date basis or quote changed, no fact left with a single source.\n");
            return;
        }

        foreach (var rule in diff.Checks.GroupBy(c => c.Rule))
        {
            w.Append($"\n{RuleHeadings[rule.Key]}\n\n");
            if (rule.Key == "one-article")
            {
                // One line per source: a new article's facts all rest on it, and fourteen lines would say one thing.
                foreach (var source in rule.GroupBy(c => c.Text))
                {
                    var facts = source.ToList();
                    w.Append(Invariant, $"- {Escape(source.Key)}: {facts.Count} added fact{(facts.Count == 1 ? "" : "s")}, ");
                    w.Append(string.Join(", ", facts.Select(c => $"{Escape(c.Kind)} {Code(c.Id)}"))).Append('\n');
                }

                continue;
            }

            foreach (var c in rule)
            {
                w.Append($"- {Escape(c.Kind)} {Code(c.Id)}, {Code(c.Field)}: {Escape(c.Text)}\n");
            }
        }
    }

    private static void Facts(StringBuilder w, string heading, IReadOnlyList<FactSummary> facts)
    {
        if (facts.Count == 0)
        {
            return;
        }

        w.Append(Invariant, $"\n### {heading} ({facts.Count})\n\n| id | kind | title or summary | sources |\n| --- | --- | --- | --- |\n");
        foreach (var f in facts)
        {
            var sources = f.Sources.Count == 0 ? "—" : string.Join(", ", f.Sources.Select(Code));
            w.Append($"| {Code(f.Id)} | {Escape(f.Kind)} | {Escape(f.Label)} | {sources} |\n");
        }
    }

    private static void Change(StringBuilder w, FieldChange c)
    {
        var field = Code(c.Field);
        switch (c.Change)
        {
            case "item-added":
                w.Append($"- {field}: added {Escape(c.After)}\n");
                return;
            case "item-removed":
                w.Append($"- {field}: removed {Escape(c.Before)}\n");
                return;
            case "added":
                w.Append($"- {field} added: {Escape(c.After)}\n");
                return;
            case "removed":
                w.Append($"- {field} removed (was: {Escape(c.Before)})\n");
                return;
        }

        var verb = c.Change == "reordered" ? "reordered" : "changed";
        if (IsShort(c.Before) && IsShort(c.After))
        {
            w.Append($"- {field} {verb}: {Escape(c.Before)} → {Escape(c.After)}\n");
        }
        else
        {
            w.Append($"- {field} {verb}:\n  - before: {Escape(c.Before)}\n  - after: {Escape(c.After)}\n");
            if (c.Change == "changed" && c.Before is not null && c.After is not null)
            {
                w.Append($"  - difference: {Difference(c.Before, c.After)}\n");
            }
        }
    }

    /// <summary>
    /// Where two long texts differ, in a few words of context: "… président ~~américain~~ **àméricain** Joe …".
    /// Only the common start and end are trimmed (words, not characters), which is what one edited passage
    /// needs; a text rewritten throughout shows whole. Hand-written: no diff library is among the project's packages.
    /// </summary>
    private static string Difference(string before, string after)
    {
        const int context = 3;
        var a = before.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var b = after.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var start = 0;
        while (start < a.Length && start < b.Length && a[start] == b[start])
        {
            start++;
        }

        var end = 0;
        while (end < a.Length - start && end < b.Length - start && a[^(end + 1)] == b[^(end + 1)])
        {
            end++;
        }

        if (start == a.Length && start == b.Length)
        {
            return "spacing only";
        }

        var from = Math.Max(0, start - context);
        var parts = new List<string>();
        if (from > 0)
        {
            parts.Add("…");
        }

        parts.AddRange(a[from..start].Select(Escape));
        if (a.Length - end > start)
        {
            parts.Add("~~" + Escape(string.Join(' ', a[start..^end])) + "~~");
        }

        if (b.Length - end > start)
        {
            parts.Add("**" + Escape(string.Join(' ', b[start..^end])) + "**");
        }

        parts.AddRange(b[^end..].Take(context).Select(Escape));
        if (end > context)
        {
            parts.Add("…");
        }

        return string.Join(' ', parts);
    }

    private static bool IsShort(string? value) => value is null || (value.Length <= Inline && !value.Contains('\n'));

    private static string Count(int n) => n == 0 ? "" : n.ToString(Invariant);

    private static string Escape(string? text) => MarkdownEncoder.Escape(text);

    private static string Code(string text) => MarkdownEncoder.Code(text);
}
