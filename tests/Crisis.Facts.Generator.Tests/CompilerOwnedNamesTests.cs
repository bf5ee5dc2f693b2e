using System.Globalization;
using Crisis.Facts.Generator.Tests.Samples;
using Crisis.Facts.Generator.Tests.Support;
using Microsoft.CodeAnalysis;

namespace Crisis.Facts.Generator.Tests;

/// <summary>
/// Names the C# compiler owns (issue 20): a fact id, field, kind, plural, block or vocabulary value whose C# name is a
/// member of object, a record's or the catalog's own member, a C# keyword, or another name after conversion. Each is
/// either compiled into code that builds cleanly or refused as a FACT error located in the YAML, never a CS error in
/// generated code. Look-alike characters are refused naming the character, and no suggestion looks like the input.
/// </summary>
public class CompilerOwnedNamesTests
{
    private const string FactsPath = "/data/facts/names.yaml";

    /// <summary>Kebab-case spellings of members of object, of records and of the generated types, C# keywords and types.</summary>
    public static readonly string[] Hostile =
    {
        "equals", "to-string", "get-hash-code", "get-type", "reference-equals", "memberwise-clone", "finalize",
        "deconstruct", "print-members", "equality-contract", "clone", "collect-references", "read-from",
        "id", "key", "kind", "value", "defined-at", "citations", "all", "find", "catalog", "facts", "counts-by-kind",
        "try-get", "resolve", "sorted", "validate", "add", "item", "length",
        "class", "string", "object", "int", "namespace", "void", "event", "this", "base", "default", "new", "var",
        "global", "dynamic", "record", "required", "init", "get", "set", "field", "partial", "file", "value-type",
        "nameof", "operator", "async", "await", "when", "with", "and", "or", "not", "is", "as", "in", "out", "ref",
        "params", "true", "false", "null", "system", "partial-date", "fact-catalog", "i-fact", "bilingual-text",
        "immutable-array", "a-1", "a1", "1", "2014-crimea", "x-y", "xy",
    };

    private static (GeneratorDriverRunResult Result, Compilation Output) Run(string schema, string facts) =>
        GeneratorHarness.Run((GeneratorHarness.SchemaPath, schema), (FactsPath, facts));

    /// <summary>Never a C# error in generated code; every FACT error located in a YAML file; no crash.</summary>
    private static IReadOnlyList<Diagnostic> AssertNoBrokenCode(GeneratorDriverRunResult result, Compilation output)
    {
        var all = GeneratorHarness.DescribeAll(GeneratorHarness.Diagnostics(result));
        Assert.True(result.Results.Single().Exception is null, all);
        Assert.DoesNotContain(result.Diagnostics, d => d.Id is "CS8785" or "FACT900");
        var errors = GeneratorHarness.CompilationErrors(output);
        Assert.True(errors.Count == 0, "C# errors in generated code:\n" + GeneratorHarness.DescribeAll(errors) + "\ndiagnostics:\n" + all);
        foreach (var diagnostic in result.Diagnostics)
        {
            Assert.EndsWith(".yaml", diagnostic.Location.GetLineSpan().Path, StringComparison.Ordinal);
        }

        return result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
    }

    private static string Message(Diagnostic diagnostic) => diagnostic.GetMessage(CultureInfo.InvariantCulture);

    private static int Line(Diagnostic diagnostic) => diagnostic.Location.GetLineSpan().StartLinePosition.Line;

    [Fact]
    public void Fact_ids_the_compiler_owns_are_located_errors_or_clean_code()
    {
        var facts = "sources:\n  - id: s\n    title: { original: t, language: fr }\n    reliability: A\nactors:\n" +
            string.Concat(Hostile.Select(id => $"  - id: {id}\n    name: N\n    citations: [{{ source: s, locator: x, credibility: 1 }}]\n"));

        var (result, output) = Run(Sample.Schema, facts);

        var errors = AssertNoBrokenCode(result, output);
        var objectMembers = new[] { "equals", "to-string", "get-hash-code", "get-type", "reference-equals", "memberwise-clone", "finalize" };
        foreach (var id in objectMembers)
        {
            var line = facts.Split('\n').ToList().IndexOf($"  - id: {id}");
            var error = Assert.Single(errors, e => Line(e) == line);
            Assert.Equal("FACT030", error.Id);
            Assert.Contains($"'{id}'", Message(error), StringComparison.Ordinal);
        }

        // 'null' is YAML's empty value: that fact has no id (FACT004); every other id compiles.
        var reported = errors.Select(e => facts.Split('\n')[Line(e)]["  - id: ".Length..]).Order(StringComparer.Ordinal);
        Assert.Equal(objectMembers.Append("null").Order(StringComparer.Ordinal), reported);
    }

    [Fact]
    public void Field_names_the_compiler_owns_are_located_errors_or_clean_code()
    {
        var schema = Sample.Schema.Replace("kinds:\n", "kinds:\n  widget:\n    cited: false\n    fields:\n" +
            string.Concat(Hostile.Where(n => char.IsLetter(n[0])).Select(n => $"      {n}: {{ type: text }}\n")), StringComparison.Ordinal);

        var (result, output) = Run(schema, Sample.Facts);

        var errors = AssertNoBrokenCode(result, output);
        Assert.All(errors, e => Assert.Equal("FACT104", e.Id));
        Assert.Contains(errors, e => Message(e).Contains("'reference-equals'", StringComparison.Ordinal));
    }

    [Fact]
    public void Kind_names_and_plurals_the_compiler_owns_are_located_errors_or_clean_code()
    {
        var letters = Hostile.Where(n => char.IsLetter(n[0])).ToArray();
        var schema = Sample.Schema.Replace("kinds:\n", "kinds:\n" +
            string.Concat(letters.Select(n => $"  k-{n}: {{ cited: false, plural: {n} }}\n")) +
            string.Concat(letters.Select(n => $"  {n}: {{ cited: false, plural: p-{n} }}\n")), StringComparison.Ordinal);

        var (result, output) = Run(schema, Sample.Facts);

        AssertNoBrokenCode(result, output);
    }

    [Fact]
    public void Vocabulary_values_and_blocks_the_compiler_owns_are_located_errors_or_clean_code()
    {
        var letters = Hostile.Where(n => char.IsLetter(n[0])).ToArray();
        var schema = Sample.Schema
            .Replace("vocabularies:\n", "vocabularies:\n  hostile:\n    values:\n" + string.Concat(Hostile.Select(n => $"      {n}: V\n")), StringComparison.Ordinal)
            .Replace("blocks:\n", "blocks:\n" + string.Concat(letters.Select(n => $"  b-{n}:\n    fields:\n      {n}: {{ type: text }}\n")), StringComparison.Ordinal);

        var (result, output) = Run(schema, Sample.Facts);

        AssertNoBrokenCode(result, output);
    }

    [Fact]
    public void A_fact_id_the_compiler_owns_is_reported_at_its_line_and_the_rest_still_compiles()
    {
        var facts = Sample.Facts.Replace("estimates:\n", "  - id: to-string\n    name: A\n    citations: [{ source: article-001, locator: x, credibility: 1 }]\nestimates:\n", StringComparison.Ordinal);

        var (result, output) = Run(Sample.Schema, facts);

        var error = Assert.Single(AssertNoBrokenCode(result, output));
        Assert.Equal("FACT030", error.Id);
        Assert.Equal(facts.Split('\n').ToList().IndexOf("  - id: to-string"), Line(error));
        Assert.Equal("The id 'to-string' would be the C# name 'ToString', which every C# object already has (Facts.Actors.ToString would hide it): choose another id", Message(error));
    }

    [Theory]
    [InlineData("joe-bid\u0435n", "its 8th character is U+0435 CYRILLIC SMALL LETTER IE, which looks like the Latin 'e' but is not one")]
    [InlineData("joe\u2013biden", "its 4th character is U+2013 EN DASH, which looks like '-' but is not one")]
    [InlineData("joe-bid\u00E9n", "its 8th character is U+00E9 LATIN SMALL LETTER E WITH ACUTE")]
    [InlineData("joe\u200B-biden", "its 4th character is U+200B ZERO WIDTH SPACE, which is invisible")]
    [InlineData("\u043F\u0443\u0442\u0438\u043D", "its 1st character is U+043F (a Cyrillic letter)")]
    public void An_id_with_a_character_outside_ASCII_names_the_character(string id, string expected)
    {
        var facts = Sample.Facts.Replace("estimates:\n", $"  - id: \"{id}\"\n    name: A\n    citations: [{{ source: article-001, locator: x, credibility: 1 }}]\nestimates:\n", StringComparison.Ordinal);

        var (result, output) = Run(Sample.Schema, facts);

        var error = Assert.Single(AssertNoBrokenCode(result, output));
        Assert.Equal("FACT013", error.Id);
        Assert.Contains(expected, Message(error), StringComparison.Ordinal);
    }

    [Fact]
    public void A_reference_with_a_look_alike_names_the_character_and_never_suggests_what_looks_the_same()
    {
        var facts = Sample.Facts.Replace("member-of: [nato]", "member-of: [n\u0430to]", StringComparison.Ordinal);

        var (result, output) = Run(Sample.Schema, facts);

        var error = Assert.Single(AssertNoBrokenCode(result, output));
        Assert.Equal("FACT009", error.Id);
        Assert.Equal("No actor has the id 'n\u0430to'. Its 2nd character is U+0430 CYRILLIC SMALL LETTER A, which looks like the Latin 'a' but is not one.", Message(error));
    }

    [Fact]
    public void A_field_name_with_a_look_alike_is_one_error_naming_the_character()
    {
        var facts = Sample.Facts.Replace("    name: NATO\n", "    n\u0430me: NATO\n", StringComparison.Ordinal);

        var (result, output) = Run(Sample.Schema, facts);

        var error = Assert.Single(AssertNoBrokenCode(result, output));
        Assert.Equal("FACT003", error.Id);
        Assert.Contains("Its 2nd character is U+0430 CYRILLIC SMALL LETTER A", Message(error), StringComparison.Ordinal);
        Assert.DoesNotContain("Did you mean", Message(error), StringComparison.Ordinal);
    }

    [Fact]
    public void A_typo_still_gets_its_suggestion()
    {
        var facts = Sample.Facts.Replace("member-of: [nato]", "member-of: [natto]", StringComparison.Ordinal);

        var (result, _) = Run(Sample.Schema, facts);

        var error = Assert.Single(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal("No actor has the id 'natto'. Did you mean 'nato'?", Message(error));
    }
}
