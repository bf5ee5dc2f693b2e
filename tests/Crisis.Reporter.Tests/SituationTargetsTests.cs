using System.Text.RegularExpressions;
using Crisis.Model;
using Crisis.Reporter.Briefings.Situation;

namespace Crisis.Reporter.Tests;

/// <summary>
/// The situation page, rendered from the real facts, is read in two minutes: at most 1,200 words of body, at most
/// 40 footnotes, and every key event of the last week before the newest source on it.
/// </summary>
public sealed partial class SituationTargetsTests
{
    public const int MaxBodyWords = 1200;
    public const int MaxFootnotes = 40;

    private static readonly string Page = BriefingSnapshotTests.Render(Facts.Catalog, "situation");

    [Fact]
    public void The_body_has_at_most_1200_words()
    {
        var words = PageMeasures.BodyWords(Page);
        Assert.True(words <= MaxBodyWords, $"The situation page has {words} words of body; the target is {MaxBodyWords} at most.");
    }

    [Fact]
    public void The_page_has_at_most_40_footnotes()
    {
        var notes = PageMeasures.Footnotes(Page);
        Assert.True(notes <= MaxFootnotes, $"The situation page has {notes} footnotes; the target is {MaxFootnotes} at most.");
    }

    [Fact]
    public void Every_key_event_of_the_last_week_is_on_the_page()
    {
        var newest = Facts.Catalog.Sources.Select(s => s.Published?.On).OfType<PartialDate>().Max().End;
        var from = newest.AddDays(1 - SituationBriefing.WindowDays);
        var keyEvents = Facts.Catalog.Events
            .Where(e => e.Salience == Salience.Key && e.Status is null or EventStatus.TookPlace && e.Date is { } d && d.On.Start >= from && d.On.Start <= newest)
            .ToList();
        var body = PageMeasures.Body(Page);
        foreach (var e in keyEvents)
        {
            // Told by its headline in a list of the week, or as done (its past title) where a sentence or an evidence line reports it.
            Assert.True(
                body.Contains(Markdown(e.Title), StringComparison.Ordinal) || (e.PastTitle is { } told && body.Contains(Markdown(told), StringComparison.Ordinal)),
                $"The situation page leaves out a key event of the last week: {FactLocation.Describe(e)}.");
        }
    }

    /// <summary>
    /// A judgment's evidence line reports an event after its date, as the bottom line does: told as done, by the event's
    /// past title, never by its present-tense headline ("State Department updates its travel advisory …"). An event a
    /// line names without one fails here: the curators give it a `past-title`.
    /// </summary>
    [Fact]
    public void Evidence_lines_tell_events_as_done()
    {
        var evidence = Page.Split('\n').Where(l => l.StartsWith("   - For: ", StringComparison.Ordinal) || l.StartsWith("   - Against: ", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(evidence);
        var headlines = evidence.SelectMany(l => Facts.Catalog.Events.Where(e => e.Status is null or EventStatus.TookPlace && l.Contains(Markdown(e.Title), StringComparison.Ordinal))
            .Select(e => $"{FactLocation.Describe(e)}: {l}")).ToList();
        Assert.True(headlines.Count == 0, "Evidence lines give an event's headline, not its past title:\n" + string.Join("\n", headlines));
    }

    /// <summary>
    /// Rules that hold for any correct fact base (today's values, such as the as-of date, are in the snapshot): the page
    /// is as of the newest source, shows nothing scheduled or planned as news, and lists every watch item.
    /// </summary>
    [Fact]
    public void The_page_is_as_of_the_newest_source_and_shows_nothing_ahead_as_done()
    {
        var newest = Facts.Catalog.Sources.Where(s => s.Published is not null).MaxBy(s => (s.Published!.Latest ?? s.Published.On).End)!;
        var asOf = Markdown(Crisis.Reporter.Text.DateDisplay.Format(newest.Published));
        Assert.True(Page.StartsWith($"# Situation briefing: the Russia–Ukraine crisis, as of {asOf}\n", StringComparison.Ordinal), $"The situation page's title is not as of the newest source, {FactLocation.Describe(newest)}.");
        Assert.Contains($"Information cut-off: {asOf} (the newest source)", Section(Page, "**Bottom line**"), StringComparison.Ordinal);
        var changed = Line(Page, "- **Also this week, ");
        foreach (var e in Facts.Catalog.Events.Where(e => e.Status is EventStatus.Scheduled or EventStatus.Planned))
        {
            Assert.False(
                changed.Contains(Markdown(e.Title), StringComparison.Ordinal),
                $"\"What changed\" shows {FactLocation.Describe(e)}, which is {e.Status!.Value.ToKey()}: an event ahead is never news.");
        }

        var watch = Section(Page, "## Indicators to watch");
        Assert.Contains("Scholz", watch, StringComparison.Ordinal);
        foreach (var item in Facts.Catalog.WatchItems)
        {
            Assert.True(watch.Contains(Markdown(item.Title), StringComparison.Ordinal), $"\"Indicators to watch\" leaves out {FactLocation.Describe(item)}.");
        }
    }

    [Fact]
    public void The_title_is_dated_and_the_bottom_line_comes_first()
    {
        var lines = Page.Split('\n');
        Assert.Matches(@"^# .+, as of .*\d{1,2}[ –].*[A-Z][a-z]{2} \d{4}$", lines[0]);
        // The first paragraph is the bottom line: the assessment with its likelihood and confidence, the change that
        // matters most, and the cut-off; two or three sentences.
        var bluf = lines[2];
        Assert.StartsWith("**Bottom line** (analysts' judgment, *", bluf, StringComparison.Ordinal);
        Assert.Contains("* confidence): ", bluf, StringComparison.Ordinal);
        Assert.Contains("The week's weightiest change: ", bluf, StringComparison.Ordinal);
        Assert.Matches(@"Information cut-off: [^.]+ \(the newest source\)\.$", bluf);
        var sentences = SentenceEndRegex().Count(PageMeasures.Body(bluf));
        Assert.InRange(sentences, 2, 3);
    }

    [Fact]
    public void Each_fact_is_shown_once_below_the_bottom_line()
    {
        // The bottom line sums the page up; below it, an event, a claim, a demand or an assessment is told in one place.
        var body = PageMeasures.Body(Page[Page.IndexOf("\n## Key judgments", StringComparison.Ordinal)..]);
        var cat = Facts.Catalog;
        var texts = cat.Events.Select(e => e.Title).Concat(cat.Claims.Select(c => c.Text)).Concat(cat.Demands.Select(d => Briefings.Shared.Wording.MainClause(d.Text)))
            .Concat(cat.Assessments.Select(a => a.Text)).Concat(cat.Statements.Select(s => s.Summary))
            .Select(t => Markdown(t).TrimEnd('.')).Where(t => t.Split(' ').Length >= 4).Distinct(StringComparer.Ordinal);
        var repeated = texts.Where(t => Occurrences(body, t) > 1).ToList();
        Assert.True(repeated.Count == 0, "Shown more than once: " + string.Join(" | ", repeated));
        Assert.True(Occurrences("a b c d. a b c d", "a b c d") == 2, "the count counts");
    }

    private static int Occurrences(string text, string value)
    {
        var n = 0;
        for (var i = text.IndexOf(value, StringComparison.Ordinal); i >= 0; i = text.IndexOf(value, i + value.Length, StringComparison.Ordinal))
        {
            n++;
        }

        return n;
    }

    [GeneratedRegex(@"[.!?](?=\s|$)")]
    private static partial Regex SentenceEndRegex();

    [Fact]
    public void The_measures_count_what_they_say()
    {
        const string sample = "# T\n\nOne two three[^S1-1-1-0a1b].\n\n```mermaid\nxychart-beta\n```\n\n### Legends\n\nFour five.\n\n[^S1-1-1-0a1b]: S1 ¶1 s.1 · B2 six seven\n";
        Assert.Equal(4, PageMeasures.BodyWords(sample));
        Assert.Equal(1, PageMeasures.Footnotes(sample));
    }

    /// <summary>
    /// A course of action goes beyond its facts: the page says it is the analysts' extrapolation, and the course cites
    /// every fact it rests on (at least two notes), not only its heaviest, so that a reader can check each.
    /// </summary>
    [Fact]
    public void Each_course_of_action_is_marked_as_the_analysts_and_cites_the_facts_it_rests_on()
    {
        Assert.Contains("**Courses of action** (the analysts' extrapolation", Page, StringComparison.Ordinal);
        foreach (var course in Facts.Catalog.CoursesOfAction)
        {
            var label = Briefings.Shared.Wording.Capitalise(course.Type.Label());
            var line = Line(Page, $"- **{label}**");
            var markers = MarkerRegex().Matches(line).Select(m => m.Value).Distinct(StringComparer.Ordinal).Count();
            var facts = course.SupportedBy.Select(x => x.Fact).Distinct().Count();
            Assert.True(markers >= Math.Min(2, facts), $"The {label} course cites {markers} notes for {facts} facts it rests on: {line}");
            // Each fact has at least one note; facts of one sentence may share one, so there are no more notes than facts.
            Assert.InRange(markers, 1, facts);
        }
    }

    /// <summary>The words a course puts in quotation marks are words of a fact it rests on (its key terms are the sources').</summary>
    [Fact]
    public void A_course_quotes_only_words_of_the_facts_it_rests_on()
    {
        foreach (var course in Facts.Catalog.CoursesOfAction)
        {
            var words = course.SupportedBy.Select(x => Facts.Catalog[x.Fact]).OfType<ICitedFact>()
                .SelectMany(f => f.Citations).Select(c => c.Translation ?? "").ToList();
            foreach (Match quoted in QuotedRegex().Matches(course.Text))
            {
                Assert.True(words.Any(w => w.Contains(quoted.Groups[1].Value, StringComparison.OrdinalIgnoreCase)), $"{FactLocation.Describe(course)} quotes \"{quoted.Groups[1].Value}\", which no fact it rests on says.");
            }
        }

        Assert.Single(QuotedRegex().Matches("seizes \"significant territories\"."));
    }

    [Fact]
    public void Sources_are_named_by_their_labels_not_their_file_numbers()
    {
        var body = PageMeasures.Body(Page);
        Assert.True(!ArticleNumberRegex().IsMatch(body), "The page names an article by its file number: " + ArticleNumberRegex().Match(body).Value);
    }

    [Fact]
    public void Every_judgment_with_evidence_against_shows_it()
    {
        var judgments = Section(Page, "## Key judgments");
        foreach (var (j, i) in Facts.Catalog.Judgments.OrderBy(j => j.DefinedOrder).Select((j, i) => (j, i)))
        {
            var start = judgments.IndexOf($"\n{i + 1}. **", StringComparison.Ordinal);
            var end = judgments.IndexOf($"\n{i + 2}. **", StringComparison.Ordinal);
            var block = end < 0 ? judgments[start..] : judgments[start..end];
            Assert.True(j.CutAgainst.IsDefaultOrEmpty || block.Contains("- Against: ", StringComparison.Ordinal), $"Judgment {i + 1} has evidence against it in the data but no 'Against' line.");
        }
    }

    /// <summary>Each demand has an answer, and each answer is dated: no row of dashes, no undated "Rejects".</summary>
    [Fact]
    public void Every_demand_row_has_a_dated_answer()
    {
        var rows = Section(Page, "## What Russia demands").Split('\n').Where(l => l.StartsWith("| ", StringComparison.Ordinal)).Skip(2).ToList();
        Assert.NotEmpty(rows);
        foreach (var row in rows)
        {
            var cells = row.Split(" | ").Skip(1).Select(c => c.Trim(' ', '|')).ToList();
            Assert.True(cells.Any(c => c != "—"), $"A demand with no answer: {row}");
            foreach (var answer in cells.Where(c => c != "—").SelectMany(c => c.Split("; ")))
            {
                Assert.True(YearRegex().IsMatch(MarkerRegex().Replace(answer, "")), $"An undated answer: {answer}");
            }
        }
    }

    /// <summary>The threat picture gives each place where the force masses or exercises one line, dated and cited.</summary>
    [Fact]
    public void The_threat_picture_dates_and_cites_each_place()
    {
        var lines = Section(Page, "## The threat picture").Split('\n').Where(l => l.StartsWith("  - **", StringComparison.Ordinal)).ToList();
        Assert.True(lines.Count >= 3, "The threat picture gives fewer than three places.");
        foreach (var line in lines)
        {
            Assert.Matches(@"\(.*\d{4}.*\)\[\^", line);
        }

        Assert.Contains("Belarus", string.Join("\n", lines), StringComparison.Ordinal);
    }

    [GeneratedRegex(@"\[\^[^\]\s]+\]")]
    private static partial Regex MarkerRegex();

    [GeneratedRegex("\"([^\"]+)\"")]
    private static partial Regex QuotedRegex();

    [GeneratedRegex(@"(?<![0-9,])00[0-9]\b")]
    private static partial Regex ArticleNumberRegex();

    [GeneratedRegex(@"\b(?:19|20)\d{2}\b")]
    private static partial Regex YearRegex();

    /// <summary>A note follows the words it supports: never a string of notes (the courses of action once ended on ten).</summary>
    [Fact]
    public void No_more_than_three_notes_stand_in_a_row()
    {
        var body = Page[..Page.IndexOf("\n[^", StringComparison.Ordinal)];
        var runs = NoteRunRegex().Matches(body).Select(m => m.Value).Where(r => NoteRegex().Count(r) > 3).ToList();
        Assert.True(runs.Count == 0, "Notes in a row, after no clause of their own: " + string.Join(" | ", runs));
        Assert.Equal(4, NoteRegex().Count(NoteRunRegex().Match("a[^x][^y][^z][^w]").Value));
    }

    /// <summary>Each note of a course of action follows the clause of the course its fact supports, as the curators cut it.</summary>
    [Fact]
    public void A_course_of_action_cites_each_fact_after_its_clause()
    {
        foreach (var course in Facts.Catalog.CoursesOfAction)
        {
            var line = Page.Split('\n').Single(l => l.StartsWith($"- **{Briefings.Shared.Wording.Capitalise(course.Type.Label())}**", StringComparison.Ordinal));
            foreach (var clause in course.SupportedBy.Select(i => i.Clause).OfType<string>().Distinct(StringComparer.Ordinal))
            {
                Assert.Matches(Regex.Escape(Markdown(clause)) + @"\[\^", line);
            }
        }
    }

    /// <summary>Every item of evidence, and every answer to a demand, says when: a date the articles do not give is marked † as on the timeline, an undated fact carries the day it was reported.</summary>
    [Fact]
    public void Every_piece_of_evidence_is_dated_and_public_record_dates_are_marked()
    {
        foreach (var line in Page.Split('\n').Where(l => l.StartsWith("   - For: ", StringComparison.Ordinal) || l.StartsWith("   - Against: ", StringComparison.Ordinal)))
        {
            // Items end with their weight ("*strong*"); a label may hold a semicolon of its own.
            foreach (var item in line[(line.IndexOf(": ", StringComparison.Ordinal) + 2)..].Split("*; "))
            {
                Assert.Matches(@"\)\[\^", item);
            }
        }

        Assert.Contains("(reported 12–13 Feb 2022)[^", Line(Page, "   - Against: The US and European countries had differed"), StringComparison.Ordinal);
        var demands = Section(Page, "## What Russia demands");
        Assert.Contains("United States (Joe Biden, 3 Dec 2021†)", demands, StringComparison.Ordinal);
        Assert.Contains("\"†\" one from the public record, not the articles", Section(Page, "## Gaps and caveats"), StringComparison.Ordinal);
    }

    /// <summary>
    /// The threat picture tells what was moved, then how many: no bare count before the words ("6 ships: Russian landing
    /// ships …"); and "Where sources disagree" does not repeat a claim an indicator watches.
    /// </summary>
    [Fact]
    public void The_threat_picture_has_no_count_prefix_and_no_dispute_repeats_an_indicator()
    {
        var threat = Section(Page, "## The threat picture");
        Assert.DoesNotMatch(@"\*\*:?\*\* ?:? ?\d[\d,]* [a-z]+: ", threat);
        Assert.DoesNotMatch(@":\*\* \d[\d,]* [a-z]+: ", threat);
        var watched = Facts.Catalog.WatchItems.SelectMany(w => w.Evidence).Select(i => Facts.Catalog[i.Fact]).OfType<Claim>().ToList();
        Assert.NotEmpty(watched);
        var at = Page.IndexOf("## Where sources disagree", StringComparison.Ordinal);
        var disputes = at < 0 ? "" : Section(Page, "## Where sources disagree");
        foreach (var claim in watched)
        {
            Assert.DoesNotContain(Markdown(claim.Text).TrimEnd('.'), disputes, StringComparison.Ordinal);
        }
    }

    /// <summary>
    /// ICD 203: a likelihood holds over a time frame. A judgment with one says within what ("likely in the coming weeks,
    /// possibly before … 20 February"), and its reasoning says the horizon is the analysts', not a source's.
    /// </summary>
    [Fact]
    public void A_likely_judgment_says_by_when_and_whose_horizon_it_is()
    {
        var likely = Facts.Catalog.Judgments.Where(j => j.Likelihood is not null).ToList();
        Assert.NotEmpty(likely);
        foreach (var j in likely)
        {
            Assert.Matches(HorizonRegex(), j.Text);
            Assert.Contains("The horizon is ours", j.Reasoning ?? "", StringComparison.Ordinal);
        }

        // The bottom line states the lead judgment, horizon and all.
        Assert.Contains(Markdown(likely[0].Text), Section(Page, "**Bottom line**"), StringComparison.Ordinal);
    }

    /// <summary>
    /// The bottom line's change is a sentence about something done, dated: told in the past tense from the event's data
    /// ("the United States ordered … (12 Feb 2022)"), not its present-tense headline.
    /// </summary>
    [Fact]
    public void The_bottom_line_tells_the_weeks_change_as_done()
    {
        var bottom = Line(Page, "**Bottom line**");
        var change = Facts.Catalog.Events.Single(e => bottom.Contains($"change: {Markdown(e.PastTitle ?? e.Title)} (", StringComparison.Ordinal));
        Assert.True(change.PastTitle is not null, $"The bottom line tells {FactLocation.Describe(change)} by its present-tense headline; give the event a past-title.");
    }

    /// <summary>
    /// The threat picture names the axes from the data (each place's front): North, East, South, each line headed by its
    /// front and places ("South (Crimea, Black Sea)"); the line that introduces them words them as feared and carries the
    /// note of the assessment that names the fronts (S2 ¶3 s.15).
    /// </summary>
    [Fact]
    public void The_threat_picture_names_the_feared_fronts_with_their_note()
    {
        var head = Line(Page, "- **Where it masses and exercises");
        Assert.Matches(@"fronts of a feared assault\[\^[^\]]+\]:$", head);
        var framing = Facts.Catalog.Assessments.Single(a => !a.Places.IsDefaultOrEmpty && a.Places.Any(p => Facts.Catalog[p].Front is not null));
        var locator = framing.Citations[0].Locator.Replace(" ", "-", StringComparison.Ordinal).Replace("¶", "", StringComparison.Ordinal).Replace("s.", "", StringComparison.Ordinal);
        Assert.Contains("[^S2-" + locator + "-", head, StringComparison.Ordinal);
        var section = Section(Page, "## The threat picture");
        var fronts = section.Split('\n').Select(l => Regex.Match(l, @"^  - \*\*(\w+) \(([^)]*)\):\*\*")).Where(m => m.Success).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal([.. Enum.GetValues<Front>().Select(f => f.Label())], fronts);
        Assert.Contains("**South (Crimea, Black Sea):**", section, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"\b(in the coming (days|weeks|months)|within \w+ (days|weeks|months)|before|by) .*\b20\d\d\b|\b(in the coming (days|weeks|months)|within \w+ (days|weeks|months))\b")]
    private static partial Regex HorizonRegex();

    [GeneratedRegex(@"(?:\[\^[^\]]+\])+")]
    private static partial Regex NoteRunRegex();

    [GeneratedRegex(@"\[\^")]
    private static partial Regex NoteRegex();

    private static string Line(string page, string start)
    {
        var at = page.IndexOf("\n" + start, StringComparison.Ordinal);
        Assert.True(at >= 0, $"No line '{start}'.");
        var end = page.IndexOf('\n', at + 1);
        return page[(at + 1)..end];
    }

    private static string Section(string page, string heading)
    {
        var start = page.IndexOf(heading, StringComparison.Ordinal);
        Assert.True(start >= 0, $"No section '{heading}'.");
        var end = page.IndexOf("\n## ", start + heading.Length, StringComparison.Ordinal);
        return end < 0 ? page[start..] : page[start..end];
    }

    // Titles reach the page escaped for Markdown; compare on the escaped form.
    private static string Markdown(string text) => Crisis.Reporter.Text.MarkdownEncoder.Escape(text);
}
