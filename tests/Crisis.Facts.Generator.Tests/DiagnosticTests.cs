using Crisis.Facts.Generator.Tests.Samples;
using Crisis.Facts.Generator.Tests.Support;
using Microsoft.CodeAnalysis;

namespace Crisis.Facts.Generator.Tests;

/// <summary>
/// One minimal bad file per diagnostic: the diagnostic's id, and its line and column (1-based, as an editor shows
/// them) in the YAML. Each case also checks the generator did not crash (no FACT900) and named the right file.
/// </summary>
public class DiagnosticTests
{
    private const string FactsPath = "/data/facts/bad.yaml";

    /// <summary>A cited source and a valid actor that the cases can refer to.</summary>
    private const string Valid = """
        sources:
          - id: s
            title: { original: t, language: fr }
            reliability: A
        actors:
          - id: nato
            name: NATO
            citations: [{ source: s, locator: x, credibility: 1 }]

        """;

    public static TheoryData<string, string, int, int> FactCases() => new()
    {
        // id, facts (Valid fills lines 1-8), line, column
        { "FACT001", Valid + "estimates:\n  - id: e\n    notes: \"never closed\n", 11, 12 },
        { "FACT002", Valid + "actorz:\n  - id: a\n", 9, 1 },
        { "FACT003", Valid + "  - id: a\n    nmae: A\n    citations: [{ source: s, locator: x, credibility: 1 }]\n", 10, 5 },
        { "FACT004", Valid + "  - id: a\n    citations: [{ source: s, locator: x, credibility: 1 }]\n", 9, 5 },
        { "FACT005", Valid + "  - id: a\n    name: [A, B]\n    citations: [{ source: s, locator: x, credibility: 1 }]\n", 10, 11 },
        { "FACT006", Valid + "estimates:\n  - id: e\n    value: 1\n    estimator: nato\n    as-of: { on: 2022-02-30 }\n    citations: [{ source: s, locator: x, credibility: 1 }]\n", 13, 18 },
        { "FACT007", "sources:\n  - id: s\n    title: { original: t, language: fr }\n    reliability: Z\n", 4, 18 },
        { "FACT008", Valid + "  - id: nato\n    name: NATO again\n    citations: [{ source: s, locator: y, credibility: 1 }]\n", 9, 9 },
        { "FACT009", Valid + "  - id: a\n    name: A\n    member-of: [natto]\n    citations: [{ source: s, locator: x, credibility: 1 }]\n", 11, 17 },
        { "FACT010", Valid + "  - id: a\n    name: A\n    member-of: [nato, s]\n    citations: [{ source: s, locator: x, credibility: 1 }]\n", 11, 23 },
        { "FACT011", Valid + "  - id: a\n    name: A\n", 9, 5 },
        { "FACT012", Valid + "  - id: a\n    name: A\n    citations: [{ source: t, locator: x, credibility: 1 }]\n", 11, 27 },
        { "FACT013", Valid + "  - id: Joe_Biden\n    name: Joe Biden\n    citations: [{ source: s, locator: x, credibility: 1 }]\n", 9, 9 },
        { "FACT014", Valid + "  - id: a\n    name: &n A\n    citations: [{ source: s, locator: x, credibility: 1 }]\n", 10, 11 },
        { "FACT015", Valid + "estimates: " + new string('[', 40) + new string(']', 40) + "\n", 9, 43 },
        { "FACT016", "sources:\n  - id: s\n    title: { original: t, language: fr }\n    reliability: A\n", 2, 9 },
        { "FACT017", Valid + "  - id: a\n    name: A\n    citations: [{ source: s, locator: x, credibility: 9 }]\n", 11, 55 },
        { "FACT018", Valid + "  - id: a\n    name: A\n    name: B\n    citations: [{ source: s, locator: x, credibility: 1 }]\n", 11, 5 },
        { "FACT020", Valid + "  - id: a\n    name: Joe \uFFFD Biden\n    citations: [{ source: s, locator: x, credibility: 1 }]\n", 10, 15 },
    };

    [Theory]
    [MemberData(nameof(FactCases))]
    public void Each_mistake_in_a_fact_file_is_reported_at_its_line_and_column(string id, string facts, int line, int column)
    {
        var (result, _) = GeneratorHarness.Run((GeneratorHarness.SchemaPath, Sample.Schema), (FactsPath, facts));

        AssertReportedAt(result, id, FactsPath, line, column);
    }

    public static TheoryData<string, string, int, int> SchemaCases() => new()
    {
        { "FACT100", "kinds:\n  actor:\n    cited: false\n    feilds: {}\n", 4, 5 },
        { "FACT101", "kinds:\n  actor:\n    cited: false\n    fields:\n      name: { type: txt }\n", 5, 21 },
        { "FACT102", "kinds:\n  actor:\n    cited: false\n    fields:\n      ally: { type: reference, kind: actr }\n", 5, 38 },
        { "FACT103", "vocabularies:\n  actor:\n    values: { a: A }\nkinds:\n  actor:\n    cited: false\n", 5, 3 },
        { "FACT104", "kinds:\n  actor:\n    cited: false\n    fields:\n      id: { type: text }\n", 5, 7 },
        { "FACT110", "kinds:\n  actor:\n    cited: false\n    fields:\n      name: { type: text, role: lable }\n", 5, 33 },
        { "FACT111", "kinds:\n  actor:\n    cited: false\n    fields:\n      name: { type: text, role: parties }\n", 5, 33 },
        { "FACT112", "kinds:\n  actor:\n    cited: false\n    fields:\n      name: { type: text, role: label }\n      alias: { type: text, role: label }\n", 6, 34 },
        { "FACT113", "kinds:\n  place:\n    cited: false\n  actor:\n    cited: false\n  call:\n    cited: false\n    fields:\n      by: { type: reference, kind: actor, role: parties }\n  visit:\n    cited: false\n    fields:\n      by: { type: reference, kind: place, role: parties }\n", 13, 49 },
        { "FACT114", "kinds:\n  actor:\n    cited: false\n    layer: referense\n", 4, 12 },
        { "FACT115", "kinds:\n  actor:\n    cited: false\n    fields:\n      ally: { type: reference, layer: analysis }\n", 5, 39 },
    };

    [Theory]
    [MemberData(nameof(SchemaCases))]
    public void Each_mistake_in_the_schema_is_reported_in_the_schema_file(string id, string schema, int line, int column)
    {
        var (result, _) = GeneratorHarness.Run((GeneratorHarness.SchemaPath, schema));

        AssertReportedAt(result, id, GeneratorHarness.SchemaPath, line, column);
    }

    /// <summary>The first <paramref name="id"/> diagnostic is in <paramref name="path"/> at the 1-based line and column, and nothing crashed.</summary>
    private static void AssertReportedAt(GeneratorDriverRunResult result, string id, string path, int line, int column)
    {
        var diagnostics = GeneratorHarness.Diagnostics(result);
        var found = diagnostics.Where(d => d.Id == id).ToList();
        Assert.True(found.Count > 0, $"expected {id}, got:\n{GeneratorHarness.DescribeAll(diagnostics)}");
        var position = found[0].Location.GetLineSpan();
        Assert.Equal(path, position.Path);
        Assert.Equal((line, column), (position.StartLinePosition.Line + 1, position.StartLinePosition.Character + 1));
        Assert.DoesNotContain(diagnostics, d => d.Id == "FACT900");
    }

    [Fact]
    public void Fact_files_without_a_schema_are_reported()
    {
        var (result, _) = GeneratorHarness.Run((FactsPath, "actors:\n  - id: a\n"));

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("FACT019", diagnostic.Id);
        Assert.Equal(FactsPath, diagnostic.Location.GetLineSpan().Path);
    }

    [Fact]
    public void A_duplicate_id_points_at_both_places()
    {
        var facts = Valid + "  - id: nato\n    name: NATO again\n    citations: [{ source: s, locator: y, credibility: 1 }]\n";

        var (result, _) = GeneratorHarness.Run((GeneratorHarness.SchemaPath, Sample.Schema), (FactsPath, facts));

        var duplicate = Assert.Single(result.Diagnostics, d => d.Id == "FACT008");
        var other = Assert.Single(duplicate.AdditionalLocations);
        Assert.Equal(6, other.GetLineSpan().StartLinePosition.Line + 1);
        Assert.Contains("bad.yaml:6:9", duplicate.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("  - id: a\n    nmae: A\n    citations: [{ source: s, locator: x, credibility: 1 }]\n", "Did you mean 'name'?")]
    [InlineData("  - id: a\n    name: A\n    member-of: [natto]\n    citations: [{ source: s, locator: x, credibility: 1 }]\n", "Did you mean 'nato'?")]
    [InlineData("actor:\n  - id: a\n", "Did you mean 'actors'?")]
    public void Typos_get_a_suggestion(string facts, string suggestion)
    {
        var (result, _) = GeneratorHarness.Run((GeneratorHarness.SchemaPath, Sample.Schema), (FactsPath, Valid + facts));

        Assert.Contains(result.Diagnostics, d => d.GetMessage(System.Globalization.CultureInfo.InvariantCulture).Contains(suggestion, StringComparison.Ordinal));
    }

    [Fact]
    public void A_misspelt_required_field_is_one_error_not_two()
    {
        var facts = Valid + "  - id: a\n    nmae: A\n    citations: [{ source: s, locator: x, credibility: 1 }]\n";

        var (result, output) = GeneratorHarness.Run((GeneratorHarness.SchemaPath, Sample.Schema), (FactsPath, facts));

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("FACT003", diagnostic.Id);
        Assert.Empty(GeneratorHarness.CompilationErrors(output));
    }

    [Fact]
    public void A_value_outside_its_vocabulary_lists_the_allowed_values()
    {
        var (result, _) = GeneratorHarness.Run((GeneratorHarness.SchemaPath, Sample.Schema),
            (FactsPath, "sources:\n  - id: s\n    title: { original: t, language: fr }\n    reliability: Z\n"));

        var diagnostic = Assert.Single(result.Diagnostics, d => d.Id == "FACT007");
        Assert.Contains("Allowed values (reliability): A, F.", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Fact]
    public void An_uncited_source_is_a_warning_not_an_error()
    {
        var (result, _) = GeneratorHarness.Run((GeneratorHarness.SchemaPath, Sample.Schema),
            (FactsPath, "sources:\n  - id: s\n    title: { original: t, language: fr }\n    reliability: A\n"));

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(("FACT016", DiagnosticSeverity.Warning), (diagnostic.Id, diagnostic.Severity));
    }
}
