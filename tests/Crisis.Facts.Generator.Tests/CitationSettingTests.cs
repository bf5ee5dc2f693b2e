using Crisis.Facts.Generator.Tests.Support;
using Microsoft.CodeAnalysis;

namespace Crisis.Facts.Generator.Tests;

/// <summary>Whether kinds cite their sources is a schema setting: true by default, `cited:` at the top or on a kind.</summary>
public class CitationSettingTests
{
    private const string FactsPath = "/data/facts/notes.yaml";
    private const string Facts = "notes:\n  - id: first\n    text: Hello\n";

    private static string Describe(string schema)
    {
        var (result, output) = GeneratorHarness.Run((GeneratorHarness.SchemaPath, schema), (FactsPath, Facts));
        Assert.Empty(GeneratorHarness.CompilationErrors(output));
        return GeneratorHarness.DescribeAll(GeneratorHarness.Diagnostics(result).Where(d => d.Severity == DiagnosticSeverity.Error));
    }

    [Fact]
    public void By_default_every_kind_cites_so_a_schema_without_a_citation_block_is_an_error()
    {
        var errors = Describe("namespace: Notes\nkinds:\n  note:\n    fields:\n      text: { type: text }\n");

        Assert.Contains("FACT100", errors, StringComparison.Ordinal);
        Assert.Contains("needs a block 'citation'", errors, StringComparison.Ordinal);
    }

    [Fact]
    public void Cited_false_at_the_top_of_the_schema_needs_no_citations()
    {
        Assert.Equal(string.Empty, Describe("namespace: Notes\ncited: false\nkinds:\n  note:\n    fields:\n      text: { type: text }\n"));
    }

    [Fact]
    public void A_kind_can_opt_back_in_and_then_its_facts_need_citations()
    {
        var errors = Describe("""
            namespace: Notes
            cited: false
            blocks:
              citation:
                fields:
                  source: { type: reference, kind: note, required: true }
            kinds:
              note:
                cited: true
                fields:
                  text: { type: text }

            """);

        Assert.Contains("FACT011", errors, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_schema_files_must_agree_on_the_setting()
    {
        // Schema files are read in ordinal path order: more.schema.yaml first.
        var (result, _) = GeneratorHarness.Run(
            (GeneratorHarness.SchemaPath, "namespace: Notes\ncited: false\nkinds:\n  note:\n    fields:\n      text: { type: text }\n"),
            ("/data/schema/more.schema.yaml", "cited: true\n"));

        Assert.Contains("'cited' is already true in another schema file; every schema file must agree", GeneratorHarness.DescribeAll(result.Diagnostics), StringComparison.Ordinal);
    }
}
