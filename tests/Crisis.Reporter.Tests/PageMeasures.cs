using System.Text.RegularExpressions;

namespace Crisis.Reporter.Tests;

// Also compiled into tests/Crisis.Benchmarks (linked), so that the growth harness counts a page's words as these tests do.
/// <summary>What a reader reads of a page: its body words and its footnotes.</summary>
public static partial class PageMeasures
{
    /// <summary>The body: without footnote definitions, diagram code or the legends.</summary>
    public static string Body(string markdown)
    {
        var text = FenceRegex().Replace(markdown, "");
        text = LegendsRegex().Replace(text, "");
        text = DefinitionRegex().Replace(text, "");
        return MarkerRegex().Replace(text, "");
    }

    /// <summary>Words of the body: runs of characters holding a letter or digit (Markdown marks are not words).</summary>
    public static int BodyWords(string markdown) =>
        Body(markdown).Split([' ', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries).Count(w => w.Any(char.IsLetterOrDigit));

    /// <summary>The number of footnote definitions.</summary>
    public static int Footnotes(string markdown) => DefinitionRegex().Count(markdown);

    [GeneratedRegex(@"^```[^\n]*\n.*?^```[^\n]*$", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex FenceRegex();

    [GeneratedRegex(@"^### Legends\n.*?(?=^## |^\[\^|\z)", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex LegendsRegex();

    [GeneratedRegex(@"^\[\^[^\]\s]+\]:.*$", RegexOptions.Multiline)]
    private static partial Regex DefinitionRegex();

    [GeneratedRegex(@"\[\^[^\]\s]+\]")]
    private static partial Regex MarkerRegex();
}
