using System;
using System.Globalization;
using System.Linq;

namespace Crisis.Facts.Generator.Provenance;

/// <summary>
/// For a quote that is not in its source's text, where the text parts from it, so that a curator sees the word to fix:
/// a look-alike character (’ for ', « » for ", a no-break space), else the longest start or end of the quote the text
/// has and what follows it there, else the sentences at the locator.
/// </summary>
internal static class QuoteHint
{
    /// <summary>Characters shown on each side of where the text and the quote part.</summary>
    private const int Shown = 40;

    public static string Explain(NumberedText text, string quote, Locator locator)
    {
        if (LookAlike(text, quote) is { } lookAlike)
        {
            return lookAlike;
        }

        var anchor = Math.Min(20, (quote.Length + 1) / 2);
        var prefix = Longest(text, quote.Length, k => quote.Substring(0, k));
        if (prefix.Length >= anchor)
        {
            var (paragraph, at) = prefix.Place;
            var where = new Locator(paragraph + 1, text.Paragraphs[paragraph].SentenceAt(at), text.Paragraphs[paragraph].SentenceAt(at));
            var after = text.Paragraphs[paragraph].Text.Substring(at + prefix.Length);
            return $" The text has its first {prefix.Length} characters at {where}, then reads {Start(after)} where the quote has {Start(quote.Substring(prefix.Length))}.";
        }

        var suffix = Longest(text, quote.Length, k => quote.Substring(quote.Length - k));
        if (suffix.Length >= anchor)
        {
            var (paragraph, at) = suffix.Place;
            var where = new Locator(paragraph + 1, text.Paragraphs[paragraph].SentenceAt(at), text.Paragraphs[paragraph].SentenceAt(at));
            var before = text.Paragraphs[paragraph].Text.Substring(0, at);
            return $" The text has its last {suffix.Length} characters at {where}, after {End(before)} where the quote has {End(quote.Substring(0, quote.Length - suffix.Length))}.";
        }

        return text.Span(locator) is { } span ? $" At {locator} the text reads {Start(span)}." : string.Empty;
    }

    /// <summary>The quote is in the text but for characters that look alike: name the first, with both code points.</summary>
    private static string? LookAlike(NumberedText text, string quote)
    {
        var wanted = Plain(quote);
        for (var p = 0; p < text.Paragraphs.Count; p++)
        {
            var paragraph = text.Paragraphs[p];
            var at = Plain(paragraph.Text).IndexOf(wanted, StringComparison.Ordinal);
            if (at < 0)
            {
                continue;
            }

            var differ = Enumerable.Range(0, quote.Length).Where(i => quote[i] != paragraph.Text[at + i]).ToList();
            var first = differ[0];
            var sentence = paragraph.SentenceAt(at);
            var others = differ.Count > 1 ? $" (and {differ.Count - 1} more such character{(differ.Count > 2 ? "s" : string.Empty)})" : string.Empty;
            return $" It is at {new Locator(p + 1, sentence, paragraph.SentenceAt(at + quote.Length - 1))} but for look-alike characters: the text has {Describe(paragraph.Text[at + first])} where the quote has {Describe(quote[first])}, in {Start(paragraph.Text.Substring(at + Math.Max(0, first - 10)))}{others}.";
        }

        return null;
    }

    /// <summary>The longest piece (the quote's first or last k characters) the text holds, and where: a binary search, as a shorter piece is in the text whenever a longer one is.</summary>
    private static (int Length, (int Paragraph, int At) Place) Longest(NumberedText text, int length, Func<int, string> piece)
    {
        int low = 0, high = length - 1;
        while (low < high)
        {
            var middle = (low + high + 1) / 2;
            if (Where(text, piece(middle)) is not null)
            {
                low = middle;
            }
            else
            {
                high = middle - 1;
            }
        }

        return low > 0 && Where(text, piece(low)) is { } place ? (low, place) : (0, (0, 0));
    }

    private static (int Paragraph, int At)? Where(NumberedText text, string piece)
    {
        for (var p = 0; p < text.Paragraphs.Count; p++)
        {
            var at = text.Paragraphs[p].Text.IndexOf(piece, StringComparison.Ordinal);
            if (at >= 0)
            {
                return (p, at);
            }
        }

        return null;
    }

    /// <summary>One character for each look-alike (so offsets do not move): apostrophes, quotation marks, dashes, spaces.</summary>
    private static string Plain(string text)
    {
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = chars[i] switch
            {
                '’' or '‘' or 'ʼ' or '′' or '`' or '´' => '\'',
                '“' or '”' or '„' or '«' or '»' or '″' => '"',
                '–' or '—' or '‑' or '−' => '-',
                '\u00A0' or '\u202F' or '\u2009' or '\u2007' => ' ',
                _ => chars[i],
            };
        }

        return new string(chars);
    }

    private static string Describe(char c) =>
        c == ' ' ? "a space (U+0020)"
        : char.IsWhiteSpace(c) ? string.Format(CultureInfo.InvariantCulture, "a no-break or thin space (U+{0:X4})", (int)c)
        : string.Format(CultureInfo.InvariantCulture, "{0} (U+{1:X4})", c, (int)c);

    private static string Start(string text) => "“" + (text.Length <= Shown ? text : text.Substring(0, Shown) + "…") + "”";

    private static string End(string text) => "“" + (text.Length <= Shown ? text : "…" + text.Substring(text.Length - Shown)) + "”";
}
