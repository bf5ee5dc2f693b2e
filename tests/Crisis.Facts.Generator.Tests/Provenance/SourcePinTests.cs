using Crisis.Facts.Generator.Tests.Samples;
using Crisis.Facts.Generator.Tests.Support;

namespace Crisis.Facts.Generator.Tests.Provenance;

/// <summary>
/// Sources and their texts, through the real generator driver: each source pins its text by SHA-256; a changed, missing
/// or unpinned text is one diagnostic at the source; no text at all is one warning, never a silent skip.
/// </summary>
public class SourcePinTests
{
    private const string Folder = ProvenanceSample.Folder;

    /// <summary>A citation that is right in the sample text: its sentence 3 of paragraph 2.</summary>
    private static readonly string Notes = ProvenanceSample.Notes(("¶2 s.3", "Puis il est reparti."));

    private static string Describe((string Path, string Text)[] yaml, string? folder = Folder, params (string Name, string Text)[] texts)
    {
        var (result, output) = GeneratorHarness.RunWithTexts(folder, yaml, texts);
        Assert.Empty(GeneratorHarness.CompilationErrors(output));
        return GeneratorHarness.DescribeAll(GeneratorHarness.Diagnostics(result));
    }

    [Fact]
    public void A_text_that_is_not_the_pinned_one_is_one_error_at_the_pin_that_prints_the_new_hash()
    {
        // One sentence inserted before the cited one: the locator would now be wrong, but the pin is the one mistake.
        var edited = ProvenanceSample.Text.Replace("Il a dit :", "Il sourit. Il a dit :", StringComparison.Ordinal);
        var hash = ProvenanceSample.Hash(edited);

        Assert.Equal(
            $"FACT026 Error sources.yaml(4,13): The text of 'journal' (journal.txt) is not the one its sha256 pins: it now hashes to {hash}. "
            + "Its quotes are not checked while the pin differs. If the new text is the one to cite, its locators must be checked again: "
            + $"set 'sha256: {hash}' and rebuild, and every quote of 'journal' is checked against the new text. Otherwise put back the pinned text.\n",
            Describe(ProvenanceSample.Files(Notes), Folder, (ProvenanceSample.TextName, edited)));
    }

    [Fact]
    public void Once_the_new_hash_is_pinned_the_quotes_are_checked_against_the_new_text()
    {
        var edited = ProvenanceSample.Text.Replace("Il a dit :", "Il sourit. Il a dit :", StringComparison.Ordinal);

        var diagnostics = Describe(ProvenanceSample.Files(Notes, ProvenanceSample.Sources(ProvenanceSample.Hash(edited))), Folder, (ProvenanceSample.TextName, edited));

        Assert.Equal("FACT022 Error notes.yaml(5,37): The quote is not at ¶2 s.3 of 'journal' (journal.txt): it is found at ¶2 s.4. Write \"¶2 s.4\".\n", diagnostics);
    }

    [Fact]
    public void A_checkout_with_Windows_line_endings_matches_the_pin()
    {
        Assert.Equal(string.Empty, Describe(ProvenanceSample.Files(Notes), Folder, (ProvenanceSample.TextName, ProvenanceSample.Text.Replace("\n", "\r\n", StringComparison.Ordinal))));
    }

    [Fact]
    public void A_pin_in_capitals_is_the_same_pin()
    {
        Assert.Equal(string.Empty, Describe(ProvenanceSample.Files(Notes, ProvenanceSample.Sources(ProvenanceSample.Hash(ProvenanceSample.Text).ToUpperInvariant())), Folder, (ProvenanceSample.TextName, ProvenanceSample.Text)));
    }

    [Fact]
    public void A_malformed_pin_is_an_error_at_the_pin_that_gives_the_right_one()
    {
        Assert.Equal(
            $"FACT027 Error sources.yaml(4,13): 'abc123' is not a SHA-256: write the 64 hexadecimal digits of the text's hash (the text journal.txt hashes to {ProvenanceSample.Hash(ProvenanceSample.Text)})\n",
            Describe(ProvenanceSample.Files(Notes, ProvenanceSample.Sources("abc123")), Folder, (ProvenanceSample.TextName, ProvenanceSample.Text)));
    }

    [Fact]
    public void A_source_without_a_pin_is_a_warning_that_prints_the_line_to_add()
    {
        var sources = "sources:\n  - id: journal\n    file: journal.txt\n";

        Assert.Equal(
            $"FACT028 Warning sources.yaml(3,11): The source 'journal' does not pin its text: add 'sha256: {ProvenanceSample.Hash(ProvenanceSample.Text)}' (the hash of journal.txt as it is now), so that a change to the text is an error instead of silently shifted locators\n",
            Describe(ProvenanceSample.Files(Notes, sources), Folder, (ProvenanceSample.TextName, ProvenanceSample.Text)));
    }

    [Fact]
    public void A_missing_text_while_others_are_there_is_an_error_at_its_file_and_its_quotes_are_not_checked()
    {
        var sources = ProvenanceSample.Sources() + $"  - id: gazette\n    file: gazete.txt\n    sha256: {ProvenanceSample.Hash("Autre.\n")}\n";
        var notes = Notes + "  - id: other\n    text: Other.\n    citations:\n      - { source: gazette, locator: \"¶9 s.9\", quote: \"Rien.\" }\n";

        Assert.Equal(
            "FACT025 Error sources.yaml(6,11): No text for the source 'gazette': 'gazete.txt' is not among the texts in /work/texts/, which holds the other sources' texts. Did you mean 'gazette.txt'? Its quotes are not checked until it is there.\n",
            Describe(ProvenanceSample.Files(notes, sources), Folder, (ProvenanceSample.TextName, ProvenanceSample.Text), ("gazette.txt", "Autre.\n")));
    }

    public static TheoryData<string?, string[], string> Absent() => new()
    {
        { Folder, [], "/work/texts/ is missing or empty" },
        { null, [], "no folder of source texts is set" },
        { Folder, ["notes.txt"], "/work/texts/ holds 1 file, but none of the sources' texts" },
    };

    [Theory]
    [MemberData(nameof(Absent))]
    public void No_text_at_all_is_one_warning_naming_the_folder_and_how_to_set_it(string? folder, string[] others, string why)
    {
        // Two sources, pinned, several quotes each, one of them wrong: still only the one warning.
        var sources = ProvenanceSample.Sources() + $"  - id: gazette\n    file: gazette.txt\n    sha256: {ProvenanceSample.Hash("Autre.\n")}\n";
        var notes = ProvenanceSample.Notes(("¶2 s.3", "Puis il est reparti."), ("¶1 s.1", "Pas dans le texte."))
            + "  - id: other\n    text: Other.\n    citations:\n      - { source: gazette, locator: \"¶1 s.1\", quote: \"Autre.\" }\n";

        Assert.Equal(
            $"FACT029 Warning sources.yaml(3,11): Quotes were not checked against their sources: {why}. Put the sources' texts (the files their 'file' fields name, such as 'journal.txt') "
            + "in the folder the MSBuild property FactSourceTexts names, or set it to the folder that holds them (in the project, or dotnet build -p:FactSourceTexts=DIR).\n",
            Describe(ProvenanceSample.Files(notes, sources), folder, others.Select(name => (name, "Autre chose.\n")).ToArray()));
    }

    [Fact]
    public void Citations_without_quotes_need_no_text_and_get_no_warning()
    {
        Assert.Equal(string.Empty, Describe(ProvenanceSample.Files(ProvenanceSample.Notes(("¶2 s.3", null)))));
    }

    [Fact]
    public void A_schema_without_the_convention_checks_nothing_and_warns_of_nothing()
    {
        // The sample schema's sources have no `file`: its citations' locators ("§4") are its own business.
        var (result, _) = GeneratorHarness.RunWithTexts(null, [(GeneratorHarness.SchemaPath, Sample.Schema), (Sample.FactsPath, Sample.Facts)]);

        Assert.DoesNotContain(result.Diagnostics, d => string.CompareOrdinal(d.Id, "FACT021") >= 0 && string.CompareOrdinal(d.Id, "FACT029") <= 0);
    }
}
