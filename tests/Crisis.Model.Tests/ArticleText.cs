using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Crisis.Model.Tests;

/// <summary>
/// An article cut into numbered paragraphs and sentences, by the convention the README ("Editing facts") and the
/// schema's <c>locator</c> describe, so that a locator such as "¶3 s.12" names one sentence a reader can count to.
/// Written by hand: sentence splitters in libraries guess with language models or abbreviation lists of their own,
/// and a curator must be able to apply the rule with a pencil.
/// </summary>
internal sealed partial class ArticleText
{
    /// <summary>Full stops that end these words do not end a sentence ("M. Blinken", "Jr."); single capitals (initials) neither.</summary>
    private static readonly HashSet<string> Abbreviations = new(StringComparer.Ordinal) { "M", "Jr" };

    private ArticleText(IReadOnlyList<IReadOnlyList<string>> paragraphs) => Paragraphs = paragraphs;

    /// <summary>Paragraph n (1-based) is <c>Paragraphs[n - 1]</c>; sentence m of it is <c>Paragraphs[n - 1][m - 1]</c>.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Paragraphs { get; }

    /// <summary>Paragraphs are the non-blank lines of the file, headline, captions and boilerplate included.</summary>
    public static ArticleText Parse(string text) =>
        new(text.Split('\n')
            .Select(line => line.Trim())
            .Where(line => line.Length > 0)
            .Select(line => (IReadOnlyList<string>)Sentences(line))
            .ToList());

    /// <summary>Sentences first to last of a paragraph, joined by a space; null when the locator points past the text.</summary>
    public string? Span(Locator locator)
    {
        if (locator.Paragraph < 1 || locator.Paragraph > Paragraphs.Count)
        {
            return null;
        }

        var sentences = Paragraphs[locator.Paragraph - 1];
        return locator.First < 1 || locator.Last > sentences.Count || locator.Last < locator.First
            ? null
            : string.Join(" ", sentences.Skip(locator.First - 1).Take(locator.Last - locator.First + 1));
    }

    /// <summary>Every smallest span of sentences that holds the quote (for a failure message that says where it is).</summary>
    public IEnumerable<Locator> Find(string quote)
    {
        for (var p = 1; p <= Paragraphs.Count; p++)
        {
            var count = Paragraphs[p - 1].Count;
            for (var first = 1; first <= count; first++)
            {
                for (var last = first; last <= count; last++)
                {
                    var here = new Locator(p, first, last);
                    if (Span(here)!.Contains(quote, StringComparison.Ordinal))
                    {
                        if (!IsWiderThanNeeded(here, quote))
                        {
                            yield return here;
                        }

                        break;
                    }
                }
            }
        }
    }

    /// <summary>True when a shorter span inside this one already holds the quote.</summary>
    public bool IsWiderThanNeeded(Locator locator, string quote) =>
        locator.First < locator.Last
        && (Span(locator with { First = locator.First + 1 })!.Contains(quote, StringComparison.Ordinal)
            || Span(locator with { Last = locator.Last - 1 })!.Contains(quote, StringComparison.Ordinal));

    /// <summary>
    /// A sentence ends at '.', '!' or '?' followed by white space or the end of the paragraph; closing quotation
    /// marks right after the mark (» also after spaces) end with it. A piece with no letter or digit (a stray ". ")
    /// joins the sentence before it; "partie.Moscou", with no space, is not split.
    /// </summary>
    private static List<string> Sentences(string paragraph)
    {
        var sentences = new List<string>();
        var start = 0;
        var i = 0;
        while (i < paragraph.Length)
        {
            if (paragraph[i] is not ('.' or '!' or '?') || (paragraph[i] == '.' && EndsWithAbbreviation(paragraph[start..i])))
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

            Add(sentences, paragraph[start..end]);
            start = i = end;
        }

        Add(sentences, paragraph[start..]);
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

    private static bool EndsWithAbbreviation(string text)
    {
        var word = LastWord().Match(text).Value;
        return Abbreviations.Contains(word) || (word.Length == 1 && char.IsUpper(word[0]));
    }

    private static void Add(List<string> sentences, string piece)
    {
        piece = piece.Trim();
        if (piece.Length == 0)
        {
            return;
        }

        if (!piece.Any(char.IsLetterOrDigit) && sentences.Count > 0)
        {
            sentences[^1] += " " + piece;
        }
        else
        {
            sentences.Add(piece);
        }
    }

    [GeneratedRegex(@"\w+$")]
    private static partial Regex LastWord();
}

/// <summary>A citation's locator: "¶3 s.12" (paragraph 3, sentence 12) or "¶3 s.20–21" (sentences 20 to 21).</summary>
internal readonly partial record struct Locator(int Paragraph, int First, int Last)
{
    public static bool TryParse(string text, out Locator locator)
    {
        var match = Notation().Match(text);
        locator = default;
        if (!match.Success)
        {
            return false;
        }

        var first = int.Parse(match.Groups["first"].Value, CultureInfo.InvariantCulture);
        var last = match.Groups["last"].Success ? int.Parse(match.Groups["last"].Value, CultureInfo.InvariantCulture) : first;
        locator = new Locator(int.Parse(match.Groups["paragraph"].Value, CultureInfo.InvariantCulture), first, last);
        return last > first || !match.Groups["last"].Success;
    }

    public override string ToString()
    {
        var text = new StringBuilder().Append(CultureInfo.InvariantCulture, $"¶{Paragraph} s.{First}");
        return (Last == First ? text : text.Append(CultureInfo.InvariantCulture, $"–{Last}")).ToString();
    }

    [GeneratedRegex(@"^¶(?<paragraph>[1-9][0-9]*) s\.(?<first>[1-9][0-9]*)(?:–(?<last>[1-9][0-9]*))?$")]
    private static partial Regex Notation();
}
