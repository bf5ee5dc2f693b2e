using Crisis.Facts.Generator.Common;
using Crisis.Facts.Generator.Diagnostics;
using Crisis.Facts.Generator.Provenance;
using Crisis.Facts.Generator.Tests.Samples;
using CsCheck;

namespace Crisis.Facts.Generator.Tests.Provenance;

/// <summary>
/// The counting rule and the quote check on generated input (CsCheck, fixed seeds): texts of sentence marks, quotation
/// marks, spaces and letters; locators and quotes of every shape. Never an exception; every sentence is found at its own
/// locator; any piece of one sentence quoted at that sentence is accepted; at most one located diagnostic per citation.
/// </summary>
public class QuoteCheckPropertyTests
{
    private const string TextAlphabet = "aAbM.. !?»”\"’« \u00A0Jr1\n";
    private const string LocatorAlphabet = "¶s. –-§123 ab";

    private static readonly Gen<string> Texts = Gen.String[Gen.Char[TextAlphabet], 0, 200];

    private static readonly TextLocation LocatorPlace = new(10, 20, 4, 10, 4, 20);
    private static readonly TextLocation QuotePlace = new(30, 40, 4, 30, 4, 40);

    [Fact]
    public void Every_sentence_is_found_at_its_own_locator()
    {
        foreach (var text in Texts.Array[2000].Generate(new PCG(16, 1), null, out _))
        {
            var numbered = NumberedText.Parse(text, TestContext.Current.CancellationToken);
            for (var p = 1; p <= numbered.Paragraphs.Count; p++)
            {
                var paragraph = numbered.Paragraphs[p - 1];
                Assert.True(paragraph.Count > 0);
                for (var s = 1; s <= paragraph.Count; s++)
                {
                    var sentence = paragraph.Sentence(s);
                    var locator = new Locator(p, s, s);
                    Assert.False(string.IsNullOrWhiteSpace(sentence), $"an empty sentence {locator} in {text}");
                    Assert.Equal(sentence, numbered.Span(locator));
                    Assert.Contains(locator, numbered.Find(sentence));
                }
            }
        }
    }

    [Fact]
    public void Any_piece_of_a_sentence_quoted_at_that_sentence_is_accepted()
    {
        var cases = Gen.Select(Texts, Gen.Int[0, 1000], Gen.Int[0, 1000], Gen.Int[0, 1000], Gen.Int[1, 1000]);
        foreach (var (text, pick, sentencePick, start, length) in cases.Array[2000].Generate(new PCG(16, 2), null, out _))
        {
            var numbered = NumberedText.Parse(text, TestContext.Current.CancellationToken);
            if (numbered.Paragraphs.Count == 0)
            {
                continue;
            }

            var p = 1 + (pick % numbered.Paragraphs.Count);
            var s = 1 + (sentencePick % numbered.Paragraphs[p - 1].Count);
            var sentence = numbered.Paragraphs[p - 1].Sentence(s);
            var from = start % sentence.Length;
            var quote = sentence.Substring(from, Math.Min(length, sentence.Length - from));

            Assert.Empty(Check(numbered, new Locator(p, s, s).ToString(), quote));
        }
    }

    [Fact]
    public void Any_locator_and_quote_give_at_most_one_located_diagnostic_and_never_an_exception()
    {
        var sample = NumberedText.Parse(ProvenanceSample.Text, TestContext.Current.CancellationToken);
        var quotes = Gen.OneOf(
            Gen.String[Gen.Char[TextAlphabet + "il a d’Ukraine"], 1, 60],
            Gen.Select(Gen.Int[0, ProvenanceSample.Text.Length - 1], Gen.Int[1, 80], Gen.Char[TextAlphabet], Gen.Int[0, 80],
                (start, length, replacement, at) =>
                {
                    var piece = ProvenanceSample.Text.Substring(start, Math.Min(length, ProvenanceSample.Text.Length - start)).Replace('\n', ' ');
                    return at < piece.Length ? piece[..at] + replacement + piece[(at + 1)..] : piece;
                }));
        var locators = Gen.OneOf(Gen.String[Gen.Char[LocatorAlphabet], 0, 14], Gen.Select(Gen.Int[1, 6], Gen.Int[1, 6], Gen.Int[0, 3], (p, s, extra) => new Locator(p, s, s + extra).ToString()));

        var checkedCitations = 0;
        foreach (var (locator, quote) in Gen.Select(locators, quotes).Array[5000].Generate(new PCG(16, 3), null, out _))
        {
            if (quote.Trim().Length == 0)
            {
                continue; // the binder refuses empty quotes before the check
            }

            checkedCitations++;

            var diagnostics = Check(sample, locator, quote);
            Assert.True(diagnostics.Count <= 1, string.Join("\n", diagnostics));
            foreach (var diagnostic in diagnostics)
            {
                Assert.Contains(diagnostic.Id, new[] { "FACT021", "FACT022", "FACT023", "FACT024" });
                Assert.Equal(diagnostic.Id == "FACT023" ? QuotePlace : LocatorPlace, diagnostic.Location);
                _ = diagnostic.ToDiagnostic().GetMessage(System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        Assert.True(checkedCitations > 4000, $"only {checkedCitations} citations checked");
    }

    private static List<DiagnosticInfo> Check(NumberedText text, string locator, string quote)
    {
        var citations = new CitationsOfFile("/data/facts/notes.yaml", new[] { new CitedQuote("journal", locator, LocatorPlace, quote, QuotePlace) }.ToEquatableArray(),
            new SourcesOfFile("/data/facts/notes.yaml", EquatableArray<PinnedSource>.Empty, EquatableArray<string>.Empty), EquatableArray<DiagnosticInfo>.Empty);
        var sources = new[] { new CheckableSource("journal", "journal.txt", text) }.ToEquatableArray();
        return QuoteCheck.Check(citations, sources, TestContext.Current.CancellationToken).ToList();
    }
}
