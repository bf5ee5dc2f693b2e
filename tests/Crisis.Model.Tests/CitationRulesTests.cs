using System.Globalization;
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

    // ----- grades ------------------------------------------------------------------------------

    [Fact]
    public void Credibility_1_only_where_another_source_cites_the_same_fact()
    {
        // Admiralty 1 is "confirmed by other sources": other sources in this fact base, not the public record.
        var wrong = Citations
            .Where(x => x.Citation.Credibility == 1 && x.Fact.Citations.Select(c => c.Source).Distinct().Count() < 2)
            .Select(x => Where(x.Fact, x.Citation))
            .ToList();

        Assert.True(
            wrong.Count == 0,
            "Credibility 1 (confirmed by other sources) on facts that only one source reports; grade 2–6 instead:\n" + string.Join("\n", wrong));
    }

    [Fact]
    public void The_same_sentence_gets_the_same_credibility_wherever_it_is_cited()
    {
        var bySentence =
            from x in Citations
            where Locator.TryParse(x.Citation.Locator, out _)
            let locator = Parse(x.Citation.Locator)
            from sentence in Enumerable.Range(locator.First, locator.Last - locator.First + 1)
            group x by (x.Citation.Source.Value, locator.Paragraph, sentence);

        var wrong = bySentence
            .Where(g => g.Select(x => x.Citation.Credibility).Distinct().Count() > 1)
            .Select(g => $"{g.Key.Value} ¶{g.Key.Paragraph} s.{g.Key.sentence}: "
                + string.Join(", ", g.Select(x => $"{x.Fact.Key} {x.Citation.Credibility}")))
            .ToList();

        Assert.True(wrong.Count == 0, "Sentences graded differently by different citations:\n" + string.Join("\n", wrong));
    }

    // ----- dates -------------------------------------------------------------------------------

    [Fact]
    public void A_stated_date_is_written_out_in_a_quote_of_its_fact()
    {
        // "Stated" means the article states the date. A weekday, "hier" or "aujourd'hui" needs the article's own
        // date to become a day, so it is "inferred"; so is a month whose year comes from the article's date.
        var wrong = (
            from fact in Catalog.All.OfType<ICitedFact>()
            from dating in FactInspector.Datings(fact)
            where dating.Value.Basis == DateBasis.Stated
            let quotes = Quotes(fact).ToList()
            where !quotes.Any(q => States(q, dating.Value.On))
            select $"{fact.DefinedAt} {fact.Key}.{dating.Name}: {dating.Value.On} is 'stated', but no quote of the fact writes it out").ToList();

        Assert.True(wrong.Count == 0, "Dates marked stated that the quotes do not state (mark them inferred):\n" + string.Join("\n", wrong));
    }

    private static readonly string[] FrenchMonths =
        ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"];

    /// <summary>The year in digits; for a month also its name; for a day also "21 janvier" or "1er février".</summary>
    internal static bool States(string quote, PartialDate date)
    {
        var text = quote.ToLowerInvariant();
        if (!Regex.IsMatch(text, $@"(?<!\d){date.Year.ToString(CultureInfo.InvariantCulture)}(?!\d)"))
        {
            return false;
        }

        if (date.Month is not { } month)
        {
            return true;
        }

        var name = FrenchMonths[month - 1];
        return date.Day is not { } day
            ? text.Contains(name, StringComparison.Ordinal)
            : Regex.IsMatch(text, $@"(?<!\d){(day == 1 ? "1(er)?" : day.ToString(CultureInfo.InvariantCulture))}\s+{name}");
    }

    private static IEnumerable<string> Quotes(ICitedFact fact) =>
        fact.Citations.Select(c => c.Quote).OfType<string>().Concat(FactInspector.BilingualTexts(fact).Select(b => b.Value.Original));

    private static Locator Parse(string text) => Locator.TryParse(text, out var locator) ? locator : default;

    private static List<string> Words(string text) =>
        WordPattern().Matches(text.ToLowerInvariant()).Select(m => m.Value).ToList();

    [GeneratedRegex(@"\w+")]
    private static partial Regex WordPattern();
}
