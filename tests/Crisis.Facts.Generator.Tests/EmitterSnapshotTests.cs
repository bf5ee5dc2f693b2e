using Crisis.Facts.Generator.Common;
using Crisis.Facts.Generator.Emit;
using Crisis.Facts.Generator.Facts;
using Crisis.Facts.Generator.Schema;
using Crisis.Snapshots;
using static Crisis.Snapshots.Verifier;

namespace Crisis.Facts.Generator.Tests;

/// <summary>The emitters alone, from models built by hand: no YAML, no Roslyn driver.</summary>
public class EmitterSnapshotTests
{
    private static readonly TextLocation Nowhere = TextLocation.FileStart;

    private static FieldModel Field(string name, FieldType type, string? target = null, bool list = false, bool required = false, decimal? min = null, decimal? max = null) =>
        new(name, type, target, list, required, $"The {name}.", min, max);

    private static readonly SchemaModel Schema = new(
        "Hand.Built",
        new[] { new VocabularyModel("side", "Which side.", new[] { new VocabularyValue("east", "The East."), new VocabularyValue("west", "The West.") }.ToEquatableArray()) }.ToEquatableArray(),
        new[]
        {
            new BlockModel("citation", "Where from.", new[] { Field("source", FieldType.Reference, "source", required: true), Field("credibility", FieldType.Integer, required: true, min: 1, max: 6) }.ToEquatableArray()),
        }.ToEquatableArray(),
        new[]
        {
            new KindModel("source", "sources", "An article.", false, new[] { Field("title", FieldType.Text, required: true) }.ToEquatableArray()),
            new KindModel("actor", "actors", "Someone.", true, new[]
            {
                Field("name", FieldType.Text, required: true),
                Field("side", FieldType.Vocabulary, "side"),
                Field("born", FieldType.PartialDate),
                Field("quote", FieldType.BilingualText),
                Field("allies", FieldType.Reference, "actor", list: true),
                Field("citations", FieldType.Block, "citation", list: true, required: true),
            }.ToEquatableArray()),
        }.ToEquatableArray(),
        EquatableArray<string>.Empty,
        IsComplete: true);

    private static IEnumerable<Target> Targets(IEnumerable<(string HintName, string Source)> files) =>
        files.Select(f => new Target("cs", $"//HintName: {f.HintName}\n{f.Source}", f.HintName[..^".cs".Length]));

    [Fact]
    public Task Schema_types_from_a_hand_built_schema() => Verify(Targets(SchemaEmitter.Emit(Schema)));

    [Fact]
    public Task Fact_data_from_a_hand_built_catalog()
    {
        static ValueModel Text(ValueKind kind, string text, string? target = null, bool citationSource = false) =>
            new(kind, text, EquatableArray<FieldValue>.Empty, EquatableArray<ValueModel>.Empty, Nowhere, target, citationSource);

        var citation = new ValueModel(ValueKind.Block, string.Empty,
            new[] { new FieldValue("source", Text(ValueKind.Reference, "paper", "source", true)), new FieldValue("credibility", Text(ValueKind.Integer, "2")) }.ToEquatableArray(),
            EquatableArray<ValueModel>.Empty, Nowhere, "citation", false);
        var facts = new[]
        {
            new FactModel("source", "paper", "/d/facts/a.yaml", Nowhere, new[] { new FieldValue("title", Text(ValueKind.Text, "A \"quoted\" title\nwith a line break")) }.ToEquatableArray(), true),
            new FactModel("actor", "2014-annexation-party", "/d/facts/a.yaml", Nowhere with { StartLine = 9 }, new[]
            {
                new FieldValue("name", Text(ValueKind.Text, "Party")),
                new FieldValue("side", Text(ValueKind.Vocabulary, "east", "side")),
                new FieldValue("born", Text(ValueKind.Date, "~2014-03")),
                new FieldValue("quote", new ValueModel(ValueKind.Bilingual, string.Empty, new[] { new FieldValue("original", Text(ValueKind.Text, "L’Ouest")), new FieldValue("language", Text(ValueKind.Text, "fr")) }.ToEquatableArray(), EquatableArray<ValueModel>.Empty, Nowhere, null, false)),
                new FieldValue("allies", new ValueModel(ValueKind.List, string.Empty, EquatableArray<FieldValue>.Empty, new[] { Text(ValueKind.Reference, "actors", "actor") }.ToEquatableArray(), Nowhere, "actor", false)),
                new FieldValue("citations", new ValueModel(ValueKind.List, string.Empty, EquatableArray<FieldValue>.Empty, new[] { citation }.ToEquatableArray(), Nowhere, "citation", false)),
            }.ToEquatableArray(), true),
            new FactModel("actor", "actors", "/d/schema/../facts/b.yaml", Nowhere, new[] { new FieldValue("name", Text(ValueKind.Text, "Named like its class")), new FieldValue("citations", new ValueModel(ValueKind.List, string.Empty, EquatableArray<FieldValue>.Empty, new[] { citation }.ToEquatableArray(), Nowhere, "citation", false)) }.ToEquatableArray(), true),
        };

        return Verify(Targets(FactDataEmitter.Emit(new CatalogModel(Schema, facts.ToEquatableArray(), "/d/"))));
    }

    [Fact]
    public Task Json_schema_from_a_hand_built_schema() => Verify(JsonSchemaEmitter.Emit(Schema), "json");
}
