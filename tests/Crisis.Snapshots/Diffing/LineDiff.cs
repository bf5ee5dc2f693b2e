using System.Text;

namespace Crisis.Snapshots;

/// <summary>
/// A readable line diff for failure messages. Hand-written because no diff library restores on our NuGet
/// mirror (DiffEngine only launches external tools). Longest common subsequence over the lines that differ,
/// after the common head and tail are set aside; unified-diff-like output with a few context lines.
/// </summary>
internal static class LineDiff
{
    /// <summary>Above this many cells the LCS table is skipped and the changed block is shown whole.</summary>
    private const long MaxTableCells = 4_000_000;

    public static string Format(string verified, string received, int contextLines = 3, int maxOutputLines = 200)
    {
        var edits = Edits(Lines(verified), Lines(received));
        var output = new StringBuilder();
        var written = 0;
        foreach (var hunk in Hunks(edits, contextLines))
        {
            var first = edits[hunk.Start];
            output.Append("@@ verified line ").Append(first.VerifiedLine)
                .Append(", received line ").Append(first.ReceivedLine).Append(" @@\n");
            for (var i = hunk.Start; i < hunk.End; i++)
            {
                if (written++ == maxOutputLines)
                {
                    return output.Append("... (diff cut after ").Append(maxOutputLines).Append(" lines)\n").ToString();
                }

                output.Append(edits[i].Marker).Append(' ').Append(edits[i].Text).Append('\n');
            }
        }

        AppendFinalNewlineNote(output, verified, received);
        return output.ToString();
    }

    /// <summary>The lines removed from <paramref name="before"/> and added in <paramref name="after"/>, by the same diff as <see cref="Format"/>.</summary>
    public static (IReadOnlyList<string> Removed, IReadOnlyList<string> Added) Changes(string before, string after)
    {
        var edits = Edits(Lines(before), Lines(after));
        return ([.. edits.Where(e => e.Marker == '-').Select(e => e.Text)], [.. edits.Where(e => e.Marker == '+').Select(e => e.Text)]);
    }

    /// <summary>A final newline ends the last line rather than starting an empty one; a difference there gets a note.</summary>
    private static string[] Lines(string text) => text.EndsWith('\n') ? text[..^1].Split('\n') : text.Split('\n');

    private static void AppendFinalNewlineNote(StringBuilder output, string verified, string received)
    {
        var verifiedEnds = verified.EndsWith('\n');
        if (verifiedEnds != received.EndsWith('\n'))
        {
            output.Append(verifiedEnds
                ? "(the verified text ends with a newline, the received text does not)\n"
                : "(the received text ends with a newline, the verified text does not)\n");
        }
    }

    private readonly record struct Edit(char Marker, string Text, int VerifiedLine, int ReceivedLine)
    {
        public bool IsChange => Marker != ' ';
    }

    private readonly record struct Hunk(int Start, int End);

    private static List<Edit> Edits(string[] a, string[] b)
    {
        var head = 0;
        while (head < a.Length && head < b.Length && string.Equals(a[head], b[head], StringComparison.Ordinal))
        {
            head++;
        }

        var tail = 0;
        while (tail < a.Length - head && tail < b.Length - head
            && string.Equals(a[^(tail + 1)], b[^(tail + 1)], StringComparison.Ordinal))
        {
            tail++;
        }

        var edits = new List<Edit>(a.Length + b.Length);
        for (var i = 0; i < head; i++)
        {
            edits.Add(new Edit(' ', a[i], i + 1, i + 1));
        }

        AddMiddle(edits, a[head..^tail], b[head..^tail], head);
        for (var k = tail; k > 0; k--)
        {
            edits.Add(new Edit(' ', a[^k], a.Length - k + 1, b.Length - k + 1));
        }

        return edits;
    }

    private static void AddMiddle(List<Edit> edits, string[] a, string[] b, int offset)
    {
        if ((long)a.Length * b.Length > MaxTableCells)
        {
            edits.AddRange(a.Select((line, i) => new Edit('-', line, offset + i + 1, offset + 1)));
            edits.AddRange(b.Select((line, j) => new Edit('+', line, offset + a.Length + 1, offset + j + 1)));
            return;
        }

        // lengths[i, j] = length of the LCS of a[i..] and b[j..]
        var lengths = new int[a.Length + 1, b.Length + 1];
        for (var i = a.Length - 1; i >= 0; i--)
        {
            for (var j = b.Length - 1; j >= 0; j--)
            {
                lengths[i, j] = string.Equals(a[i], b[j], StringComparison.Ordinal)
                    ? lengths[i + 1, j + 1] + 1
                    : Math.Max(lengths[i + 1, j], lengths[i, j + 1]);
            }
        }

        int x = 0, y = 0;
        while (x < a.Length || y < b.Length)
        {
            if (x < a.Length && y < b.Length && string.Equals(a[x], b[y], StringComparison.Ordinal))
            {
                edits.Add(new Edit(' ', a[x], offset + x + 1, offset + y + 1));
                x++;
                y++;
            }
            else if (y < b.Length && (x == a.Length || lengths[x, y + 1] > lengths[x + 1, y]))
            {
                edits.Add(new Edit('+', b[y], offset + x + 1, offset + y + 1));
                y++;
            }
            else
            {
                edits.Add(new Edit('-', a[x], offset + x + 1, offset + y + 1));
                x++;
            }
        }
    }

    /// <summary>Changed lines with their context; hunks whose context would touch are merged.</summary>
    private static IEnumerable<Hunk> Hunks(List<Edit> edits, int contextLines)
    {
        Hunk? current = null;
        for (var i = 0; i < edits.Count; i++)
        {
            if (!edits[i].IsChange)
            {
                continue;
            }

            var start = Math.Max(0, i - contextLines);
            var end = Math.Min(edits.Count, i + contextLines + 1);
            if (current is { } open && start <= open.End)
            {
                current = open with { End = end };
            }
            else
            {
                if (current is { } finished)
                {
                    yield return finished;
                }

                current = new Hunk(start, end);
            }
        }

        if (current is { } last)
        {
            yield return last;
        }
    }
}
