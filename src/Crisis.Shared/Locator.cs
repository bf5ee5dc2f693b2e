using System.Globalization;
using System.Text.RegularExpressions;

namespace Crisis.Shared;

/// <summary>
/// A citation's locator: "¶3 s.12" (paragraph 3, sentence 12) or "¶3 s.20–21" (sentences 20 to 21, an en dash),
/// counted as the compiler's NumberedText counts. Compiled into the compiler, the reporter (the caveats count sentences
/// by it) and the fact base's tests, so that the notation is written once.
/// </summary>
internal readonly record struct Locator(int Paragraph, int First, int Last)
{
    // \z, not $ (which also matches before a final "\n"); at most 9 digits, so every number fits an int.
    private static readonly Regex Notation = new(
        @"^¶(?<paragraph>[1-9][0-9]{0,8}) s\.(?<first>[1-9][0-9]{0,8})(?:–(?<last>[1-9][0-9]{0,8}))?\z",
        RegexOptions.CultureInvariant);

    /// <summary>The notation, for messages.</summary>
    public const string Forms = "\"¶<paragraph> s.<sentence>\" such as \"¶3 s.12\", or \"¶3 s.20–21\" for a quote over sentences 20 to 21 (an en dash)";

    /// <summary>True for a locator in the notation; a range must run from a sentence to a later one ("¶3 s.5–5" is refused).</summary>
    public static bool TryParse(string text, out Locator locator)
    {
        var match = Notation.Match(text);
        locator = default;
        if (!match.Success)
        {
            return false;
        }

        var first = Number(match.Groups["first"].Value);
        var last = match.Groups["last"].Success ? Number(match.Groups["last"].Value) : first;
        locator = new Locator(Number(match.Groups["paragraph"].Value), first, last);
        return last > first || !match.Groups["last"].Success;
    }

    public bool IsRange => Last > First;

    public override string ToString() => IsRange
        ? string.Format(CultureInfo.InvariantCulture, "¶{0} s.{1}–{2}", Paragraph, First, Last)
        : string.Format(CultureInfo.InvariantCulture, "¶{0} s.{1}", Paragraph, First);

    private static int Number(string digits) => int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);
}
