using System.Text;
using Crisis.Shared;

namespace Crisis.Reporter.Text;

/// <summary>
/// The one escaping path for values written into Markdown, by templates (<c>{{ value }}</c>) and by <c>diff</c>:
/// no HTML escaping, but every character that could change the structure of a Markdown document is escaped, line
/// breaks become spaces and control characters (a terminal's escape codes) are written visibly (<c>\x1B</c>). A
/// <c>|</c> cannot split a table cell, a newline cannot end a list item, a <c>[^1]</c> cannot forge a footnote, a
/// <c>&lt;img onerror=…&gt;</c> cannot become HTML. <see cref="Code"/> is the same for code spans.
/// </summary>
public static class MarkdownEncoder
{
    /// <summary>Escapes <paramref name="text"/> for use inline in Markdown (table cell, list item, paragraph).</summary>
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var sb = new StringBuilder(text.Length + 8);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '\r':
                    if (i + 1 < text.Length && text[i + 1] == '\n')
                    {
                        i++;
                    }

                    sb.Append(' ');
                    break;
                case '\t':
                case var lineBreak when TextRules.IsLineBreak(lineBreak):
                    // Every line break of the project's text rule: one would end a table row or a list item.
                    sb.Append(' ');
                    break;
                case < ' ' or '\u007F' or (>= '\u0080' and <= '\u009F'):
                    // Shown, not obeyed: "\x1B" (its backslash escaped), never an escape code reaching a terminal.
                    sb.Append("\\\\x").Append(((int)c).ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
                    break;
                case '\\':
                case '`':
                case '*':
                case '[':
                case ']':
                case '<':
                case '>':
                case '|':
                case '~':
                    sb.Append('\\').Append(c);
                    break;
                case '_':
                    // Intraword underscores (file_names) never start emphasis in CommonMark; others might.
                    var inWord = i > 0 && char.IsLetterOrDigit(text[i - 1]) && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]);
                    if (!inWord)
                    {
                        sb.Append('\\');
                    }

                    sb.Append(c);
                    break;
                case '#' or '-' or '+' or '=' when sb.Length == 0:
                    // At the start of a value, these could open a heading, a list item or a setext underline.
                    sb.Append('\\').Append(c);
                    break;
                case '.' or ')' when IsLeadingNumber(sb):
                    // "1. " at the start of a value would open an ordered list.
                    sb.Append('\\').Append(c);
                    break;
                default:
                    sb.Append(c);
                    break;
            }
        }

        return sb.ToString();
    }

    /// <summary>
    /// An id or a field path as a code span. Nothing can be escaped inside a code span, so text that a code span cannot
    /// hold as it is (a backtick, a <c>|</c> that a table would take for a cell border, a line break or a control
    /// character, spaces at its ends) is written as escaped text instead.
    /// </summary>
    public static string Code(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var plain = text[0] != ' ' && text[^1] != ' ';
        foreach (var c in text)
        {
            plain &= c is not ('`' or '|' or '\u0085' or '\u2028' or '\u2029') && !char.IsControl(c);
        }

        return plain ? "`" + text + "`" : Escape(text);
    }

    private static bool IsLeadingNumber(StringBuilder sb)
    {
        if (sb.Length == 0 || sb.Length > 9)
        {
            return false;
        }

        for (var i = 0; i < sb.Length; i++)
        {
            if (!char.IsAsciiDigit(sb[i]))
            {
                return false;
            }
        }

        return true;
    }
}
