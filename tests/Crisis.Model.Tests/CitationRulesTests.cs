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
        $"{FactLocation.Describe(fact)}, citation {citation.Source.Value} {citation.Locator}";

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

    // Credibility grades an item of information, not a sentence (README, "Grades"): one sentence may carry 1 in the
    // fact whose item another source confirms and its own grade in a fact whose item no other source reports, or 2
    // for a fact taken from its clean clause and 3 for one whose reading rests on a repair of its garbled clause. So
    // two facts may grade one sentence differently, and no test can say when they should not: that takes knowing
    // whether they take the same item from it. What a machine can check is what holds whatever the items are:
    //  - one fact is one item, so within a fact every citation of a sentence carries one grade;
    //  - confirmation is mutual: if a fact's citation from one source is graded 1, the other sources of that fact
    //    confirm it, and it confirms them, so each of them has a citation graded 1 too (both sentences of a pair).
    // What only a reviewer can check: that two facts citing one sentence take different items when their grades
    // differ; that a citation graded 1 reports the item its fact states, not a neighbour of it; that a grade fits
    // the sentence (clean 2, reading resting on a repair 3, item lost to a truncation 6).

    [Fact]
    public void Within_a_fact_each_sentence_carries_one_grade()
    {
        var wrong = SentencesGradedTwiceInOneFact(GradedCitations).ToList();

        Assert.True(
            wrong.Count == 0,
            "A fact is one item of information, so it grades each sentence it cites once (see the README, \"Grades\"):\n"
            + string.Join("\n", wrong));
    }

    [Fact]
    public void Confirmation_is_given_by_every_source_of_a_confirmed_fact()
    {
        var wrong = OneSidedConfirmations(GradedCitations).ToList();

        Assert.True(
            wrong.Count == 0,
            "Credibility 1 on one side of a pair only: the sources that confirm the item are confirmed by it, so grade "
            + "their citation of it 1 too, or take the citation graded 1 down to its own grade:\n" + string.Join("\n", wrong));
    }

    [Fact]
    public void The_grade_checks_catch_a_sentence_graded_twice_in_a_fact_and_a_one_sided_confirmation()
    {
        GradedCitation[] citations =
        [
            new("event-a", "article-001", new Locator(3, 20, 21), 2),
            new("event-a", "article-001", new Locator(3, 21, 21), 3),
            new("demand-b", "article-000", new Locator(18, 1, 1), 1),
            new("demand-b", "article-003", new Locator(5, 1, 1), 2),
            new("demand-c", "article-000", new Locator(18, 1, 1), 2),
            new("demand-d", "article-000", new Locator(18, 1, 1), 1),
            new("demand-d", "article-001", new Locator(3, 37, 37), 1),
            new("demand-d", "article-001", new Locator(3, 36, 36), 2),
        ];

        // demand-c grades ¶18 s.1 2 where demand-b grades it 1: another item, allowed. demand-d's s.36 is a detail
        // graded on its own, beside its source's confirming citation: allowed.
        Assert.Equal(["event-a: article-001 ¶3 s.21 is graded 2 and 3"], SentencesGradedTwiceInOneFact(citations));
        Assert.Equal(
            ["demand-b: graded 1 from article-000, but no citation from article-003 is graded 1"],
            OneSidedConfirmations(citations));
    }

    internal readonly record struct GradedCitation(string Fact, string Source, Locator Locator, int Credibility);

    private static IEnumerable<GradedCitation> GradedCitations =>
        from x in Citations
        where Locator.TryParse(x.Citation.Locator, out _)
        select new GradedCitation(
            FactLocation.Describe(x.Fact), x.Citation.Source.Value, Parse(x.Citation.Locator), x.Citation.Credibility);

    internal static IEnumerable<string> SentencesGradedTwiceInOneFact(IEnumerable<GradedCitation> citations) =>
        from c in citations
        from sentence in Enumerable.Range(c.Locator.First, c.Locator.Last - c.Locator.First + 1)
        group c.Credibility by (c.Fact, c.Source, c.Locator.Paragraph, Sentence: sentence) into sentenceInFact
        let grades = sentenceInFact.Distinct().Order().ToList()
        where grades.Count > 1
        select $"{sentenceInFact.Key.Fact}: {sentenceInFact.Key.Source} ¶{sentenceInFact.Key.Paragraph} s.{sentenceInFact.Key.Sentence} "
            + $"is graded {string.Join(" and ", grades)}";

    internal static IEnumerable<string> OneSidedConfirmations(IEnumerable<GradedCitation> citations) =>
        from c in citations
        group c by c.Fact into fact
        let confirming = fact.Where(c => c.Credibility == 1).Select(c => c.Source).Distinct().Order(StringComparer.Ordinal).ToList()
        let silent = fact.Select(c => c.Source).Distinct().Except(confirming).Order(StringComparer.Ordinal).ToList()
        where confirming.Count > 0 && silent.Count > 0
        select $"{fact.Key}: graded 1 from {string.Join(", ", confirming)}, but no citation from {string.Join(", ", silent)} is graded 1";

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
            // A date known only as between two days is stated when the quotes write out both.
            from day in new[] { dating.Value.On, dating.Value.Latest }.OfType<PartialDate>()
            where !quotes.Any(q => States(q, day))
            select $"{FactLocation.Describe(fact)}, {dating.Name}: {day} is 'stated', but no quote of the fact writes it out").ToList();

        Assert.True(wrong.Count == 0, "Dates marked stated that the quotes do not state (mark them inferred):\n" + string.Join("\n", wrong));
    }

    /// <summary>
    /// A date whose reasoning takes its day from the public record (a trip's days, a call's readout) is a public-record
    /// date, marked † on every page, even when it is reached through another fact's date: Macron's "might travel to
    /// Russia" takes its day from the Biden–Macron call, whose day is the White House readout's. Where the article gives
    /// the day and the public record only agrees, the reasoning says so ("matching the public record") and the date
    /// stays inferred or stated. A source's publication date is left out: it is worked out from the weekdays the text
    /// names (README, "Sources"), which the public record places in a week.
    /// </summary>
    [Fact]
    public void A_date_that_rests_on_the_public_record_is_marked_public_record()
    {
        var wrong = (
            from fact in Catalog.All
            where fact.Kind != "source"
            from dating in FactInspector.Datings(fact)
            where dating.Value.Basis != DateBasis.PublicRecord
                && dating.Value.How is { } how
                && how.Contains("public record", StringComparison.OrdinalIgnoreCase)
                && !how.Contains("match", StringComparison.OrdinalIgnoreCase)
            select $"{FactLocation.Describe(fact)}, {dating.Name} ({dating.Value.Basis.ToKey()}): {dating.Value.How}").ToList();

        Assert.True(wrong.Count == 0, "Dates whose day comes from the public record but are not marked so (set basis: public-record; "
            + "if the article gives the day and the public record only agrees, say 'matching the public record'):\n" + string.Join("\n", wrong));
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
