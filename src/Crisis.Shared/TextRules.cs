namespace Crisis.Shared;

/// <summary>
/// What counts as text and where a line ends, defined once for the fact compiler and the reporter (this file is
/// compiled into both as linked source): the compiler refuses fact and schema files that are not text (FACT020),
/// keeps single-line fields to one line, writes doc comments and the JSON Schema's single-line pattern from it; the
/// reporter refuses templates that are not text and turns line breaks into spaces in Markdown and Mermaid.
/// </summary>
internal static class TextRules
{
    /// <summary>Every character C# and editors end a line at, not only '\n': \n, \r, U+0085, U+2028, U+2029.</summary>
    public static readonly char[] LineBreaks = { '\n', '\r', '\u0085', '\u2028', '\u2029' };

    /// <summary>The same line breaks as the body of a regular-expression character class (for the JSON Schema).</summary>
    public const string LineBreakClass = "\\n\\r\\u0085\\u2028\\u2029";

    /// <summary>True for a character a line ends at (see <see cref="LineBreaks"/>).</summary>
    public static bool IsLineBreak(char c) => c is '\n' or '\r' or '\u0085' or '\u2028' or '\u2029';

    /// <summary>
    /// True when the character at <paramref name="index"/> is not text: NUL and the other C0 controls but tab and line
    /// breaks, DEL, the C1 controls but U+0085, a byte-order mark (U+FEFF) inside the text, the noncharacters
    /// U+FFFE/U+FFFF, a lone surrogate; and U+FFFD when <paramref name="replacementIsForbidden"/> (the fact compiler's
    /// host turns bytes that are not UTF-8 into U+FFFD without a word; the reporter decodes strictly instead).
    /// </summary>
    public static bool IsForbidden(string text, int index, bool replacementIsForbidden)
    {
        var c = text[index];
        if (char.IsHighSurrogate(c))
        {
            return index + 1 >= text.Length || !char.IsLowSurrogate(text[index + 1]);
        }

        if (char.IsLowSurrogate(c))
        {
            return index == 0 || !char.IsHighSurrogate(text[index - 1]);
        }

        return c switch
        {
            '\t' or '\n' or '\r' or '\u0085' => false,
            < '\u0020' or '\u007F' => true,
            >= '\u0080' and <= '\u009F' => true,
            '\uFEFF' or '\uFFFE' or '\uFFFF' => true,
            '\uFFFD' => replacementIsForbidden,
            _ => false,
        };
    }

    /// <summary>The index of the first character at or after <paramref name="start"/> that is not text, or -1.</summary>
    public static int FindForbidden(string text, bool replacementIsForbidden, int start = 0)
    {
        for (var i = start; i < text.Length; i++)
        {
            if (IsForbidden(text, i, replacementIsForbidden))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>How many characters at or after <paramref name="start"/> are not text.</summary>
    public static int CountForbidden(string text, bool replacementIsForbidden, int start = 0)
    {
        var count = 0;
        for (var i = start; i < text.Length; i++)
        {
            if (IsForbidden(text, i, replacementIsForbidden))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>A character that is not text, as a message names it.</summary>
    public static string Describe(char c) => c switch
    {
        '\0' => "a NUL character (U+0000)",
        '\uFEFF' => "a byte-order mark (U+FEFF) inside the text",
        '\uFFFD' => "U+FFFD, the character that stands for bytes that are not UTF-8 (save the file as UTF-8)",
        _ when char.IsSurrogate(c) => $"a lone UTF-16 surrogate (U+{(int)c:X4})",
        '\uFFFE' or '\uFFFF' => $"the noncharacter U+{(int)c:X4}",
        _ => $"the control character U+{(int)c:X4}",
    };
}
