using System.Text;
using Crisis.Shared;

namespace Crisis.Reporter.Text;

/// <summary>Makes text safe inside a Mermaid diagram label (timeline entries, chart titles and axis labels).</summary>
public static class Mermaid
{
    /// <summary>
    /// Replaces what Mermaid would read as syntax: <c>:</c> (timeline separator) becomes <c>∶</c>,
    /// <c>#</c> and <c>;</c> (entity codes, statement ends) become <c>№</c> and <c>,</c>, double quotes become
    /// single, backticks (which could close the code fence) become <c>'</c>, <c>%%</c> (comment) is broken up,
    /// brackets become parentheses, and line breaks become spaces.
    /// </summary>
    public static string Label(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            sb.Append(c switch
            {
                ':' => '∶',
                '#' => '№',
                ';' => ',',
                '"' => '\'',
                '`' => '\'',
                '[' or '{' => '(',
                ']' or '}' => ')',
                '\t' => ' ',
                _ when TextRules.IsLineBreak(c) => ' ',
                _ => c,
            });
        }

        var s = sb.ToString().Replace("%%", "% %", StringComparison.Ordinal);
        while (s.Contains("  ", StringComparison.Ordinal))
        {
            s = s.Replace("  ", " ", StringComparison.Ordinal);
        }

        return s.Trim();
    }
}
