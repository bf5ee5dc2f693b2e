using System.Diagnostics;
using System.Globalization;
using Crisis.Facts.Generator.Tests.Samples;
using Crisis.Facts.Generator.Tests.Support;
using Microsoft.CodeAnalysis;

namespace Crisis.Facts.Generator.Tests;

/// <summary>
/// The three rules of issue 20, on the real data through the real generator driver: nothing a curator writes is
/// silently ignored (a file the compiler does not read); references that cannot mean anything (a fact that is its own
/// affiliation, parent or answer, or a chain of parents that comes back to itself) are errors; a contradiction inside the
/// schema is one error, not one per fact. And a file past the size limit is one error, not one per reference into it.
/// </summary>
public class CuratorRulesTests
{
    private static string Message(Diagnostic diagnostic) => diagnostic.GetMessage(CultureInfo.InvariantCulture);

    private static IReadOnlyList<Diagnostic> Errors(GeneratorDriverRunResult result) =>
        GeneratorHarness.Diagnostics(result).Where(d => d.Severity == DiagnosticSeverity.Error).ToList();

    private static Diagnostic SingleError(GeneratorDriverRunResult result, string id)
    {
        var errors = Errors(result);
        Assert.True(errors.Count == 1 && errors[0].Id == id, $"expected one {id}, got:\n" + GeneratorHarness.DescribeAll(errors));
        return errors[0];
    }

    private static GeneratorDriverRunResult RunRealDataWith(string fileName, Func<string, string> edit, params (string Path, string Text)[] more)
    {
        var files = Pipeline.RealFiles().Select(f => Path.GetFileName(f.Path) == fileName ? (f.Path, edit(f.Text)) : f).Concat(more).ToArray();
        return GeneratorHarness.Run(files).Result;
    }

    private static string ReplaceFirst(string text, string old, string replacement)
    {
        var at = text.IndexOf(old, StringComparison.Ordinal);
        Assert.True(at >= 0, $"'{old}' not found");
        return text[..at] + replacement + text[(at + old.Length)..];
    }

    /// <summary>Sets the <c>within</c> of one place of the real data, wherever the curators put it.</summary>
    private static string SetWithin(string text, string place, string within)
    {
        var at = text.IndexOf($"  - id: {place}\n", StringComparison.Ordinal);
        Assert.True(at >= 0, $"no place '{place}' in the real data");
        var line = text.IndexOf("    within: ", at, StringComparison.Ordinal);
        var next = text.IndexOf("  - id: ", at + 1, StringComparison.Ordinal);
        Assert.True(line >= 0 && (next < 0 || line < next), $"the place '{place}' has no 'within'");
        var end = text.IndexOf('\n', line);
        return text[..line] + $"    within: {within}" + text[end..];
    }

    private static int LineOf(string text, string line) => text.Split('\n').ToList().IndexOf(line);

    [Fact]
    public void A_file_past_16_Mi_characters_is_one_error()
    {
        // Was 1 FACT015 and 61 FACT009: the ids in the refused file were not salvaged, so every reference to them failed.
        var result = RunRealDataWith("actors.yaml", text => text + "# " + new string('x', YamlReader_MaxCharacters) + "\n");

        var error = SingleError(result, "FACT015");
        Assert.EndsWith("actors.yaml", error.Location.GetLineSpan().Path, StringComparison.Ordinal);
    }

    private const int YamlReader_MaxCharacters = 16 * 1024 * 1024;

    [Fact]
    public void A_fact_that_is_its_own_affiliation_is_an_error_at_the_reference()
    {
        string edited = string.Empty;
        var result = RunRealDataWith("actors.yaml", text => edited = ReplaceFirst(text, "    affiliation: united-states\n", "    affiliation: joe-biden\n"));

        var error = SingleError(result, "FACT031");
        Assert.Equal(LineOf(edited, "    affiliation: joe-biden"), error.Location.GetLineSpan().StartLinePosition.Line);
        Assert.Equal("The actor 'joe-biden' names itself in 'affiliation': a fact cannot be its own affiliation", Message(error));
    }

    [Fact]
    public void A_place_within_itself_is_an_error()
    {
        var result = RunRealDataWith("places.yaml", text => SetWithin(text, "donbas", "donbas"));

        var error = SingleError(result, "FACT031");
        Assert.Contains("'donbas' names itself in 'within'", Message(error), StringComparison.Ordinal);
    }

    [Fact]
    public void A_fact_naming_itself_inside_a_block_or_a_list_is_an_error()
    {
        var facts = Sample.Facts.Replace("member-of: [nato]", "member-of: [nato, united-states]", StringComparison.Ordinal);

        var (result, _) = GeneratorHarness.Run((GeneratorHarness.SchemaPath, Sample.Schema), (Sample.FactsPath, facts));

        var error = SingleError(result, "FACT031");
        Assert.Equal("The actor 'united-states' names itself in 'member-of': a fact cannot be its own member-of", Message(error));
    }

    [Fact]
    public void Places_within_each_other_are_one_error_naming_the_chain()
    {
        // Crimea within the Donbas, the Donbas within Crimea: neither can hold the other.
        var result = RunRealDataWith("places.yaml", text => SetWithin(SetWithin(text, "crimea", "donbas"), "donbas", "crimea"));

        var error = SingleError(result, "FACT032");
        Assert.Equal("The place 'crimea' has 'within: donbas', which has 'within: crimea': a chain of 'within' cannot come back to where it started", Message(error));
    }

    [Fact]
    public void A_minimum_above_the_maximum_in_the_schema_is_one_error_not_one_per_citation()
    {
        // Was one FACT017 per citation of the real data (every credibility is below 7).
        var result = RunRealDataWith("crisis.schema.yaml", text => ReplaceFirst(text, "        min: 1\n        max: 6\n", "        min: 7\n        max: 6\n"));

        var error = SingleError(result, "FACT105");
        Assert.EndsWith("crisis.schema.yaml", error.Location.GetLineSpan().Path, StringComparison.Ordinal);
        Assert.Contains("'credibility'", Message(error), StringComparison.Ordinal);
    }

    [Fact]
    public void A_block_that_requires_itself_is_one_error_not_one_per_date()
    {
        var result = RunRealDataWith("crisis.schema.yaml", text =>
            ReplaceFirst(text, "how that is known.\n    fields:\n", "how that is known.\n    fields:\n      again: { type: block, block: dating, required: true }\n"));

        // Was one FACT004 per date of the real data (every dating lacks 'again').
        var error = SingleError(result, "FACT105");
        Assert.Contains("the block 'dating' requires itself through 'dating.again'", Message(error), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("      credibility: { type: integer, min: 99999999999, required: true }\n", "min")]
    [InlineData("      credibility: { type: integer, max: -99999999999, required: true }\n", "max")]
    public void A_bound_no_whole_number_can_meet_is_one_schema_error(string declaration, string bound)
    {
        var schema = Sample.Schema.Replace("      credibility:\n        type: integer\n        min: 1\n        max: 6\n        required: true\n        description: Admiralty credibility, 1 to 6.\n        labels:\n          1: confirmed\n          6: cannot be judged\n", declaration, StringComparison.Ordinal);
        Assert.NotEqual(Sample.Schema, schema);

        var (result, _) = GeneratorHarness.Run((GeneratorHarness.SchemaPath, schema), (Sample.FactsPath, Sample.Facts));

        var error = SingleError(result, "FACT105");
        Assert.Contains($"'{bound}'", Message(error), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/data/facts/notes.txt")]
    [InlineData("/data/facts/actors.yaml.bak")]
    [InlineData("/data/facts/new-facts.yaml~")]
    public void A_file_among_the_inputs_that_the_compiler_does_not_read_is_an_error(string path)
    {
        var full = Crisis.Snapshots.SolutionDirectory.Combine(path.Split('/', StringSplitOptions.RemoveEmptyEntries));
        var result = RunRealDataWith("actors.yaml", text => text, (full, "actors:\n  - id: someone\n"));

        var error = SingleError(result, "FACT033");
        Assert.Equal(full, error.Location.GetLineSpan().Path);
        Assert.StartsWith($"'{path["/data/".Length..]}' is beside the fact files but the fact compiler does not read it", Message(error), StringComparison.Ordinal);
    }

    [Fact]
    public void Other_inputs_outside_the_fact_folder_are_left_to_their_own_tools()
    {
        var result = RunRealDataWith("actors.yaml", text => text, ("/elsewhere/BannedSymbols.txt", "T:System.Console"));

        Assert.Empty(Errors(result));
    }

    [Fact]
    public void Every_file_under_data_reaches_the_compiler_whatever_its_extension()
    {
        // The project listed data/**/*.yaml: on Linux a .yml or .YAML file was not among the inputs and was silently
        // not compiled. The project file is evaluated by MSBuild in a scratch copy holding such files.
        var scratch = Directory.CreateTempSubdirectory("crisis-glob-");
        try
        {
            var project = Path.Combine(scratch.FullName, "src", "Crisis.Model", "Crisis.Model.csproj");
            Directory.CreateDirectory(Path.GetDirectoryName(project)!);
            File.Copy(Crisis.Snapshots.SolutionDirectory.Combine("src", "Crisis.Model", "Crisis.Model.csproj"), project);
            // The project imports the targets the fact compiler's package adds (the sources' texts, none here).
            var targets = Path.Combine("generators", "Crisis.Facts.Generator", "build", "Crisis.Facts.Generator.targets");
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(scratch.FullName, targets))!);
            File.Copy(Crisis.Snapshots.SolutionDirectory.Combine(targets), Path.Combine(scratch.FullName, targets));
            var names = new[] { "facts/a.yaml", "facts/b.yml", "facts/c.YAML", "facts/notes.txt", "schema/x.schema.yml" };
            foreach (var name in names)
            {
                var path = Path.Combine(scratch.FullName, "data", name);
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllText(path, "x");
            }

            File.WriteAllText(Path.Combine(scratch.FullName, "data", "facts.schema.json"), "{}");

            var items = MSBuildItems(project, "AdditionalFiles");

            Assert.Equal(names.Select(n => "data/" + n).Order(StringComparer.Ordinal), items.Order(StringComparer.Ordinal));
        }
        finally
        {
            scratch.Delete(recursive: true);
        }
    }

    /// <summary>The items of one type as MSBuild evaluates the project, as paths relative to the scratch root.</summary>
    private static List<string> MSBuildItems(string project, string itemType)
    {
        var start = new ProcessStartInfo("dotnet", ["msbuild", project, $"-getItem:{itemType}", "-nologo"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, output + process.StandardError.ReadToEnd());
        using var json = System.Text.Json.JsonDocument.Parse(output);
        var root = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(project)!, "..", ".."));
        return json.RootElement.GetProperty("Items").GetProperty(itemType).EnumerateArray()
            .Select(item => Path.GetRelativePath(root, item.GetProperty("FullPath").GetString()!).Replace('\\', '/'))
            .ToList();
    }
}
