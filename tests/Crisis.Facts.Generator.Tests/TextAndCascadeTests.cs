using System.Globalization;
using Crisis.Facts.Generator.Tests.Samples;
using Crisis.Facts.Generator.Tests.Support;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Crisis.Facts.Generator.Tests;

/// <summary>
/// Text as text (FACT020, tags) and one mistake, one error: the cascades found by the reliability probe (issue 11),
/// each on the repository's real data through the real generator driver.
/// </summary>
public class TextAndCascadeTests
{
    private const string FactsPath = "/data/facts/bad.yaml";

    private static string Message(Diagnostic diagnostic) => diagnostic.GetMessage(CultureInfo.InvariantCulture);

    private static IReadOnlyList<Diagnostic> Errors(GeneratorDriverRunResult result) =>
        GeneratorHarness.Diagnostics(result).Where(d => d.Severity == DiagnosticSeverity.Error).ToList();

    /// <summary>The one error of a run, which must have this id.</summary>
    private static Diagnostic SingleError(GeneratorDriverRunResult result, string id)
    {
        var error = Assert.Single(Errors(result));
        Assert.Equal(id, error.Id);
        return error;
    }

    /// <summary>The real data with one file replaced by <paramref name="edit"/> of its text.</summary>
    private static GeneratorDriverRunResult RunRealDataWith(string fileName, Func<string, string> edit)
    {
        var files = Pipeline.RealFiles().Select(f => Path.GetFileName(f.Path) == fileName ? (f.Path, edit(f.Text)) : f).ToArray();
        Assert.Contains(files, f => Path.GetFileName(f.Item1) == fileName);
        return GeneratorHarness.Run(files).Result;
    }

    public static TheoryData<string, string, string, string> NotText() => new()
    {
        { "invalid UTF-8 (read as U+FFFD)", "name: Joe \uFFFD\uFFFD Biden", "FACT020", "U+FFFD" },
        { "a NUL", "name: Joe\0 Biden", "FACT020", "NUL" },
        { "a byte-order mark inside", "name: Joe \uFEFFBiden", "FACT020", "byte-order mark" },
        { "a control character", "name: Joe \u0007Biden", "FACT020", "U+0007" },
        { "a C1 control character", "name: Joe \u0090Biden", "FACT020", "U+0090" },
        { "a NUL written as an escape", "name: \"Joe\\0 Biden\"", "FACT020", "escape sequence" },
        { "a byte-order mark written as an escape", "name: \"Joe\\uFEFF Biden\"", "FACT020", "escape sequence" },
        { "a lone surrogate written as an escape (YamlDotNet refuses it)", "name: \"Joe \\uD800 Biden\"", "FACT001", "Joe" },
    };

    [Theory]
    [MemberData(nameof(NotText))]
    public void What_is_not_text_is_one_located_error_never_published(string name, string line, string id, string expected)
    {
        var facts = $"actors:\n  - id: a\n    {line}\n    citations: [{{ source: article-001, locator: x, credibility: 1 }}]\n";

        var (result, output) = GeneratorHarness.Run((GeneratorHarness.SchemaPath, Sample.Schema), (Sample.FactsPath, Sample.Facts), (FactsPath, facts));

        var error = Assert.Single(Errors(result));
        Assert.Equal(id, error.Id);
        Assert.Equal(2, error.Location.GetLineSpan().StartLinePosition.Line);
        if (id == "FACT020")
        {
            Assert.Contains(expected, Message(error), StringComparison.Ordinal);
        }
        Assert.True(result.Results.Single().Exception is null, name);
        Assert.Empty(GeneratorHarness.CompilationErrors(output));
    }

    [Fact]
    public void A_file_in_another_encoding_is_one_error_at_its_first_bad_character_with_the_count()
    {
        var facts = "actors:\n  - id: a\n    name: \uFFFDtat\n    citations: [{ source: article-001, locator: \"\uFFFD 1 \uFFFD\", credibility: 1 }]\n";

        var (result, _) = GeneratorHarness.Run((GeneratorHarness.SchemaPath, Sample.Schema), (Sample.FactsPath, Sample.Facts), (FactsPath, facts));

        var error = SingleError(result, "FACT020");
        Assert.Equal(new LinePosition(2, 10), error.Location.GetLineSpan().StartLinePosition);
        Assert.Contains("3 such characters", Message(error), StringComparison.Ordinal);
    }

    [Fact]
    public void A_byte_order_mark_at_the_start_and_every_other_character_are_text()
    {
        var facts = "\uFEFFactors:\n  - id: a\n    name: \"Ça, 中文, \U0001F600, tab\tand 'quotes'\"\n    citations: [{ source: article-001, locator: x, credibility: 1 }]\n";

        var (result, output) = GeneratorHarness.Run((GeneratorHarness.SchemaPath, Sample.Schema), (Sample.FactsPath, Sample.Facts), (FactsPath, facts));

        Assert.Empty(result.Diagnostics);
        Assert.Empty(GeneratorHarness.CompilationErrors(output));
    }

    [Fact]
    public void A_YAML_tag_is_refused_rather_than_silently_dropped()
    {
        var facts = "actors:\n  - id: a\n    name: !secret Joe Biden\n    citations: [{ source: article-001, locator: x, credibility: 1 }]\n";

        var (result, _) = GeneratorHarness.Run((GeneratorHarness.SchemaPath, Sample.Schema), (Sample.FactsPath, Sample.Facts), (FactsPath, facts));

        var error = SingleError(result, "FACT014");
        Assert.Contains("tags", Message(error), StringComparison.Ordinal);
    }

    [Fact]
    public void Sources_cut_mid_line_is_one_error_not_one_per_citation()
    {
        // Was 342 errors: every citation of every fact named a source that "did not exist".
        var result = RunRealDataWith("sources.yaml", text => text[..text.IndexOf("    title:", text.Length / 2, StringComparison.Ordinal)] + "    title: { original: \"cut her");

        var error = SingleError(result, "FACT001");
        Assert.EndsWith("sources.yaml", error.Location.GetLineSpan().Path, StringComparison.Ordinal);
    }

    [Fact]
    public void One_NUL_in_actors_is_one_error()
    {
        // Was 248 errors: the file could not be read, and every reference to an actor failed.
        var result = RunRealDataWith("actors.yaml", text => text.Insert(text.IndexOf("    name: Joe Biden", StringComparison.Ordinal) + 13, "\0"));

        var error = SingleError(result, "FACT020");
        Assert.Contains("NUL", Message(error), StringComparison.Ordinal);
    }

    [Fact]
    public void One_NUL_in_the_indentation_is_that_error_and_the_YAML_error_it_causes_only()
    {
        // Read as a space, the NUL shifts the indentation: YAML cannot read the file, and nothing else is reported.
        var result = RunRealDataWith("actors.yaml", text => text.Insert(text.IndexOf("    name: Joe Biden", StringComparison.Ordinal) + 4, "\0"));

        Assert.Equal(new[] { "FACT020", "FACT001" }, Errors(result).Select(e => e.Id));
    }

    [Fact]
    public void A_field_type_misspelt_in_the_schema_is_one_error()
    {
        // Was 60 errors: every fact using the field reported it as unknown.
        var result = RunRealDataWith("crisis.schema.yaml", text => ReplaceFirst(text, "type: partial-date", "type: partial-dat"));

        var error = SingleError(result, "FACT101");
        Assert.Contains("Did you mean 'partial-date'?", Message(error), StringComparison.Ordinal);
    }

    [Fact]
    public void A_kind_renamed_in_the_schema_is_one_error_for_its_uses_and_one_for_its_facts()
    {
        var result = RunRealDataWith("crisis.schema.yaml", text => ReplaceFirst(text, "\n  actor:\n", "\n  actr:\n"));

        var errors = Errors(result);
        Assert.True(errors.Count <= 2, GeneratorHarness.DescribeAll(errors));
        Assert.Contains(errors, e => e.Id == "FACT102"); // no kind named 'actor', once, however many fields name it
    }

    [Fact]
    public void A_misspelt_section_is_one_error_and_its_ids_still_resolve()
    {
        var result = RunRealDataWith("sources.yaml", text => ReplaceFirst(text, "sources:", "soures:"));

        var error = SingleError(result, "FACT002");
        Assert.Contains("Did you mean 'sources'?", Message(error), StringComparison.Ordinal);
    }

    [Fact]
    public void A_section_key_written_twice_is_one_error_and_its_facts_are_kept()
    {
        var result = RunRealDataWith("events.yaml", text => ReplaceFirst(text, "\nevents:\n", "\nevents:\nevents:\n"));

        var error = SingleError(result, "FACT018");
    }

    [Fact]
    public void Two_entries_run_together_by_a_deleted_id_line_are_one_error()
    {
        // Was one FACT018 per repeated key (8 for this judgment): the entry's keys all repeat the previous entry's.
        var result = RunRealDataWith("judgments.yaml", text => ReplaceFirst(text, "  - id: kj-military-action-likely\n", ""));

        // The id is really gone, so the watch items that name it are the one other error (once, naming both places).
        var errors = Errors(result);
        Assert.Equal(new[] { "FACT018", "FACT009" }, errors.Select(e => e.Id));
        Assert.Contains("6 more keys of this mapping repeat earlier ones", Message(errors[0]), StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_schema_is_one_error()
    {
        var result = RunRealDataWith("crisis.schema.yaml", _ => string.Empty);

        var error = SingleError(result, "FACT100");
        Assert.Contains("empty", Message(error), StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_id_referenced_many_times_is_one_error_naming_the_other_places()
    {
        var result = RunRealDataWith("actors.yaml", text => ReplaceFirst(text, "- id: vladimir-putin\n", "- id: vladimir-poutine\n"));

        var error = SingleError(result, "FACT009");
        Assert.Contains("'vladimir-putin'", Message(error), StringComparison.Ordinal);
        Assert.Contains("It is also referenced at ", Message(error), StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_citation_block_the_schema_says_so_once()
    {
        var schema = Sample.Schema.Replace("  citation:\n", "  citatio:\n", StringComparison.Ordinal);

        var (result, _) = GeneratorHarness.Run((GeneratorHarness.SchemaPath, schema), (Sample.FactsPath, Sample.Facts));

        var error = SingleError(result, "FACT100");
        Assert.Contains("'citation'", Message(error), StringComparison.Ordinal);
    }

    private static string ReplaceFirst(string text, string old, string replacement)
    {
        var at = text.IndexOf(old, StringComparison.Ordinal);
        Assert.True(at >= 0, $"'{old}' not found");
        return text[..at] + replacement + text[(at + old.Length)..];
    }
}
