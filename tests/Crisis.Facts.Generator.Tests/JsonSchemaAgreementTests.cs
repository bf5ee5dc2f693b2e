using Crisis.Facts.Generator.Tests.Support;
using Microsoft.CodeAnalysis;

namespace Crisis.Facts.Generator.Tests;

/// <summary>
/// The editor and the compiler agree: every real fact file is valid for both the committed JSON Schema (read as the
/// YAML language server reads it: YAML 1.2 and a real validator, ajv) and the fact compiler, and each mistake below is
/// rejected by both.
/// </summary>
public class JsonSchemaAgreementTests
{
    private static string JsonSchema => Crisis.Snapshots.SolutionDirectory.Combine("data", "facts.schema.json");

    private static string[] RealFactFiles => Directory.GetFiles(Crisis.Snapshots.SolutionDirectory.Combine("data", "facts"), "*.yaml").Order(StringComparer.Ordinal).ToArray();

    /// <summary>A valid event citing a real source; each mistake edits one line of it.</summary>
    private const string ValidEvent = """
        events:
          - id: agreement-test-event
            title: A test event
            type: call
            salience: minor
            date: { on: 2022-01-21, basis: stated }
            participants: [joe-biden]
            topics: [diplomatic]
            summary: >
              A test.
            citations:
              - source: article-004
                locator: "¶1 s.1"
                credibility: 2

        """;

    public static TheoryData<string, string, string> Mistakes => new()
    {
        { "none (the control case: both accept it)", "", "" },
        { "a bare year, which YAML 1.2 reads as an integer (both accept it)", "on: 2022-01-21", "on: 2014" },
        { "a number or true as text, which YAML 1.2 reads as a number or a boolean (both accept it)", "title: A test event", "title: 2014\n    notes: true" },
        { "an unknown field", "title: A test event", "titel: A test event" },
        { "a value outside its vocabulary", "type: call", "type: phonecall" },
        { "a missing required field", "    title: A test event\n", "" },
        { "an id that is not kebab-case", "id: agreement-test-event", "id: Agreement_Test" },
        { "a number above its max", "credibility: 2", "credibility: 9" },
        { "a month that does not exist", "on: 2022-01-21", "on: 2022-13-01" },
        { "a date of the wrong shape", "on: 2022-01-21", "on: 21-01-2022" },
        { "a single value where a list is expected", "participants: [joe-biden]", "participants: joe-biden" },
        { "two lines in a single-line text", "title: A test event", "title: \"A test\\nevent\"" },
        { "an unknown kind", "events:", "event:" },
        { "no citation at all", "    citations:\n      - source: article-004\n        locator: \"¶1 s.1\"\n        credibility: 2\n", "" },
        { "an empty list of citations", "    citations:\n      - source: article-004\n        locator: \"¶1 s.1\"\n        credibility: 2\n", "    citations: []\n" },
    };

    [Fact]
    public void Every_real_fact_file_is_valid_for_the_json_schema()
    {
        var results = JsonSchemaValidator.Validate(JsonSchema, RealFactFiles);

        Assert.Equal(RealFactFiles.Length, results.Count);
        Assert.All(results, result => Assert.True(result.Errors.Count == 0, $"{Path.GetFileName(result.File)}:\n{string.Join("\n", result.Errors)}"));
    }

    [Theory]
    [MemberData(nameof(Mistakes))]
    public void The_compiler_and_the_json_schema_agree(string mistake, string find, string replace)
    {
        var text = find.Length == 0 ? ValidEvent : ValidEvent.Replace(find, replace, StringComparison.Ordinal);
        Assert.True(find.Length == 0 || text != ValidEvent, $"the mistake '{mistake}' did not change the fact");
        var expectValid = mistake.StartsWith("none", StringComparison.Ordinal) || mistake.Contains("both accept", StringComparison.Ordinal);
        var file = Path.Combine(Path.GetTempPath(), $"agreement-{Guid.NewGuid():N}.yaml");
        File.WriteAllText(file, text);
        try
        {
            var schemaErrors = JsonSchemaValidator.Validate(JsonSchema, new[] { file }).Single().Errors;
            var compilerErrors = CompilerErrors(text);

            Assert.True(expectValid == (schemaErrors.Count == 0), $"JSON Schema, {mistake}: {(schemaErrors.Count == 0 ? "accepted" : string.Join("; ", schemaErrors))}");
            Assert.True(expectValid == (compilerErrors.Count == 0), $"compiler, {mistake}: {(compilerErrors.Count == 0 ? "accepted" : string.Join("; ", compilerErrors))}");
        }
        finally
        {
            File.Delete(file);
        }
    }

    /// <summary>The compiler's errors located in the test file, when it is compiled with the real schema and facts.</summary>
    private static List<string> CompilerErrors(string text)
    {
        const string TestPath = "/repo/data/facts/agreement-test.yaml";
        var data = Crisis.Snapshots.SolutionDirectory.Combine("data");
        var files = Directory.EnumerateFiles(data, "*.yaml", SearchOption.AllDirectories)
            .Select(path => ("/repo/data/" + Path.GetRelativePath(data, path).Replace('\\', '/'), File.ReadAllText(path)))
            .Append((TestPath, text))
            .ToArray();
        var (result, _) = GeneratorHarness.Run(files);
        return result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)
            .Select(GeneratorHarness.Describe)
            .ToList();
    }
}
