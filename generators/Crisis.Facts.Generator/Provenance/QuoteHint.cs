using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Crisis.Shared;

namespace Crisis.Facts.Generator.Provenance;

/// <summary>
/// For a quote that is not in its source's text, where the text parts from it, so that a curator sees the word to fix:
/// a look-alike character (’ for ', « » for ", a no-break space), else the words where the text parts from the quote
/// (after the quote's longest start the text holds, or before its longest end), else the sentences at the locator.
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

        // Where the text parts from the quote: after the quote's longest start the text holds, or before its longest end,
        // whichever is longer; in the sentences the locator names (where a shorter match says more), or anywhere.
        var candidates = new List<(int Length, bool IsStart, int Paragraph, int At)>();
        foreach (var (places, anchor) in new[] { (InSpan(text, locator), Math.Min(10, (quote.Length + 1) / 2)), (Everywhere(text), Math.Min(20, (quote.Length + 1) / 2)) })
        {
            foreach (var isStart in new[] { true, false })
            {
                var (length, paragraph, at) = Longest(places, quote.Length, k => isStart ? quote.Substring(0, k) : quote.Substring(quote.Length - k));
                if (length >= anchor)
                {
                    candidates.Add((length, isStart, paragraph, at));
                }
            }
        }

        if (candidates.Count > 0)
        {
            var best = candidates.OrderByDescending(c => c.Length).First();
            var paragraphText = text.Paragraphs[best.Paragraph].Text;
            if (best.IsStart)
            {
                var wordStart = quote.LastIndexOf(' ', best.Length - 1) + 1; // both from the start of the word where they part
                return Parting(text, best.Paragraph, best.At + wordStart, paragraphText.Substring(best.At + wordStart).Split(' '), quote.Substring(wordStart).Split(' '), reversed: false);
            }

            var parted = quote.Length - best.Length;
            var wordEnd = quote.IndexOf(' ', parted) is var space and >= 0 ? space : quote.Length; // both to the end of the word where they part
            var textEnd = best.At + (wordEnd - parted);
            return Parting(text, best.Paragraph, Math.Max(0, textEnd - 1), Enumerable.Reverse(paragraphText.Substring(0, textEnd).Split(' ')).ToArray(),
                Enumerable.Reverse(quote.Substring(0, wordEnd).Split(' ')).ToArray(), reversed: true);
        }

        return text.Span(locator) is { } span ? $" At {locator} the text reads {Start(span, Shown)}." : string.Empty;
    }

    /// <summary>Where to look for a piece of the quote: a paragraph, from an offset, as a text.</summary>
    private readonly record struct Place(int Paragraph, int Offset, string Text);

    private static IEnumerable<Place> InSpan(NumberedText text, Locator locator) =>
        text.Span(locator) is { } span ? new[] { new Place(locator.Paragraph - 1, text.Paragraphs[locator.Paragraph - 1].Start(locator.First), span) } : Enumerable.Empty<Place>();

    private static IEnumerable<Place> Everywhere(NumberedText text) =>
        text.Paragraphs.Select((paragraph, p) => new Place(p, 0, paragraph.Text));

    /// <summary>
    /// "The text parts from the quote at ¶3 s.13: it has “américain” where the quote has “russe”." The words of each, from
    /// where they part (read backwards when <paramref name="reversed"/>), up to where three words agree again.
    /// </summary>
    private static string Parting(NumberedText text, int paragraph, int offset, string[] textWords, string[] quoteWords, bool reversed)
    {
        var where = new Locator(paragraph + 1, text.Paragraphs[paragraph].SentenceAt(offset), text.Paragraphs[paragraph].SentenceAt(offset));
        string Words(string[] words, int count)
        {
            var taken = words.Take(count);
            var joined = string.Join(" ", reversed ? taken.Reverse() : taken);
            return joined.Length == 0 ? "nothing" : reversed ? End(joined, Shown) : Start(joined, Shown);
        }

        var (inText, inQuote) = WordsThatDiffer(textWords, quoteWords) ?? (Math.Min(textWords.Length, 6), Math.Min(quoteWords.Length, 6));
        return $" The text parts from the quote at {where}: it has {Words(textWords, inText)} where the quote has {Words(quoteWords, inQuote)}.";
    }

    /// <summary>How many words of each differ before three (or the quote's remaining ones) agree again; null when none do within eight.</summary>
    private static (int Text, int Quote)? WordsThatDiffer(string[] text, string[] quote)
    {
        const int Window = 8;
        for (var skipped = 1; skipped <= 2 * Window; skipped++)
        {
            for (var i = Math.Max(0, skipped - Window); i <= Math.Min(skipped, Window); i++)
            {
                var j = skipped - i;
                var left = quote.Length - j;
                if (j > quote.Length || (left == 0 && i == 0) || i > text.Length)
                {
                    continue;
                }

                var agree = Math.Min(3, left);
                if (i + agree <= text.Length && Enumerable.Range(0, agree).All(n => text[i + n] == quote[j + n]))
                {
                    return (i, j);
                }
            }
        }

        return null;
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
            return $" It is at {new Locator(p + 1, sentence, paragraph.SentenceAt(at + quote.Length - 1))} but for look-alike characters: the text has {Describe(paragraph.Text[at + first])} where the quote has {Describe(quote[first])}, in “{WordAt(paragraph.Text, at + first)}”{others}.";
        }

        return null;
    }

    /// <summary>
    /// The longest piece (the quote's first or last k characters) found in the places, and where (paragraph, offset in its
    /// text): a binary search, as a shorter piece is found whenever a longer one is.
    /// </summary>
    private static (int Length, int Paragraph, int At) Longest(IEnumerable<Place> places, int length, Func<int, string> piece)
    {
        var list = places.ToList();
        (int Paragraph, int At)? Find(string wanted)
        {
            foreach (var place in list)
            {
                var at = place.Text.IndexOf(wanted, StringComparison.Ordinal);
                if (at >= 0)
                {
                    return (place.Paragraph, place.Offset + at);
                }
            }

            return null;
        }

        int low = 0, high = length - 1;
        while (low < high)
        {
            var middle = (low + high + 1) / 2;
            if (Find(piece(middle)) is not null)
            {
                low = middle;
            }
            else
            {
                high = middle - 1;
            }
        }

        return low > 0 && Find(piece(low)) is { } found ? (low, found.Paragraph, found.At) : (0, 0, 0);
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

    /// <summary>The start of a text, as much as the differing part of the quote and a few characters more.</summary>
    private static string Start(string text, int wanted)
    {
        var length = Math.Min(Shown, wanted + 10);
        return "“" + (text.Length <= length ? text : text.Substring(0, length) + "…") + "”";
    }

    /// <summary>The end of a text, as much as the differing part of the quote and a few characters more.</summary>
    private static string End(string text, int wanted)
    {
        var length = Math.Min(Shown, wanted + 10);
        return "“" + (text.Length <= length ? text : "…" + text.Substring(text.Length - length)) + "”";
    }

    /// <summary>The word (between spaces, at most 20 characters each way) around a character.</summary>
    private static string WordAt(string text, int index)
    {
        var start = index;
        while (start > 0 && index - start < 20 && text[start - 1] != ' ')
        {
            start--;
        }

        var end = index + 1;
        while (end < text.Length && end - index < 20 && text[end] != ' ')
        {
            end++;
        }

        return text.Substring(start, end - start);
    }
}
