using System.Collections.Immutable;
using Crisis.Model;

namespace Crisis.Model.Tests;

/// <summary>The compiled catalog behaves as docs/generated-code.md says, on the real data.</summary>
public class CatalogTests
{
    private static readonly FactCatalog Catalog = Facts.Catalog;

    [Fact]
    public void Collections_are_sorted_by_id_and_ids_are_unique()
    {
        var ids = Catalog.All.Select(f => f.Key).ToList();

        Assert.Equal(ids.Order(StringComparer.Ordinal), ids);
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(Catalog.Actors.Select(a => a.Id.Value).Order(StringComparer.Ordinal), Catalog.Actors.Select(a => a.Id.Value));
        Assert.Equal(Catalog.All.Length, Catalog.CountsByKind.Sum(pair => pair.Value));
    }

    [Fact]
    public void Typed_lookup_finds_a_fact_and_names_a_missing_id()
    {
        var actor = Catalog.Actors[0];

        Assert.Same(actor, Catalog[actor.Id]);
        Assert.Same(actor, Catalog.Find(actor.Id.Value));
        var missing = Assert.Throws<KeyNotFoundException>(() => Catalog[new ActorId("no-such-actor")]);
        Assert.Contains("no-such-actor", missing.Message, StringComparison.Ordinal);
        Assert.False(Catalog.TryGet(new ActorId(Catalog.Sources[0].Id.Value), out _), "a source's id is not an actor's");
    }

    [Fact]
    public void A_kind_lookup_finds_each_of_its_facts_and_nothing_else()
    {
        // TryGet searches the kind's own sorted facts (no index of every kind): for an id of any kind, one with a character
        // more or less, and the empty id, it finds what Find finds when that is of its kind (the very record), else nothing.
        var lookups = typeof(FactCatalog).GetMethods().Where(m => m.Name == nameof(FactCatalog.TryGet)).ToList();
        Assert.Equal(FactSchema.Kinds.Length, lookups.Count);
        var probes = Catalog.All.SelectMany(f => new[] { f.Key, f.Key + "-", f.Key[..^1] }).Append("").ToList();
        foreach (var lookup in lookups)
        {
            var idType = lookup.GetParameters()[0].ParameterType;
            var recordType = lookup.GetParameters()[1].ParameterType.GetElementType()!;
            var found = 0;
            foreach (var id in probes)
            {
                var arguments = new[] { Activator.CreateInstance(idType, id), null };
                var fact = (bool)lookup.Invoke(Catalog, arguments)! ? arguments[1] : null;
                var expected = Catalog.Find(id) is { } any && recordType.IsInstanceOfType(any) ? any : null;
                Assert.Same(expected, fact);
                found += fact is null ? 0 : 1;
            }

            Assert.True(found >= Catalog.All.Count(recordType.IsInstanceOfType), $"{recordType.Name}: {found} found");
        }
    }

    [Fact]
    public void References_navigate_to_the_records_they_name()
    {
        var statement = Catalog.Statements.First();

        var speakers = Catalog.Resolve(statement.Speakers);
        var sources = Catalog.Resolve(statement.Citations.Select(c => c.Source).ToImmutableArray());

        Assert.Equal(statement.Speakers, speakers.Select(s => s.Id).ToImmutableArray());
        Assert.Equal(statement.Citations.Length, sources.Length);
    }

    [Fact]
    public void A_hand_built_catalog_with_a_dangling_reference_is_refused()
    {
        var source = Catalog.Sources[0];
        var actor = new Actor
        {
            Id = new ActorId("someone"),
            Name = "Someone",
            Type = ActorType.Person,
            Affiliation = new ActorId("nobody"),
            Citations = ImmutableArray.Create(new Citation { Source = source.Id, Locator = "§1", Credibility = 6 }),
        };

        var error = Assert.Throws<ArgumentException>(() => new FactCatalog(sources: new[] { source }, actors: new[] { actor }));

        Assert.Contains("someone.affiliation: no actor has the id 'nobody'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_fact_says_where_it_is_defined_and_that_line_holds_its_id()
    {
        var data = Crisis.Snapshots.SolutionDirectory.Combine("data");
        foreach (var fact in Catalog.All)
        {
            var colon = fact.DefinedAt.LastIndexOf(':');
            var lines = File.ReadAllLines(Path.Combine(data, fact.DefinedAt[..colon]));
            var line = lines[int.Parse(fact.DefinedAt[(colon + 1)..], System.Globalization.CultureInfo.InvariantCulture) - 1];
            Assert.Contains(fact.Key, line, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Partial_dates_read_write_and_order_by_precision()
    {
        Assert.Equal("~2022-02-12", PartialDate.Parse("~2022-02-12").ToString());
        Assert.Equal(DatePrecision.Month, PartialDate.Parse("2022-01").Precision);
        Assert.Equal(new DateOnly(2022, 1, 31), PartialDate.Parse("2022-01").End);
        Assert.False(PartialDate.TryParse("2022-02-30", out _));
        Assert.True(PartialDate.Parse("2022-01") < PartialDate.Parse("2022-01-01"));
        Assert.True(PartialDate.Parse("2022-01-21") < PartialDate.Parse("2022-02"));
    }

    [Fact]
    public void Vocabulary_values_keep_their_yaml_spelling_and_description()
    {
        Assert.Equal("public-record", DateBasis.PublicRecord.ToKey());
        Assert.True(DateBasisExtensions.TryParseKey("public-record", out var basis));
        Assert.Equal(DateBasis.PublicRecord, basis);
        Assert.StartsWith("Not in the article", DateBasis.PublicRecord.Describe(), StringComparison.Ordinal);
    }
}
