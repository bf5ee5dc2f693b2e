using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using Crisis.Facts.Generator.Common;
using Crisis.Shared;

namespace Crisis.Facts.Generator.Provenance;

/// <summary>
/// A source's text cut into numbered paragraphs and sentences by the counting rule of the README ("Editing facts"), so
/// that a locator such as "¶3 s.12" names one sentence a reader can count to. The one implementation of that rule: the
/// compiler checks every quote with it and the tests call it. Written by hand: sentence splitters in libraries guess with
/// language models or abbreviation lists of their own, and a curator must be able to apply the rule with a pencil.
/// </summary>
internal sealed record NumberedText(EquatableArray<NumberedParagraph> Paragraphs)
{
    /// <summary>Full stops that end these words do not end a sentence ("M. Blinken", "Jr."); single capitals (initials) neither.</summary>
    private static readonly HashSet<string> Abbreviations = new(StringComparer.Ordinal) { "M", "Jr" };

    /// <summary>Paragraphs are the non-blank lines of the text (lines end at LF, CR LF or CR), headline, captions and boilerplate included.</summary>
    public static NumberedText Parse(string text, CancellationToken cancellationToken = default)
    {
        var paragraphs = new List<NumberedParagraph>();
        foreach (var line in SourceTextHash.WithLfLineEndings(text).Split('\n'))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var paragraph = line.Trim();
            if (paragraph.Length > 0)
            {
                paragraphs.Add(NumberedParagraph.From(Sentences(paragraph)));
            }
        }

        return new NumberedText(paragraphs.ToEquatableArray());
    }

    /// <summary>Sentences first to last of a paragraph, joined by a space; null when the locator points past the text.</summary>
    public string? Span(Locator locator)
    {
        if (locator.Paragraph < 1 || locator.Paragraph > Paragraphs.Count)
        {
            return null;
        }

        var paragraph = Paragraphs[locator.Paragraph - 1];
        return locator.First < 1 || locator.Last > paragraph.Count || locator.Last < locator.First
            ? null
            : paragraph.Text.Substring(paragraph.Start(locator.First), paragraph.End(locator.Last) - paragraph.Start(locator.First));
    }

    /// <summary>True when the quote is in the sentences the locator names.</summary>
    public bool Holds(Locator locator, string quote) => Span(locator)?.IndexOf(quote, StringComparison.Ordinal) >= 0;

    /// <summary>True when a shorter span inside this one already holds the quote.</summary>
    public bool IsWiderThanNeeded(Locator locator, string quote) =>
        locator.First < locator.Last
        && (Holds(locator with { First = locator.First + 1 }, quote) || Holds(locator with { Last = locator.Last - 1 }, quote));

    /// <summary>
    /// Every smallest span of sentences that holds the quote, in reading order: each place the quote occurs, as the
    /// sentences it runs over, leaving out a span that holds a shorter one. One pass over each paragraph's text.
    /// </summary>
    public IReadOnlyList<Locator> Find(string quote)
    {
        var found = new List<Locator>();
        if (quote.Length == 0)
        {
            return found;
        }

        for (var p = 0; p < Paragraphs.Count; p++)
        {
            var paragraph = Paragraphs[p];
            var spans = new List<Locator>();
            var seen = new HashSet<Locator>();
            for (var at = paragraph.Text.IndexOf(quote, StringComparison.Ordinal); at >= 0; at = paragraph.Text.IndexOf(quote, at + 1, StringComparison.Ordinal))
            {
                var span = new Locator(p + 1, paragraph.SentenceAt(at), paragraph.SentenceEndingAtOrAfter(at + quote.Length));
                if (seen.Add(span))
                {
                    spans.Add(span);
                }
            }

            // Spans come in reading order; one that holds another (the quote twice, once within fewer sentences) is not the smallest.
            found.AddRange(spans.Where(span => !spans.Any(other => other != span && other.First >= span.First && other.Last <= span.Last)));
        }

        return found;
    }

    /// <summary>
    /// A sentence ends at '.', '!' or '?' followed by white space or the end of the paragraph; closing quotation marks
    /// right after the mark (» also after spaces) end with it. A piece with no letter or digit (a stray ". ") joins the
    /// sentence before it; "partie.Moscou", with no space, is not split.
    /// </summary>
    private static List<string> Sentences(string paragraph)
    {
        var sentences = new List<string>();
        var start = 0;
        var i = 0;
        while (i < paragraph.Length)
        {
            if (paragraph[i] is not ('.' or '!' or '?') || (paragraph[i] == '.' && EndsWithAbbreviation(paragraph, start, i)))
            {
                i++;
                continue;
            }

            var end = AfterClosingMarks(paragraph, i + 1);
            if (end < paragraph.Length && !char.IsWhiteSpace(paragraph[end]))
            {
                i++;
                continue;
            }

            Add(sentences, paragraph.Substring(start, end - start));
            start = i = end;
        }

        Add(sentences, paragraph.Substring(start));
        return sentences;
    }

    private static int AfterClosingMarks(string paragraph, int j)
    {
        while (j < paragraph.Length)
        {
            if (paragraph[j] is '»' or '”' or '"' or '’')
            {
                j++;
                continue;
            }

            var k = j;
            while (k < paragraph.Length && IsSpace(paragraph[k]))
            {
                k++;
            }

            if (k > j && k < paragraph.Length && paragraph[k] == '»')
            {
                j = k + 1;
                continue;
            }

            break;
        }

        return j;
    }

    private static bool IsSpace(char c) => c is ' ' or '\u00A0' or '\u202F';

    /// <summary>Whether the word just before the full stop at <paramref name="stop"/> (within the sentence begun at <paramref name="start"/>) is an abbreviation or an initial.</summary>
    private static bool EndsWithAbbreviation(string paragraph, int start, int stop)
    {
        var from = stop;
        while (from > start && IsWordCharacter(paragraph[from - 1]))
        {
            from--;
        }

        var word = paragraph.Substring(from, stop - from);
        return Abbreviations.Contains(word) || (word.Length == 1 && char.IsUpper(word[0]));
    }

    /// <summary>A word character as regular expressions' \w counts them: letters, decimal digits, non-spacing marks, connectors.</summary>
    private static bool IsWordCharacter(char c) =>
        char.IsLetterOrDigit(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.ConnectorPunctuation;

    private static void Add(List<string> sentences, string piece)
    {
        piece = piece.Trim();
        if (piece.Length == 0)
        {
            return;
        }

        if (!piece.Any(char.IsLetterOrDigit) && sentences.Count > 0)
        {
            sentences[sentences.Count - 1] += " " + piece;
        }
        else
        {
            sentences.Add(piece);
        }
    }
}

/// <summary>One paragraph: its sentences joined by single spaces, and where each starts (sentence n at <c>Starts[n - 1]</c>).</summary>
internal sealed record NumberedParagraph(string Text, EquatableArray<int> Starts)
{
    public int Count => Starts.Count;

    public static NumberedParagraph From(IReadOnlyList<string> sentences)
    {
        var starts = new int[sentences.Count];
        var offset = 0;
        for (var i = 0; i < sentences.Count; i++)
        {
            starts[i] = offset;
            offset += sentences[i].Length + 1;
        }

        return new NumberedParagraph(string.Join(" ", sentences), starts.ToEquatableArray());
    }

    /// <summary>Where sentence n (1-based) starts in <see cref="Text"/>.</summary>
    public int Start(int sentence) => Starts[sentence - 1];

    /// <summary>Where sentence n (1-based) ends in <see cref="Text"/> (before the space that joins it to the next).</summary>
    public int End(int sentence) => sentence < Count ? Starts[sentence] - 1 : Text.Length;

    public string Sentence(int sentence) => Text.Substring(Start(sentence), End(sentence) - Start(sentence));

    /// <summary>The sentence (1-based) that holds the character at <paramref name="offset"/>, or precedes it when it is a joining space.</summary>
    public int SentenceAt(int offset)
    {
        // The number of sentences that start at or before the offset (binary search: starts ascend).
        int low = 1, high = Count;
        while (low < high)
        {
            var middle = (low + high + 1) / 2;
            if (Starts[middle - 1] <= offset)
            {
                low = middle;
            }
            else
            {
                high = middle - 1;
            }
        }

        return low;
    }

    /// <summary>The first sentence (1-based) that ends at or after <paramref name="offset"/>.</summary>
    public int SentenceEndingAtOrAfter(int offset)
    {
        int low = 1, high = Count;
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (End(middle) >= offset)
            {
                high = middle;
            }
            else
            {
                low = middle + 1;
            }
        }

        return low;
    }
}
