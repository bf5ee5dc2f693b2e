using System.Text.Json;
using System.Text.RegularExpressions;
using Crisis.Model;
using Crisis.Reporter.Briefings;
using Crisis.Reporter.Briefings.Shared;

namespace Crisis.Reporter.Tests;

/// <summary>
/// Every briefing, rendered from the real facts, is reader text: no schema vocabulary, no curators' labels, no
/// internal id, one label per source (S1, S2, …, never "article 003"), and numbers with units as a reader writes them.
/// A failure names what the page shows, the fact and field it comes from (data/facts/FILE.yaml:LINE), and the fix.
/// </summary>
public sealed partial class ReaderTextTests
{
    public static TheoryData<string> BriefingNames => [.. BriefingRegistry.Names];

    [Theory]
    [MemberData(nameof(BriefingNames))]
    public void No_schema_words_or_curators_labels(string briefing)
    {
        var text = Prose(BriefingSnapshotTests.Render(Facts.Catalog, briefing));
        var found = Machinery(Facts.Catalog)
            .SelectMany(rule => rule.Pattern.Matches(text).Select(m => (Found: m.Value, rule.Fix)))
            .DistinctBy(x => x.Found, StringComparer.Ordinal)
            .Select(x => $"“{x.Found}”: {x.Fix}\n{Origins(Facts.Catalog, x.Found)}")
            .ToList();
        Assert.True(found.Count == 0, $"The {briefing} briefing shows the data's machinery to readers:\n" + string.Join("\n", found));
    }

    [Theory]
    [MemberData(nameof(BriefingNames))]
    public void No_internal_id(string briefing)
    {
        var ids = AllIds(Facts.Catalog).Where(id => id.Contains('-', StringComparison.Ordinal)).ToHashSet(StringComparer.Ordinal);
        var text = Prose(BriefingSnapshotTests.Render(Facts.Catalog, briefing));
        var found = IdLikeRegex().Matches(text).Select(m => m.Value).Where(ids.Contains).Distinct(StringComparer.Ordinal)
            .Select(id => $"“{id}” is the id of {FactLocation.Describe(Facts.Catalog.Find(id)!)}: a reader knows it by its name, never its id.\n{Origins(Facts.Catalog, id)}")
            .ToList();
        Assert.True(found.Count == 0, $"The {briefing} briefing shows internal ids:\n" + string.Join("\n", found));
    }

    /// <summary>
    /// Each defect the analyst's reading named, as a pattern a page must not show: a source's own voice or a curators'
    /// label shown as an actor, metadata prose, verbs that do not agree, bare stance keys, status boilerplate, a value
    /// repeated, alias lists, an official's words put on the ICD 203 scale, and empty fields.
    /// </summary>
    public static TheoryData<string, string> Defects => new()
    {
        { "a source's voice as an actor", @"The article itself|\((?:no source named|not named|unnamed, collectively)\)" },
        { "metadata prose", @"\bwho: |; where: |\bdate (?:stated|inferred|public record)\)|Date from the public record" },
        { "a schema description as a heading", @"^#+ (?:Troops sent to a place by a state|Russian troops massed near or along Ukraine's border)" },
        { "a verb that does not agree", @"\b(?:officials|countries|allies|Russia and Belarus) (?:disputes|denies|claims|demands|rejects|says|is)\b" },
        // A name followed by the key "open" ("Antony Blinken open,"); "keep an assault from Crimea open," is English.
        { "a bare stance key", @"(?<!\bk(?:eeps?|ept) [^.;:*]*)\b[A-Z][a-z]+ open(?:\*\*)?[,:]" },
        { "status boilerplate", @"\(Made, not confirmed|Responses:\*\* none recorded|Positions:\*\* none recorded" },
        { "a repeated value", @"\b([A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+)*); \1\b" },
        { "an alias list", @"Also written:" },
        { "an official's words on the ICD scale", @"Likelihood: " },
        { "an empty field", @": —[;)]|\(—\)|\bof ,|\bundated:" },
    };

    [Theory]
    [MemberData(nameof(Defects))]
    public void No_page_shows_a_defect_the_reader_named(string defect, string pattern)
    {
        var found = BriefingRegistry.Names
            .SelectMany(b => Regex.Matches(Prose(BriefingSnapshotTests.Render(Facts.Catalog, b)), pattern, RegexOptions.Multiline).Select(m => $"{b}: {m.Value}"))
            .Distinct(StringComparer.Ordinal).Take(10).ToList();
        Assert.True(found.Count == 0, $"{defect}: {string.Join(" | ", found)}");
    }

    /// <summary>
    /// No line names its speaker twice: a lead-in "Russia:" or "Russia claims:" before words that name Russia already
    /// ("Russia: Moscow denied …", "The Kremlin claims: The Kremlin said …", "French presidency (Élysée) official: The
    /// Élysée official added …"). Every page of the tree, the per-source pages included; the speaker's names are the
    /// catalog's, as the pages write them.
    /// </summary>
    [Fact]
    public void No_line_names_its_speaker_twice()
    {
        var doubled = SpeakerTwiceRegex(Facts.Catalog);
        var found = BriefingSnapshotTests.Tree(Facts.Catalog)
            .SelectMany(page => doubled.Matches(Prose(page.Value)).Select(m => $"{page.Key}: {m.Value}"))
            .Distinct(StringComparer.Ordinal).Take(10).ToList();
        Assert.True(found.Count == 0, "a speaker named twice; drop the lead-in when the words name the speaker:\n" + string.Join("\n", found));
    }

    [Theory]
    [InlineData("- undated · Russia: Moscow denied the accusations that it was preparing to invade.")]
    [InlineData("- Russia claims: Russia denies it plans or intends to invade Ukraine.")]
    [InlineData("- The Kremlin claims: The Kremlin said preconditions were being created")]
    [InlineData("  - \\~12 Feb 2022 · French presidency (Élysée) official: The Élysée official added that France remained very cautious.")]
    [InlineData("- Japanese Ministry of Foreign Affairs: Japan's Foreign Ministry said there was a growing possibility")]
    public void The_speaker_check_catches_the_examples_the_reader_quoted(string example) =>
        Assert.Matches(SpeakerTwiceRegex(Facts.Catalog), example);

    [Theory]
    [InlineData("- Russia demands: NATO must commit never to admit Ukraine")]
    [InlineData("- Russia: Putin said the West ignored Russia's concerns")]
    public void The_speaker_check_lets_a_needed_lead_in_through(string example) =>
        Assert.DoesNotMatch(SpeakerTwiceRegex(Facts.Catalog), example);

    /// <summary>A lead-in (an actor's name as pages write it, a verb or none, a colon) followed at once by words that name that actor.</summary>
    private static Regex SpeakerTwiceRegex(FactCatalog catalog)
    {
        var alternatives = catalog.Actors.Select(a =>
        {
            var name = Crisis.Reporter.Briefings.Shared.Wording.ReaderName(a.Name);
            var bare = name.StartsWith("The ", StringComparison.Ordinal) ? name[4..] : name;
            var names = new List<string> { bare };
            var paren = Regex.Match(name, @" \((\w+)\)");
            if (paren.Success)
            {
                names.Add(paren.Groups[1].Value);
            }

            if (!a.NamesInText.IsDefaultOrEmpty)
            {
                names.AddRange(a.NamesInText);
            }

            if (a.Type == ActorType.Person)
            {
                names.Add(name.Split(' ')[^1]);
            }

            return $@"(?:The )?{Regex.Escape(Crisis.Reporter.Briefings.Shared.Wording.Capitalise(name))}(?: [a-z]+)?: (?:The |the )?(?:{string.Join('|', names.Select(Regex.Escape))})\b";
        });
        // A lead-in opens a line, a list item, a dated item ("· ") or a cell: "Russia–Ukraine crisis: Ukraine" in a title is not one.
        return new Regex($@"(?<=^|- |· |\| )(?:{string.Join('|', alternatives)})", RegexOptions.Multiline);
    }

    [Theory]
    [InlineData("estimate: The article itself (no source named): more than 100,000")]
    [InlineData("Claimed by United States and US allies (not named), undated")]
    [InlineData("(call; who: Joe Biden, Vladimir Putin; where: —; date public record)")]
    [InlineData("## Troops sent to a place by a state")]
    [InlineData("US officials disputes the claim")]
    [InlineData("- **Antony Blinken open**, 20 Jan 2022: Blinken said")]
    [InlineData("- **Status:** unverified (Made, not confirmed nor answered)")]
    [InlineData("| Ukraine; Ukraine |")]
    [InlineData("Also written: Russie, Moscou.")]
    [InlineData("Likelihood: not stated on the scale (in their words: —).")]
    [InlineData("Demanded by Russia of , ~6 Dec 2021")]
    public void The_defect_patterns_catch_the_examples_the_reader_quoted(string example) =>
        Assert.Contains(Defects, d => Regex.IsMatch(example, d.Data.Item2, RegexOptions.Multiline));

    [Theory]
    [InlineData("Ships staying would keep an assault from Crimea open, making action likelier.")]
    [InlineData("Forces that stay in Belarus would keep the northern route open: the reverse.")]
    public void The_defect_patterns_let_plain_English_through(string example) =>
        Assert.DoesNotContain(Defects, d => Regex.IsMatch(example, d.Data.Item2, RegexOptions.Multiline));

    [Fact]
    public void The_checks_catch_what_they_look_for()
    {
        bool Caught(string text) => Machinery(Facts.Catalog).Any(rule => rule.Pattern.IsMatch(text));
        Assert.True(Caught("Rank: normal"));
        Assert.True(Caught("(the schema allows one estimator)"));
        Assert.True(Caught("as article 003 says"));
        Assert.True(Caught("as articles 001 and 003 say"));
        Assert.True(Caught("see article-004"));
        Assert.True(Caught("about 1 hours"));
        Assert.True(Caught("200,000,000 USD"));
        Assert.False(Caught("a frank warning; S4 says; about 1 hour; $200 million; an article of 2022"));
        Assert.Contains("press-reporting", IdLikeRegex().Matches("actor press-reporting: x").Select(m => m.Value));
    }

    [Fact]
    public void A_failure_names_the_fact_the_text_comes_from_and_its_file()
    {
        var fact = Facts.Catalog.Events[0];
        var words = fact.Summary.Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(3);
        var origins = Origins(Facts.Catalog, string.Join(' ', words));
        Assert.Contains($"{FactLocation.Describe(fact)}, summary:", origins, StringComparison.Ordinal);
        Assert.Matches(@"data/facts/events\.yaml:\d+ \(event ", origins);
        Assert.Contains("no fact holds it", Origins(Facts.Catalog, "words no fact has ever held"), StringComparison.Ordinal);
    }

    /// <summary>What a reader reads: everything but diagram code (Mermaid labels are checked by the Mermaid check) and link targets (a heading's anchor, "#joe-biden", is an address).</summary>
    private static string Prose(string markdown) => LinkTargetRegex().Replace(FenceRegex().Replace(markdown, ""), "]");

    [GeneratedRegex(@"\]\([^)\s]*\)")]
    private static partial Regex LinkTargetRegex();

    /// <summary>The patterns of the data's machinery, each with what to write instead.</summary>
    private static IEnumerable<(Regex Pattern, string Fix)> Machinery(FactCatalog catalog)
    {
        const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;
        yield return (new Regex(@"\bschema\b|\bfields? allows?", Options), "the data's own vocabulary; say what it means for the reader, or leave it to the curators' notes");
        yield return (new Regex(@"\bRank\b|Curator's note", Options), "a field of the data; briefings show its meaning, and curators' notes stay in the YAML");
        // A source named by its id ("article-003", "article 003", "articles 001 and 003"): the reader knows it by its
        // label. Built from the sources' ids, so a new source is caught too.
        var ids = catalog.Sources.Select(s => s.Id.Value).ToList();
        var stems = ids.Select(id => id.Split('-')[0]).Distinct(StringComparer.Ordinal).Select(Regex.Escape).ToList();
        var suffixes = ids.Select(id => Regex.Escape(id[(id.IndexOf('-', StringComparison.Ordinal) + 1)..]));
        if (ids.Count > 0)
        {
            yield return (
                new Regex($@"\b(?:{string.Join('|', ids.Select(Regex.Escape))})\b|\b(?:{string.Join('|', stems)})s? (?:{string.Join('|', suffixes)})\b", Options),
                "a source named by its id. Readers know a source by its label (S4): the reporter writes it for \"article 003\", \"article-003\" or \"articles 001 and 003\" in a summary, a note or a reason when every number names a source of sources.yaml; check the numbers, or name the source in words");
        }

        yield return (new Regex(@"\b1 (hours|days|soldiers|ships|people)\b", Options), "one of a unit in the plural; the figure's unit reads \"1 hour\"");
        yield return (new Regex(@"\bUSD\b|\bEUR\b", Options), "a currency code; amounts read \"$200 million\"");
    }

    /// <summary>
    /// The facts whose texts hold <paramref name="found"/> (as a curator wrote them), each as
    /// "data/facts/FILE.yaml:LINE (kind id), field: “…”", or a line saying no fact holds it (then a template wrote it).
    /// </summary>
    internal static string Origins(FactCatalog catalog, string found)
    {
        var origins = (
            from fact in catalog.All
            from text in Texts(fact)
            where text.Value.Contains(found, StringComparison.OrdinalIgnoreCase)
            select $"  in {FactLocation.Describe(fact)}, {text.Field}: “{Around(text.Value, found)}”").Take(10).ToList();
        return origins.Count > 0
            ? string.Join("\n", origins)
            : "  no fact holds it as written: a template or the view model (src/Crisis.Reporter/Briefings) writes it";
    }

    /// <summary>Every text of a fact with its field's path, read from the JSON the record writes (the schema's names).</summary>
    private static IEnumerable<(string Field, string Value)> Texts(IFact fact)
    {
        var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            fact.WriteJson(writer);
        }

        using var json = JsonDocument.Parse(buffer.ToArray());
        var result = new List<(string, string)>();
        Walk(json.RootElement, "", result);
        return result;

        static void Walk(JsonElement element, string path, List<(string, string)> into)
        {
            switch (element.ValueKind)
            {
                case JsonValueKind.Object:
                    foreach (var property in element.EnumerateObject().Where(p => path.Length > 0 || p.Name is not ("id" or "kind" or "defined-at")))
                    {
                        Walk(property.Value, path.Length == 0 ? property.Name : $"{path}.{property.Name}", into);
                    }

                    break;
                case JsonValueKind.Array:
                    var i = 0;
                    foreach (var item in element.EnumerateArray())
                    {
                        Walk(item, $"{path}[{i++}]", into);
                    }

                    break;
                case JsonValueKind.String:
                    into.Add((path, element.GetString()!));
                    break;
            }
        }
    }

    /// <summary>A few words either side of the match.</summary>
    private static string Around(string text, string found)
    {
        var at = text.IndexOf(found, StringComparison.OrdinalIgnoreCase);
        var from = Math.Max(0, at - 40);
        var to = Math.Min(text.Length, at + found.Length + 40);
        return (from > 0 ? "…" : "") + text[from..to].ReplaceLineEndings(" ") + (to < text.Length ? "…" : "");
    }

    private static IEnumerable<string> AllIds(FactCatalog c) => c.All.Select(f => f.Key);

    [GeneratedRegex(@"\b[a-z0-9]+(?:-[a-z0-9]+)+\b")]
    private static partial Regex IdLikeRegex();

    [GeneratedRegex(@"^```[^\n]*\n.*?^```[^\n]*$", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex FenceRegex();
}

/// <summary>
/// Only the legends a page uses: the likelihood scale where a judgment shows an ICD 203 term with its band, the
/// confidence scale where a judgment shows a confidence, the Admiralty codes where footnote tags give grades, the
/// date mark where a date from the public record shows its †; and every legend a page uses is there.
/// </summary>
public sealed class LegendsTests
{
    public static TheoryData<string> BriefingNames => [.. BriefingRegistry.Names];

    [Theory]
    [MemberData(nameof(BriefingNames))]
    public void A_page_gives_the_legends_it_uses_and_no_other(string briefing)
    {
        var page = BriefingSnapshotTests.Render(Facts.Catalog, briefing);
        var at = page.IndexOf("\n### Legends\n", StringComparison.Ordinal);
        var legends = at >= 0 ? page[at..] : "";
        var body = at >= 0 ? page[..at] : page;
        var usesLikelihood = Regex.IsMatch(body, @"\*(?:almost no chance|very unlikely|unlikely|roughly even chance|likely|very likely|almost certain) \(\d");
        var usesConfidence = Regex.IsMatch(body, @"\*(?:low|moderate|high)\* confidence");
        var usesGrades = Regex.IsMatch(page, @"^\[\^[^\]\s]+\]: S\d+ .* · [A-F][1-6]", RegexOptions.Multiline);
        var usesDateMark = Regex.IsMatch(body, @"\d" + FactViewBuilder.PublicRecordMark);
        Assert.Equal(usesDateMark, legends.Contains("**Dates:** " + FactViewBuilder.PublicRecordMark, StringComparison.Ordinal));
        Assert.Equal(usesLikelihood, legends.Contains("**Likelihood (ICD 203)", StringComparison.Ordinal));
        Assert.Equal(usesConfidence, legends.Contains("**Confidence (ICD 203)", StringComparison.Ordinal));
        Assert.Equal(usesGrades, legends.Contains("**Source reliability (Admiralty)", StringComparison.Ordinal));
        Assert.Equal(usesGrades, legends.Contains("**Credibility of an item (Admiralty)", StringComparison.Ordinal));
    }

    /// <summary>
    /// Every page `render --all` writes (the timeline's periods, each source's page too) explains the † of a date from
    /// the public record exactly when it prints one; the actors, claims and measures pages print them (Biden's answer of
    /// 3 Dec 2021, Austin's words of 28 Jan 2022), so the check has pages of both kinds.
    /// </summary>
    [Fact]
    public void Every_page_that_marks_a_date_from_the_public_record_explains_the_mark()
    {
        var marked = new List<string>();
        foreach (var (path, page) in BriefingSnapshotTests.Tree(Facts.Catalog))
        {
            var at = page.IndexOf("\n### Legends\n", StringComparison.Ordinal);
            var body = at >= 0 ? page[..at] : page;
            var marks = Regex.IsMatch(body, @"\d" + FactViewBuilder.PublicRecordMark);
            Assert.True(marks == (at >= 0 && page[at..].Contains("**Dates:** " + FactViewBuilder.PublicRecordMark, StringComparison.Ordinal)),
                $"{path}: {(marks ? "prints a date marked † and does not explain the mark" : "explains † and prints none")}");
            if (marks)
            {
                marked.Add(path);
            }
        }

        Assert.Contains("actors", marked);
        Assert.Contains("claims", marked);
        Assert.Contains("measures", marked);
    }

    [Fact]
    public void The_situation_page_uses_all_four_and_the_timeline_no_likelihood()
    {
        Assert.Contains("**Likelihood (ICD 203)", BriefingSnapshotTests.Render(Facts.Catalog, "situation"), StringComparison.Ordinal);
        Assert.DoesNotContain("**Likelihood (ICD 203)", BriefingSnapshotTests.Render(Facts.Catalog, "timeline"), StringComparison.Ordinal);
    }
}
