using System.Text.RegularExpressions;
using Crisis.Model;

namespace Crisis.Model.Tests;

/// <summary>
/// The sourcing rules of issue 9 that a machine can check on the real fact base: locators precise to the
/// sentence, grades that mean what they say, and "stated" dates that a quote of the fact really states.
/// What only a reader can check (who said it, judgments put in a speaker's mouth, translations, repairs of
/// garbles, stances) is listed in the README's "Editing facts" section.
/// </summary>
public sealed partial class CitationRulesTests
{
    private static FactCatalog Catalog => Facts.Catalog;

    private static IEnumerable<(ICitedFact Fact, Citation Citation)> Citations =>
        Catalog.All.OfType<ICitedFact>().SelectMany(f => f.Citations.Select(c => (f, c)));

    private static string Where(ICitedFact fact, Citation citation) =>
        $"{fact.DefinedAt} {fact.Key} ({citation.Source.Value}, {citation.Locator})";

    // ----- locators ----------------------------------------------------------------------------

    [Fact]
    public void Every_locator_is_a_paragraph_and_sentence_number()
    {
        var wrong = Citations
            .Where(x => !Locator.TryParse(x.Citation.Locator, out _))
            .Select(x => Where(x.Fact, x.Citation))
            .ToList();

        Assert.True(
            wrong.Count == 0,
            "Locators not written \"¶<paragraph> s.<sentence>\" or \"¶<paragraph> s.<first>–<last>\" (see the README, \"Editing facts\"):\n"
            + string.Join("\n", wrong));
    }

    [Fact]
    public void No_locator_repeats_its_quote()
    {
        // A locator says where; the quote says what. Three words of the quote in the locator is a repeat.
        var wrong = (
            from x in Citations
            where x.Citation.Quote is not null
            let words = Words(x.Citation.Quote!)
            let locatorText = string.Join(" ", Words(x.Citation.Locator))
            where Enumerable.Range(0, Math.Max(0, words.Count - 2))
                .Any(i => locatorText.Contains(string.Join(" ", words.Skip(i).Take(3)), StringComparison.Ordinal))
            select Where(x.Fact, x.Citation)).ToList();

        Assert.True(wrong.Count == 0, "Locators that repeat their quote:\n" + string.Join("\n", wrong));
    }

    [Fact]
    public void Every_quote_is_found_in_the_sentences_its_locator_names()
    {
        var seeds = Seeds.OrSkip();
        var articles = Catalog.Sources.ToDictionary(s => s.Id, s => ArticleText.Parse(Seeds.TextOf(seeds, s)));

        var wrong = new List<string>();
        foreach (var (fact, citation) in Citations)
        {
            if (citation.Quote is null || !Locator.TryParse(citation.Locator, out var locator))
            {
                continue; // the notation test reports a malformed locator
            }

            var article = articles[citation.Source];
            var span = article.Span(locator);
            var actual = string.Join(" or ", article.Find(citation.Quote).Select(l => l.ToString()).DefaultIfEmpty("nowhere"));
            if (span is null || !span.Contains(citation.Quote, StringComparison.Ordinal))
            {
                wrong.Add($"{Where(fact, citation)}: the quote is not there; it is at {actual}");
            }
            else if (article.IsWiderThanNeeded(locator, citation.Quote))
            {
                wrong.Add($"{Where(fact, citation)}: wider than the quote; write {actual}");
            }
        }

        Assert.True(wrong.Count == 0, "Quotes not at their locator:\n" + string.Join("\n", wrong));
    }

    private static List<string> Words(string text) =>
        WordPattern().Matches(text.ToLowerInvariant()).Select(m => m.Value).ToList();

    [GeneratedRegex(@"\w+")]
    private static partial Regex WordPattern();
}
