using System.Globalization;
using System.Text.RegularExpressions;
using Crisis.Model;

namespace Crisis.Model.Tests;

/// <summary>
/// The sourcing rules of issue 9 that a machine can check on the real fact base: grades that mean what they say, and
/// "stated" dates that a quote of the fact really states. Locators and quotes are the compiler's: it checks each quote
/// at its locator in the article's text (FACT021–029). What only a reader can check (who said it, judgments put in a
/// speaker's mouth, translations, repairs of garbles, stances) is listed in the README's "Editing facts" section.
/// </summary>
public sealed partial class CitationRulesTests
{
    private static FactCatalog Catalog => Facts.Catalog;

    private static IEnumerable<(ICitedFact Fact, Citation Citation)> Citations =>
        Catalog.All.OfType<ICitedFact>().SelectMany(f => f.Citations.Select(c => (f, c)));

    private static string Where(ICitedFact fact, Citation citation) =>
        $"{fact.DefinedAt} {fact.Key} ({citation.Source.Value}, {citation.Locator})";

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
}
