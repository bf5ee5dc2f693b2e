using System.Text.RegularExpressions;
using Crisis.Model;
using Crisis.Reporter.Briefings;
using Crisis.Reporter.Briefings.Shared;
using Crisis.Reporter.Text;

namespace Crisis.Reporter.Tests;

/// <summary>
/// One date per fact in every briefing: every briefing is rendered from the real facts, and wherever a line names a
/// fact (an event's or a measure's title, a claim's, a demand's or an assessment's text, a statement's summary) next
/// to a date, that date is the fact's own, written the one way (<see cref="FactViewBuilder.DateText"/>), with its mark
/// when it is from the public record. A page that showed the landing ships on "13 Feb" and another on "~12 Feb" fails
/// here, and so does one that shows Biden's answer on "3 Dec 2021" where another marks it "3 Dec 2021†".
/// </summary>
public sealed partial class DatesAcrossBriefingsTests
{
    private static readonly Lazy<IReadOnlyDictionary<string, string[]>> Pages = new(() =>
        BriefingRegistry.Names.ToDictionary(n => n, n => Lines(BriefingSnapshotTests.Render(Facts.Catalog, n)), StringComparer.Ordinal));

    [Fact]
    public void Every_briefing_shows_a_fact_with_its_one_date()
    {
        var facts = DatedTexts(Facts.Catalog).ToList();
        var disagreements = new List<string>();
        var seen = 0;
        foreach (var (briefing, lines) in Pages.Value)
        {
            foreach (var line in lines)
            {
                foreach (var (text, date, run, others) in Named(line, facts))
                {
                    var dates = Dates(others);
                    if (dates.Count == 0)
                    {
                        continue;
                    }

                    seen++;
                    // An event that runs to an end may show the two as one ("10–20 Feb 2022", FactViewBuilder.RunText).
                    if (!dates.Contains(date, StringComparer.Ordinal) && !dates.Contains(run, StringComparer.Ordinal))
                    {
                        disagreements.Add($"{briefing}: \"{text}\" is {date}, the line shows {string.Join(", ", dates)}: {line}");
                    }
                }
            }
        }

        Assert.True(disagreements.Count == 0, string.Join("\n", disagreements));
        // The check looked at the pages: a hundred dated lines and more name a fact.
        Assert.True(seen > 100, $"only {seen} dated lines name a fact");
    }

    /// <summary>
    /// An event that runs from one day to another of the same month is dated as one span, on every page, by one rule
    /// (<see cref="FactViewBuilder.RunText"/>): "10–20 Feb 2022", never "10 Feb 2022 to 20 Feb 2022".
    /// </summary>
    [Fact]
    public void No_page_writes_a_run_within_one_month_as_two_full_dates()
    {
        var doubled = Pages.Value.SelectMany(p => p.Value.Where(l => SameMonthRunRegex().IsMatch(l)).Select(l => $"{p.Key}: {l}")).ToList();
        Assert.True(doubled.Count == 0, string.Join("\n", doubled));
        Assert.Equal("10–20 Feb 2022", FactViewBuilder.RunText(new Dating { On = PartialDate.Parse("2022-02-10"), Basis = DateBasis.Inferred }, new Dating { On = PartialDate.Parse("2022-02-20"), Basis = DateBasis.Inferred }));
    }

    /// <summary>"10 Feb 2022 to 20 Feb 2022" (a mark or bold between allowed): two full dates of one month and year.</summary>
    [GeneratedRegex(@"\d{1,2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (\d{4})†?\**\)? to \d{1,2} \1 \2")]
    private static partial Regex SameMonthRunRegex();

    /// <summary>
    /// The facts a line names, each with its own date and the line without the named texts (a title's own "1997" or
    /// "(late January 2022)" is not the date shown for it). A text in quotation marks is another fact's context (an
    /// answer quoting the claim it answers), and a text inside a longer one named on the line is that longer one.
    /// </summary>
    private static IEnumerable<(string Text, string Date, string Run, string Remainder)> Named(string line, IReadOnlyList<(string Text, string Date, string Run)> facts)
    {
        var named = facts.Where(f => Unquoted(line, f.Text)).ToList();
        named.RemoveAll(f => named.Any(g => g.Text.Length > f.Text.Length && g.Text.Contains(f.Text, StringComparison.Ordinal)));
        var rest = named.Aggregate(line, (l, f) => l.Replace(f.Text, " ", StringComparison.Ordinal));
        return named.Select(f => (f.Text, f.Date, f.Run, rest));
    }

    private static bool Unquoted(string line, string text)
    {
        for (var i = line.IndexOf(text, StringComparison.Ordinal); i >= 0; i = line.IndexOf(text, i + 1, StringComparison.Ordinal))
        {
            if (i == 0 || line[i - 1] is not ('"' or '“'))
            {
                return true;
            }
        }

        return false;
    }

    private static List<string> Dates(string text) => [.. DateRegex().Matches(text).Select(m => m.Value)];

    /// <summary>
    /// A figure and a measure or an event that give the same number from the same sentence are one thing told twice
    /// ($450 million as a figure and as aid; the naval exercises' 140 warships as a figure and in the announcement): the
    /// pages date them alike, so the two facts carry the one date.
    /// </summary>
    /// <summary>Events whose figures are the event's own (the ships of an exercise, the troops of a deployment), not a count at another date (a war's dead).</summary>
    private static readonly EventType[] Counted = [EventType.Exercise, EventType.Deployment, EventType.Alert, EventType.AidApproval];

    [Fact]
    public void A_figure_and_the_fact_that_gives_the_same_number_share_a_date()
    {
        var cat = Facts.Catalog;
        static HashSet<string> Sentences(IEnumerable<Citation> cs) => [.. cs.Select(c => c.Source.Value + " " + c.Locator)];
        var pairs = 0;
        var clashes = new List<string>();
        foreach (var e in cat.Estimates.Where(e => e.Value is not null))
        {
            var sentences = Sentences(e.Citations);
            var number = e.Value!.Value.ToString("#,0", System.Globalization.CultureInfo.InvariantCulture);
            var twins = cat.Measures.Where(m => m.Amount == e.Value && Sentences(m.Citations).Overlaps(sentences)).Select(m => ((IFact)m, m.Date))
                .Concat(cat.Events.Where(v => Counted.Contains(v.Type) && v.Summary.Contains(number, StringComparison.Ordinal) && Sentences(v.Citations).Overlaps(sentences)).Select(v => ((IFact)v, v.Date)));
            foreach (var (fact, date) in twins)
            {
                pairs++;
                if (FactViewBuilder.DateText(date) != FactViewBuilder.DateText(e.AsOf))
                {
                    clashes.Add($"{FactLocation.Describe(e)} is {FactViewBuilder.DateText(e.AsOf)}, {FactLocation.Describe(fact)} is {FactViewBuilder.DateText(date)}");
                }
            }
        }

        Assert.True(clashes.Count == 0, string.Join("\n", clashes));
        Assert.True(pairs >= 3, $"only {pairs} figures told twice were found");
    }

    /// <summary>
    /// Facts of one kind cut from one sentence (their first citation is the same sentence of the same source) are one
    /// act told in parts, so they carry one date: S1 ¶18 s.1 («Moscou a réitéré son insistance pour que l'OTAN accepte
    /// non seulement de ne jamais admettre l'Ukraine mais aussi le retrait…») gives two demands, once dated ~20 and 21
    /// Jan. The test above holds every page to each fact's own date, so one date in the data is one date on every page.
    /// Only words are held to it (demands, claims, answers, statements): one sentence may tell two events on two days
    /// (Scholz in Kyiv on the 14th, in Moscow on the 15th), and facts of different kinds may differ (a trip dated by its
    /// first day, a warning given on one of its days). The day is compared, not how it was found: the 1997-lines demand
    /// is dated by the Foreign Ministry's statement (public record, †) and its twin takes that day from it (inferred).
    /// </summary>
    private static readonly string[] Words = ["demand", "claim", "position", "response", "statement", "assessment"];

    [Fact]
    public void Facts_cut_from_one_sentence_carry_one_date()
    {
        var cat = Facts.Catalog;
        var groups = cat.All.OfType<ICitedFact>()
            .Where(f => Words.Contains(f.Kind, StringComparer.Ordinal) && !f.Citations.IsDefaultOrEmpty && cat.DateOf(f) is not null)
            .GroupBy(f => (f.Kind, Sentence: f.Citations[0].Source.Value + " " + f.Citations[0].Locator))
            .Where(g => g.Count() > 1)
            .ToList();
        var clashes = groups
            .Where(g => g.Select(f => DateDisplay.Format(cat.DateOf(f))).Distinct(StringComparer.Ordinal).Count() > 1)
            .Select(g => $"{g.Key.Sentence}: " + string.Join("; ", g.Select(f => $"{FactLocation.Describe(f)} is {DateDisplay.Format(cat.DateOf(f))}")))
            .ToList();
        Assert.True(clashes.Count == 0, "one sentence, two dates: give its facts the one date the sentence supports\n" + string.Join("\n", clashes));
        // The data cuts several sentences into facts of one kind (S1 ¶18 s.1 into two demands): the check has pairs to look at.
        Assert.Contains(groups, g => g.Key.Sentence == "article-000 ¶18 s.1" && g.Key.Kind == "demand");
    }

    [Fact]
    public void The_check_finds_a_date_that_disagrees()
    {
        Assert.Equal(["\\~12 Feb 2022", "13 Feb 2022", "Jan 2022", "2014"], DateRegex().Matches("a \\~12 Feb 2022; 13 Feb 2022, Jan 2022 and 2014").Select(m => m.Value));
        Assert.DoesNotContain("\\~12 Feb 2022", DateRegex().Matches("Six landing ships moved (13 Feb 2022)").Select(m => m.Value));
        // A date from the public record keeps its mark: "3 Dec 2021" on one page and "3 Dec 2021†" on another disagree.
        Assert.Equal(["3 Dec 2021†", "28 Jan 2022"], DateRegex().Matches("Rejects (Joe Biden, 3 Dec 2021†); Austin, 28 Jan 2022").Select(m => m.Value));
    }

    /// <summary>The texts a reader knows a fact by, as Markdown shows them, with the fact's own date as every page writes it.</summary>
    private static IEnumerable<(string Text, string Date, string Run)> DatedTexts(FactCatalog cat)
    {
        IEnumerable<(string, Dating?, Dating?)> all =
            cat.Events.Select(e => (e.Title, e.Date, e.End))
                .Concat(cat.Events.Where(e => e.PastTitle is not null).Select(e => (e.PastTitle!, e.Date, e.End)))
                .Concat(cat.Measures.Select(m => (m.Title, m.Date, (Dating?)null)))
                .Concat(cat.Claims.Select(c => (c.Text, c.Date, (Dating?)null)))
                .Concat(cat.Demands.Select(d => (d.Text, d.Date, (Dating?)null))).Concat(cat.Demands.Select(d => (Wording.MainClause(d.Text), d.Date, (Dating?)null)))
                .Concat(cat.Assessments.Select(a => (a.Text, a.Date, (Dating?)null)))
                .Concat(cat.Statements.Select(s => (s.Summary, s.Date, (Dating?)null)));
        // Texts of four words or more, so that a short title ("Blinken visits Kyiv") is not found inside another's words.
        return all.Where(x => x.Item2 is not null && x.Item1.Split(' ').Length >= 4)
            .Select(x => (MarkdownEncoder.Escape(x.Item1).TrimEnd('.'), MarkdownEncoder.Escape(FactViewBuilder.DateText(x.Item2)), MarkdownEncoder.Escape(FactViewBuilder.RunText(x.Item2!, x.Item3))));
    }

    /// <summary>The lines a reader reads: no diagram code (its labels are short forms), no footnotes (the sources' words) nor their markers.</summary>
    private static string[] Lines(string markdown) =>
        [.. FenceRegex().Replace(markdown, "").Split('\n').Where(l => !l.StartsWith("[^", StringComparison.Ordinal)).Select(l => MarkerRegex().Replace(l, ""))];

    /// <summary>A footnote marker ("[^S3-2-1-1994]"): its label is an address, not a date.</summary>
    [GeneratedRegex(@"\[\^[^\]\s]+\]")]
    private static partial Regex MarkerRegex();

    /// <summary>A date as a page writes it, with its mark when it is from the public record ("3 Dec 2021†"): the mark is compared too.</summary>
    [GeneratedRegex(@"(?:(?:\\~)?\d{1,2}(?: (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec))? – (?:\\~)?\d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4}|(?:\\~)?\d{1,2}–\d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4}|(?:\\~)?(?:\d{1,2} )?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4}|\b(?:19|20)\d{2}\b)†?")]
    private static partial Regex DateRegex();

    [GeneratedRegex(@"^```[^\n]*\n.*?^```[^\n]*$", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex FenceRegex();
}
