using System.Text.RegularExpressions;
using Crisis.Facts.Generator.Common;
using Crisis.Shared;

namespace Crisis.Facts.Generator.Yaml;

/// <summary>
/// Text as text: what a fact or schema file may hold, by the project's one text rule (<see cref="TextRules"/>, shared
/// with the reporter). The compiler reads files as UTF-8 and turns invalid bytes into U+FFFD without a word, so here
/// U+FFFD is refused too, rather than published.
/// </summary>
internal static class PlainText
{
    /// <summary>Ids as a fact file spells them on their line (`- id: x` or `id: x`), for a file YAML could not read.</summary>
    private static readonly Regex IdLine = new(@"^[ \t]*(?:-[ \t]+)?id[ \t]*:[ \t]*[""']?([^""'\s#]+)", RegexOptions.Multiline | RegexOptions.CultureInvariant);

    public static bool IsForbidden(string text, int index) => TextRules.IsForbidden(text, index, replacementIsForbidden: true);

    public static int FindForbidden(string text) => TextRules.FindForbidden(text, replacementIsForbidden: true);

    public static string Describe(char c) => TextRules.Describe(c);

    /// <summary>
    /// The location of one character, lines counted as the compiler counts them (\r\n, \r, \n, U+0085, U+2028, U+2029).
    /// </summary>
    public static TextLocation LocationOf(string text, int index)
    {
        int line = 0, lineStart = 0;
        for (var i = 0; i < index; i++)
        {
            var c = text[i];
            if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                continue; // counted at its '\n'
            }

            if (TextRules.IsLineBreak(c))
            {
                line++;
                lineStart = i + 1;
            }
        }

        return new TextLocation(index, index + 1, line, index - lineStart, line, index - lineStart + 1);
    }

    /// <summary>Top-level keys as a fact file spells them (`actors:` at the start of a line): the sections of a file YAML could not read.</summary>
    private static readonly Regex SectionLine = new(@"^([A-Za-z][A-Za-z0-9-]*)[ \t]*:", RegexOptions.Multiline | RegexOptions.CultureInvariant);

    /// <summary>
    /// What a file that could not be read as YAML seems to define: its sections and the ids on its lines. References to
    /// them are not errors of their own (the file's error is the mistake, and what follows it cannot be known).
    /// </summary>
    public static EquatableArray<string> SalvageIds(string text) => Matches(IdLine, text);

    public static EquatableArray<string> SalvageSections(string text) => Matches(SectionLine, text);

    private static EquatableArray<string> Matches(Regex regex, string text)
    {
        var found = new System.Collections.Generic.List<string>();
        foreach (Match match in regex.Matches(text))
        {
            found.Add(match.Groups[1].Value);
        }

        return found.ToEquatableArray();
    }
}
