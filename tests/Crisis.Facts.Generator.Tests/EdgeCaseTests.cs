using System.Globalization;
using Crisis.Facts.Generator.Tests.Samples;
using Crisis.Facts.Generator.Tests.Support;
using Microsoft.CodeAnalysis;

namespace Crisis.Facts.Generator.Tests;

/// <summary>
/// Inputs an independent review found: each once crashed the generator (CS8785), broke the generated C#, or was
/// silently accepted. Each must now be a located diagnostic, with generated code that still compiles cleanly.
/// </summary>
public class EdgeCaseTests
{
    private const string FactsPath = "/data/facts/edge.yaml";

    private static (GeneratorDriverRunResult Result, Compilation Output) RunSchema(string schema, string? facts = null) =>
        facts is null
            ? GeneratorHarness.Run((GeneratorHarness.SchemaPath, schema))
            : GeneratorHarness.Run((GeneratorHarness.SchemaPath, schema), (FactsPath, facts));

    private static void AssertCleanWith(GeneratorDriverRunResult result, Compilation output, string expectedId)
    {
        var all = GeneratorHarness.DescribeAll(GeneratorHarness.Diagnostics(result));
        Assert.True(result.Results.Single().Exception is null, all);
        Assert.DoesNotContain(result.Diagnostics, d => d.Id is "CS8785" or "FACT900");
        Assert.True(result.Diagnostics.Any(d => d.Id == expectedId), $"expected {expectedId}, got:\n{all}");
        var errors = GeneratorHarness.CompilationErrors(output);
        Assert.True(errors.Count == 0, GeneratorHarness.DescribeAll(errors));
        Assert.NotEmpty(result.GeneratedTrees);
    }

    [Theory]
    [InlineData("kinds:\n  actor: { cited: false }\n  person: { plural: actors, cited: false }\n", "FACT103")]
    [InlineData("kinds:\n  entry: { plural: catalog, cited: false }\n", "FACT104")]
    [InlineData("kinds:\n  entry: { plural: all, cited: false }\n", "FACT104")]
    [InlineData("kinds:\n  entry: { plural: validate, cited: false }\n", "FACT104")]
    [InlineData("kinds:\n  entry: { plural: check-references, cited: false }\n", "FACT104")]
    [InlineData("kinds:\n  entry: { plural: fact-catalog, cited: false }\n", "FACT104")]
    [InlineData("kinds:\n  \"widget\\n\": { cited: false }\n", "FACT104")]
    [InlineData("vocabularies:\n  topic: { values: { a: A } }\nblocks:\n  topic-extensions: { fields: {} }\nkinds:\n  entry: { cited: false }\n", "FACT103")]
    [InlineData("namespace: Sample.class\nkinds:\n  entry: { cited: false }\n", "FACT100")]
    public void Names_that_would_clash_in_csharp_are_schema_errors(string schema, string expectedId)
    {
        var (result, output) = RunSchema(schema);

        AssertCleanWith(result, output, expectedId);
    }

    [Fact]
    public void Kinds_whose_csharp_names_differ_only_in_case_do_not_collide()
    {
        var (result, output) = RunSchema("kinds:\n  a-bc: { cited: false }\n  ab-c: { cited: false }\n");

        Assert.Empty(result.Diagnostics);
        Assert.Empty(GeneratorHarness.CompilationErrors(output));
        Assert.Contains(result.GeneratedTrees, t => t.FilePath.EndsWith("Kinds.a-bc.g.cs", StringComparison.Ordinal));
        Assert.Contains(result.GeneratedTrees, t => t.FilePath.EndsWith("Kinds.ab-c.g.cs", StringComparison.Ordinal));
    }

    [Fact]
    public void Two_schema_files_must_agree_on_the_namespace()
    {
        var (result, output) = GeneratorHarness.Run(
            (GeneratorHarness.SchemaPath, Sample.Schema),
            ("/data/schema/more.schema.yaml", "namespace: Other.Ns\nkinds:\n  extra: { cited: false }\n"));

        // Schema files are read in ordinal path order: more.schema.yaml sets the namespace, sample.schema.yaml disagrees.
        AssertCleanWith(result, output, "FACT100");
        var disagreement = Assert.Single(result.Diagnostics, d => d.GetMessage(CultureInfo.InvariantCulture).Contains("already 'Other.Ns'", StringComparison.Ordinal));
        Assert.Equal(GeneratorHarness.SchemaPath, disagreement.Location.GetLineSpan().Path);
    }

    public static TheoryData<string, string> BadFacts() => new()
    {
        { "actors:\n  - id: \"nato\\n\"\n    name: X\n    citations: [{ source: article-001, locator: x, credibility: 1 }]\n", "FACT013" },
        { "estimates:\n  - id: e\n    value: 1\n    estimator: nato\n    as-of: { on: ٢٠٢٢ }\n    citations: [{ source: article-001, locator: x, credibility: 1 }]\n", "FACT006" },
        { "estimates:\n  - id: e\n    value: 1\n    estimator: nato\n    as-of: { on: \"2022\\n\" }\n    citations: [{ source: article-001, locator: x, credibility: 1 }]\n", "FACT006" },
        { "estimates:\n  - id: e\n    value: 0.000000000000000000000000000000000001\n    estimator: nato\n    as-of: { on: 2022 }\n    citations: [{ source: article-001, locator: x, credibility: 1 }]\n", "FACT005" },
        { "actors:\n  - id: a\n    name: \"NA\\LTO\"\n    citations: [{ source: article-001, locator: x, credibility: 1 }]\n", "FACT005" },
    };

    [Theory]
    [MemberData(nameof(BadFacts))]
    public void Fact_values_that_once_slipped_through_are_reported(string facts, string expectedId)
    {
        var (result, output) = GeneratorHarness.Run((GeneratorHarness.SchemaPath, Sample.Schema), (Sample.FactsPath, Sample.Facts), (FactsPath, facts));

        AssertCleanWith(result, output, expectedId);
    }

    [Theory]
    [InlineData("A kind\u2028described on two lines.")]
    [InlineData("A tab\t in a description.")]
    [InlineData("Next line\u0085 and <xml> & friends.")]
    public void Descriptions_cannot_break_the_generated_doc_comments(string description)
    {
        var schema = $"vocabularies:\n  side:\n    description: \"{Escape(description)}\"\n    values: {{ a: \"{Escape(description)}\" }}\nkinds:\n  entry:\n    description: \"{Escape(description)}\"\n    cited: false\n    fields:\n      name: {{ type: text, description: \"{Escape(description)}\" }}\n      side: {{ type: vocabulary, vocabulary: side }}\n";
        var facts = "entrys:\n  - id: e\n    name: \"" + new string('x', 96) + "\U0001F600 and more text\"\n";

        var (result, output) = RunSchema(schema, facts);

        Assert.Empty(result.Diagnostics);
        var errors = GeneratorHarness.CompilationErrors(output);
        Assert.True(errors.Count == 0, GeneratorHarness.DescribeAll(errors));
    }

    [Fact]
    public void A_required_list_whose_items_are_all_wrong_is_one_error()
    {
        var (result, _) = GeneratorHarness.Run((GeneratorHarness.SchemaPath, Sample.Schema), (Sample.FactsPath, Sample.Facts),
            (FactsPath, "actors:\n  - id: a\n    name: A\n    citations: [5]\n"));

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("FACT005", diagnostic.Id);
    }

    [Fact]
    public void A_valid_fact_that_refers_to_a_broken_one_is_left_out_of_the_code_too()
    {
        var facts = "actors:\n  - id: x1\n    name: X1\n    member-of: [x2]\n    citations: [{ source: article-001, locator: x, credibility: 1 }]\n"
            + "  - id: x2\n    nmae: X2\n    citations: [{ source: article-001, locator: x, credibility: 1 }]\n";

        var (result, output) = GeneratorHarness.Run((GeneratorHarness.SchemaPath, Sample.Schema), (Sample.FactsPath, Sample.Facts), (FactsPath, facts));

        Assert.Equal("FACT003", Assert.Single(result.Diagnostics).Id);
        var actors = result.GeneratedTrees.Single(t => t.FilePath.EndsWith("Facts.actors.g.cs", StringComparison.Ordinal)).ToString();
        Assert.DoesNotContain("\"x1\"", actors, StringComparison.Ordinal);
        Assert.DoesNotContain("\"x2\"", actors, StringComparison.Ordinal);
        Assert.Empty(GeneratorHarness.CompilationErrors(output));
    }

    [Fact]
    public void Past_the_first_hundred_unresolved_references_no_suggestions_are_computed()
    {
        // 150 different unknown ids, each two edits from 'nato' (one unknown id referenced 150 times is one error).
        var facts = "actors:\n" + string.Concat(Enumerable.Range(0, 150).Select(i =>
            $"  - id: a{i}\n    name: A\n    member-of: [nato{(char)('a' + (i / 26))}{(char)('a' + (i % 26))}]\n    citations: [{{ source: article-001, locator: x, credibility: 1 }}]\n"));

        var (result, _) = GeneratorHarness.Run((GeneratorHarness.SchemaPath, Sample.Schema), (Sample.FactsPath, Sample.Facts), (FactsPath, facts));

        var unresolved = result.Diagnostics.Where(d => d.Id == "FACT009").Select(d => d.GetMessage(CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(150, unresolved.Count);
        Assert.Equal(100, unresolved.Count(m => m.Contains("Did you mean 'nato'?", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_huge_value_is_quoted_by_its_start_in_the_message()
    {
        var (result, _) = GeneratorHarness.Run((GeneratorHarness.SchemaPath, Sample.Schema), (Sample.FactsPath, Sample.Facts),
            (FactsPath, "actors:\n  - id: a\n    name: A\n    member-of: [" + new string('z', 100_000) + "]\n    citations: [{ source: article-001, locator: x, credibility: 1 }]\n"));

        var message = Assert.Single(result.Diagnostics, d => d.Id == "FACT009").GetMessage(CultureInfo.InvariantCulture);
        Assert.True(message.Length < 1000, $"message of {message.Length} characters");
        Assert.Contains("…", message, StringComparison.Ordinal);
    }

    private static string Escape(string text) => string.Concat(text.Select(c => c switch
    {
        '"' => "\\\"",
        '\\' => "\\\\",
        < ' ' or '\u0085' or '\u2028' => $"\\u{(int)c:x4}",
        _ => c.ToString(),
    }));
}
