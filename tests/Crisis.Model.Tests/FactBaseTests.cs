using System.Collections;
using System.Collections.Immutable;
using System.Reflection;
using Crisis.Model;

namespace Crisis.Model.Tests;

/// <summary>
/// Integrity rules of the real fact base (data/facts) that the fact compiler does not check:
/// provenance beyond citations (each source's title and each bilingual quote are in the articles; the compiler
/// checks every citation's quote at its locator), coverage (every source cited, every actor used) and
/// consistency (estimates dated, claims answered as their status says).
/// </summary>
public sealed class FactBaseTests
{
    private static FactCatalog Catalog => Facts.Catalog;

    // ----- member data -------------------------------------------------------------------------

    public static TheoryData<string> SourceIds => Data(Catalog.Sources.Select(s => s.Id.Value));

    public static TheoryData<string> ActorIds => Data(Catalog.Actors.Select(a => a.Id.Value));

    public static TheoryData<string> EstimateIds => Data(Catalog.Estimates.Select(e => e.Id.Value));

    public static TheoryData<string> CitedFactIds => Data(Catalog.All.OfType<ICitedFact>().Select(f => f.Key));

    public static TheoryData<string> FactsWithBilingualQuotes =>
        Data(Catalog.All.Where(f => FactInspector.BilingualTexts(f).Any()).Select(f => f.Key));

    public static TheoryData<string> ClaimIds => Data(Catalog.Claims.Select(c => c.Id.Value));

    private static TheoryData<string> Data(IEnumerable<string> values)
    {
        var data = new TheoryData<string>();
        foreach (var value in values)
        {
            data.Add(value);
        }

        return data;
    }

    // ----- coverage ----------------------------------------------------------------------------

    /// <summary>
    /// A rule for any fact base, not a count of today's (the numbers of sources and facts are in the snapshots): it has
    /// sources, and facts that cite them. A curator who adds an article changes the snapshots, never this test.
    /// </summary>
    [Fact]
    public void The_fact_base_has_sources_and_facts_that_cite_them()
    {
        Assert.True(Catalog.Sources.Length > 0, $"No source in {FactLocation.DataFolder}/facts/sources.yaml: the facts rest on nothing.");
        Assert.True(Catalog.All.OfType<ICitedFact>().Any(), $"No fact in {FactLocation.DataFolder}/facts cites a source.");
    }

    [Theory]
    [MemberData(nameof(SourceIds))]
    public void Every_source_is_cited_by_at_least_one_fact(string sourceId)
    {
        var citing = Catalog.All.OfType<ICitedFact>()
            .Where(f => f.Citations.Any(c => c.Source.Value == sourceId))
            .ToList();

        Assert.True(
            citing.Count > 0,
            $"{FactLocation.Describe(Catalog[new SourceId(sourceId)])} is cited by no fact: cite it from the facts it supports, or remove it if no fact rests on it.");
    }

    [Theory]
    [MemberData(nameof(ActorIds))]
    public void Every_actor_is_referenced_by_another_fact(string actorId)
    {
        var referencedBy = Catalog.All
            .Where(f => f.Key != actorId)
            .Where(f => FactInspector.References(f).Any(r => r.Kind == "actor" && r.Id == actorId))
            .Select(f => f.Key)
            .ToList();

        Assert.True(
            referencedBy.Count > 0,
            $"{FactLocation.Describe(Catalog[new ActorId(actorId)])} is referenced by no other fact: name it where it acts (a party, speaker, estimator …) or remove it.");
    }

    [Fact]
    public void Every_reference_resolves_to_a_fact_of_the_right_kind()
    {
        var broken = (
            from fact in Catalog.All
            from reference in FactInspector.References(fact)
            let target = Catalog.Find(reference.Id)
            where target is null || target.Kind != reference.Kind
            select $"{FactLocation.Describe(fact)}: {reference.Kind} '{reference.Id}'").ToList();

        Assert.True(broken.Count == 0, "Broken references:\n" + string.Join("\n", broken));
    }

    [Fact]
    public void The_catalog_validates_when_rebuilt_from_its_facts()
    {
        // From facts of every kind at once: the constructor sorts them by the schema's table of kinds.
        var rebuilt = new FactCatalog(Catalog.All);

        Assert.Equal(Catalog.All.Length, rebuilt.All.Length);
        Assert.All(FactSchema.Kinds, kind => Assert.Equal(Catalog.OfKind(kind.Name), rebuilt.OfKind(kind.Name)));
    }

    // ----- estimates ---------------------------------------------------------------------------

    [Theory]
    [MemberData(nameof(EstimateIds))]
    public void Every_estimate_has_an_as_of_date(string estimateId)
    {
        var estimate = Catalog[new EstimateId(estimateId)];

        Assert.NotNull(estimate.AsOf);
        Assert.InRange(estimate.AsOf.On.Year, 1990, 2030);
        if (estimate.AsOf.Basis != DateBasis.Stated)
        {
            Assert.False(
                string.IsNullOrWhiteSpace(estimate.AsOf.How),
                $"{FactLocation.Describe(estimate)}: an {estimate.AsOf.Basis.ToKey()} as-of date must say how it was established: add as-of.how.");
        }
    }

    [Fact]
    public void At_most_one_estimate_per_quantity_is_preferred()
    {
        var conflicts = Catalog.Estimates
            .Where(e => e.Rank == Rank.Preferred)
            .GroupBy(e => e.Quantity)
            .Where(g => g.Count() > 1)
            .Select(g => $"{g.Key.ToKey()}: {string.Join(", ", g.Select(e => e.Id.Value))}")
            .ToList();

        Assert.True(conflicts.Count == 0, "Several preferred estimates:\n" + string.Join("\n", conflicts));
    }

    [Fact]
    public void A_range_has_an_upper_bound_above_its_value_and_only_a_range_has_one()
    {
        var wrong = BoundsThatDoNotFit(Catalog.Estimates).ToList();

        Assert.True(wrong.Count == 0, "Estimates whose upper bound does not fit their qualifier (a range has an upper bound above its value, and only a range has one):\n" + string.Join("\n", wrong));
    }

    /// <summary>The rule above catches what it looks for, whatever the real data holds today.</summary>
    [Fact]
    public void The_upper_bound_rule_catches_a_range_without_one_and_a_bound_on_another_figure()
    {
        var range = Catalog.Estimates[0] with { Qualifier = Qualifier.Range, Value = 2, Upper = 3 };
        Assert.Empty(BoundsThatDoNotFit([range, range with { Qualifier = Qualifier.About, Upper = null }]));
        Assert.Equal(3, BoundsThatDoNotFit([range with { Upper = null }, range with { Upper = 2 }, range with { Qualifier = Qualifier.About }]).Count());
    }

    private static IEnumerable<string> BoundsThatDoNotFit(IEnumerable<Estimate> estimates) =>
        estimates
            .Where(e => (e.Qualifier == Qualifier.Range) != (e.Upper is { } upper && upper > e.Value))
            .Select(e => $"{FactLocation.Describe(e)}: qualifier {e.Qualifier.ToKey()}, value {e.Value}, upper {e.Upper?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "none"}");

    // ----- dates -------------------------------------------------------------------------------

    [Fact]
    public void Inferred_and_public_record_dates_say_how_they_were_established()
    {
        var missing = (
            from fact in Catalog.All
            from dating in FactInspector.Datings(fact)
            where dating.Value.Basis != DateBasis.Stated && string.IsNullOrWhiteSpace(dating.Value.How)
            select $"{FactLocation.Describe(fact)}, {dating.Name}: add how").ToList();

        Assert.True(missing.Count == 0, "Dates without their reasoning:\n" + string.Join("\n", missing));
    }

    [Fact]
    public void Events_do_not_end_before_they_start()
    {
        var wrong = Catalog.Events
            .Where(e => e.Date is not null && e.End is not null && e.End.On.End < e.Date.On.Start)
            .Select(e => $"{FactLocation.Describe(e)}: {e.Date!.On} → {e.End!.On}")
            .ToList();

        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    /// <summary>A date known only as between two days (<c>latest</c>) has its last day after its first: otherwise it is one date, or a slip.</summary>
    [Fact]
    public void A_date_between_two_days_ends_after_it_starts()
    {
        var wrong = (
            from fact in Catalog.All
            from dating in FactInspector.Datings(fact)
            where dating.Value.Latest is { } latest && latest.Start <= dating.Value.On.End
            select $"{fact.DefinedAt} {fact.Key}.{dating.Name}: on {dating.Value.On}, latest {dating.Value.Latest}: the latest day must come after 'on' (drop 'latest' for a single date)").ToList();

        Assert.True(wrong.Count == 0, "Date ranges that do not run forward:\n" + string.Join("\n", wrong));
    }

    // ----- claims and responses ----------------------------------------------------------------

    [Theory]
    [MemberData(nameof(ClaimIds))]
    public void A_claims_status_agrees_with_its_answers(string claimId)
    {
        var claim = Catalog[new ClaimId(claimId)];
        // A claim is answered in words (a response) or by a fact the sources set against it (answered-by).
        var stances = Catalog.Responses.Where(r => r.Claim == claim.Id).Select(r => r.Stance)
            .Concat(claim.AnsweredBy.IsDefault ? [] : claim.AnsweredBy.Select(a => a.Stance))
            .ToList();
        const string Answer = "neither a response nor a fact in its answered-by";

        switch (claim.Status)
        {
            case ClaimStatus.Denied:
                Assert.True(stances.Contains(Stance.Denies), $"{FactLocation.Describe(claim)} is 'denied' but {Answer} denies it: add the response (or the fact) that denies it, or change the status.");
                break;
            case ClaimStatus.Disputed:
                Assert.True(
                    stances.Any(s => s is Stance.Denies or Stance.Disputes),
                    $"{FactLocation.Describe(claim)} is 'disputed' but {Answer} denies or disputes it: add the response (or the fact), or change the status.");
                break;
            case ClaimStatus.Confirmed:
                Assert.True(stances.Contains(Stance.Confirms), $"{FactLocation.Describe(claim)} is 'confirmed' but {Answer} confirms it: add the response (or the fact), or change the status.");
                break;
            case ClaimStatus.Unverified:
                // Qualifying answers (accepting part with reservations) leave a claim neither confirmed nor contested.
                var decisive = stances.Where(s => s != Stance.Qualifies).Select(s => s.ToKey()).ToList();
                Assert.True(decisive.Count == 0, $"{FactLocation.Describe(claim)} is 'unverified' but an answer {string.Join(" and ", decisive)} it: give it the status its answers leave it in.");
                break;
        }
    }

    /// <summary>A fact that answers a claim is another fact: a claim does not answer itself.</summary>
    [Theory]
    [MemberData(nameof(ClaimIds))]
    public void A_claim_is_not_answered_by_itself(string claimId)
    {
        var claim = Catalog[new ClaimId(claimId)];

        Assert.False(
            !claim.AnsweredBy.IsDefault && claim.AnsweredBy.Any(a => a.Fact.Value == claimId),
            $"{claim.DefinedAt}: claim '{claimId}' lists itself in answered-by.");
    }

    // ----- citations ---------------------------------------------------------------------------

    [Theory]
    [MemberData(nameof(CitedFactIds))]
    public void Every_citation_has_a_quote_a_translation_and_a_locator(string factId)
    {
        var fact = (ICitedFact)Catalog.Find(factId)!;

        Assert.False(fact.Citations.IsDefaultOrEmpty, $"{FactLocation.Describe(fact)} has no citation.");
        foreach (var citation in fact.Citations)
        {
            var where = $"{FactLocation.Describe(fact)}, citation {citation.Source} {citation.Locator}";
            Assert.False(string.IsNullOrWhiteSpace(citation.Locator), $"{where}: empty locator.");
            Assert.False(string.IsNullOrWhiteSpace(citation.Quote), $"{where}: no quote.");
            Assert.False(string.IsNullOrWhiteSpace(citation.Translation), $"{where}: no translation.");
            Assert.DoesNotContain('\n', citation.Quote!);
        }
    }

    [Fact]
    public void No_two_citations_carry_the_same_quote()
    {
        var duplicates = Catalog.All.OfType<ICitedFact>()
            .SelectMany(f => f.Citations.Where(c => c.Quote is not null).Select(c => (Fact: FactLocation.Describe(f), Quote: c.Quote!)))
            .GroupBy(x => x.Quote, StringComparer.Ordinal)
            .Where(g => g.Count() > 1)
            .Select(g => $"\"{g.Key}\" is cited by {string.Join(", ", g.Select(x => x.Fact))}")
            .ToList();

        Assert.True(duplicates.Count == 0, "Quotes cited twice word for word: quote in each fact the words that fact rests on (or merge two facts that take the same item):\n" + string.Join("\n", duplicates));
    }

    [Theory]
    [MemberData(nameof(SourceIds))]
    public void Every_source_file_exists_and_holds_its_title(string sourceId)
    {
        var seeds = Seeds.OrSkip();
        var source = Catalog[new SourceId(sourceId)];

        Assert.True(seeds.TryGetValue(source.File, out var text), $"{FactLocation.Describe(source)}: no file '{source.File}' among the articles' texts ({Seeds.Folder()}).");
        Assert.True(
            text!.Contains(source.Title.Original, StringComparison.Ordinal),
            $"{FactLocation.Describe(source)}: its title.original is not in the text of '{source.File}': copy the headline (or the opening words) verbatim.");
        Assert.True(
            source.Title.Language == source.Language.ToKey(),
            $"{FactLocation.Describe(source)}: the title is in '{source.Title.Language}' but the source in '{source.Language.ToKey()}': the title is the article's own words.");
    }

    [Theory]
    [MemberData(nameof(FactsWithBilingualQuotes))]
    public void Every_bilingual_quote_is_verbatim_in_an_article_the_fact_cites(string factId)
    {
        var seeds = Seeds.OrSkip();
        var fact = Catalog.Find(factId)!;
        var sources = fact is ICitedFact citedFact ? citedFact.Citations.Select(c => Catalog[c.Source]).Distinct().ToList() : [];
        var cited = sources.Select(s => Seeds.TextOf(seeds, s)).ToList();

        foreach (var (name, quote) in FactInspector.BilingualTexts(fact))
        {
            Assert.False(string.IsNullOrWhiteSpace(quote.English), $"{FactLocation.Describe(fact)}, {name}: no English translation.");
            if (fact is Source)
            {
                continue; // checked against the source's own file above
            }

            Assert.True(
                sources.Any(s => s.Language.ToKey() == quote.Language),
                $"{FactLocation.Describe(fact)}, {name}: the quote is in '{quote.Language}', the language of none of the articles the fact cites ({string.Join(", ", sources.Select(s => $"{s.Id}: {s.Language.ToKey()}"))}).");
            Assert.True(
                cited.Any(t => t.Contains(quote.Original, StringComparison.Ordinal)),
                $"{FactLocation.Describe(fact)}, {name}: \"{quote.Original}\" is in none of the articles the fact cites.");
        }
    }
}

/// <summary>The seed articles, read from &lt;repo root&gt;/../shared/seeds/ when that folder exists.</summary>
internal static class Seeds
{
    private static readonly Lazy<IReadOnlyDictionary<string, string>?> Articles = new(Load);

    public static string Folder() => Path.GetFullPath(Crisis.Snapshots.SolutionDirectory.Combine("..", "shared", "seeds"));

    /// <summary>The articles by file name, or skips the calling test with a visible message.</summary>
    public static IReadOnlyDictionary<string, string> OrSkip()
    {
        var articles = Articles.Value;
        if (articles is null)
        {
            Assert.Skip($"The seed articles are not available (looked for {Folder()}); quotes cannot be checked.");
        }

        return articles!;
    }

    public static string TextOf(IReadOnlyDictionary<string, string> articles, Source source) =>
        articles.TryGetValue(source.File, out var text)
            ? text
            : throw new Xunit.Sdk.XunitException($"{FactLocation.Describe(source)}: the file '{source.File}' is not among the articles' texts ({Folder()}).");

    private static IReadOnlyDictionary<string, string>? Load()
    {
        var folder = Folder();
        if (!Directory.Exists(folder))
        {
            return null;
        }

        return Directory.GetFiles(folder, "*.txt")
            .ToDictionary(f => Path.GetFileName(f), File.ReadAllText, StringComparer.Ordinal);
    }
}

/// <summary>Reflection over generated fact records: the ids they reference, their dates and bilingual texts.</summary>
internal static class FactInspector
{
    public readonly record struct Reference(string Kind, string Id);

    public static IEnumerable<Reference> References(object fact) =>
        Values(fact).SelectMany(v => AsReferences(v.Value));

    public static IEnumerable<(string Name, Dating Value)> Datings(object fact) =>
        Values(fact).SelectMany(v => Flatten(v.Value).OfType<Dating>().Select(d => (v.Name, d)));

    public static IEnumerable<(string Name, BilingualText Value)> BilingualTexts(object fact) =>
        Values(fact).SelectMany(v => Flatten(v.Value).OfType<BilingualText>().Select(b => (v.Name, b)));

    private static IEnumerable<(string Name, object? Value)> Values(object fact) =>
        fact.GetType()
            .GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0 && p.Name != "Id")
            .Select(p => (p.Name, p.GetValue(fact)));

    private static IEnumerable<object> Flatten(object? value)
    {
        switch (value)
        {
            case null:
            case string:
                yield break;
            case IEnumerable items:
                foreach (var item in items)
                {
                    if (item is not null)
                    {
                        yield return item;
                    }
                }

                break;
            default:
                yield return value;
                break;
        }
    }

    private static IEnumerable<Reference> AsReferences(object? value)
    {
        foreach (var item in Flatten(value))
        {
            var type = item.GetType();
            var kind = type.GetField("Kind", BindingFlags.Public | BindingFlags.Static);
            var id = type.GetProperty("Value");
            if (type.IsValueType && type.Name.EndsWith("Id", StringComparison.Ordinal) && kind?.IsLiteral == true && id is not null)
            {
                yield return new Reference((string)kind.GetRawConstantValue()!, (string)id.GetValue(item)!);
            }
        }
    }
}
