using System.Text.Json;
using Crisis.Model;
using Crisis.Snapshots;

namespace Crisis.Model.Tests;

/// <summary>The committed JSON Schema (used by editors) is exactly what the YAML schema says.</summary>
public class JsonSchemaTests
{
    [Fact]
    public Task The_committed_json_schema_matches_the_yaml_schema() =>
        Verifier.VerifyFile("data/facts.schema.json", FactSchema.Json);

    [Fact]
    public void The_json_schema_lists_every_kind_and_closed_vocabulary()
    {
        using var document = JsonDocument.Parse(FactSchema.Json);
        var properties = document.RootElement.GetProperty("properties");
        var definitions = document.RootElement.GetProperty("definitions");

        foreach (var (kind, _) in Facts.Catalog.CountsByKind)
        {
            Assert.True(definitions.TryGetProperty("kind." + kind, out _), kind);
        }

        Assert.True(properties.TryGetProperty("actors", out _));
        var reliability = definitions.GetProperty("vocabulary.reliability").GetProperty("enum").EnumerateArray().Select(e => e.GetString()).ToList();
        Assert.Equal(new[] { "A", "B", "C", "D", "E", "F" }, reliability);
        Assert.Contains("citations", definitions.GetProperty("kind.actor").GetProperty("required").EnumerateArray().Select(e => e.GetString()));
    }
}
