using Crisis.Model;
using Crisis.Reporter.Commands.Export;
using Crisis.Reporter.Selection;
using static Crisis.Snapshots.Verifier;

namespace Crisis.Reporter.Tests;

/// <summary>The exports of the fixed test data are reviewed snapshots too (field names, order, date forms).</summary>
public sealed class ExportSnapshotTests
{
    [Fact]
    public async Task JsonOfTheTestData() =>
        await Verify(JsonExport.Json(TestData.Catalog, BriefingFilter.None), "json");

    [Fact]
    public async Task TimelineJsOfTheTestData() =>
        await Verify(JsonExport.TimelineJs(TestData.Catalog, BriefingFilter.None), "json");

    [Fact]
    public void EveryKindOfTheSchemaHasItsCountAndItsList()
    {
        // The export is written from the schema's table of kinds: none can be left out by a list kept by hand.
        var export = System.Text.Json.Nodes.JsonNode.Parse(JsonExport.Json(TestData.Catalog, BriefingFilter.None))!.AsObject();
        var plurals = FactSchema.Kinds.Select(k => k.Plural).ToList();

        Assert.Equal(plurals, export["counts"]!.AsObject().Select(p => p.Key));
        Assert.Equal(plurals, export.Where(p => p.Value is System.Text.Json.Nodes.JsonArray).Select(p => p.Key));
        Assert.All(FactSchema.Kinds, k => Assert.Equal(TestData.Catalog.OfKind(k.Name).Length, (int)export["counts"]![k.Plural]!));
    }
}
