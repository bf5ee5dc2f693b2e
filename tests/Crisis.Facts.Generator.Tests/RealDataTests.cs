using Crisis.Facts.Generator.Tests.Support;
using Microsoft.CodeAnalysis;

namespace Crisis.Facts.Generator.Tests;

/// <summary>
/// The repository's own data/ through the real generator driver: with the articles' texts, no diagnostic at all (every
/// quote at its locator, every pin the text's hash) and the generated code compiles; without them, exactly the one
/// warning that quotes were not checked. And each mistake a curator can make against an article, on the real data, is
/// one error with the message they read.
/// </summary>
public class RealDataTests
{
    private static (string Path, string Text)[] RealFiles() => Pipeline.RealFiles().ToArray();

    private static (GeneratorDriverRunResult Result, Compilation Output) RunWithTexts((string Path, string Text)[] files, (string Name, string Text)[] texts) =>
        GeneratorHarness.RunWithTexts(RealSourceTexts.Folder, files, texts);

    [Fact]
    public void Without_the_articles_the_real_data_compiles_with_one_warning_that_quotes_were_not_checked()
    {
        var files = RealFiles();

        var (result, output) = GeneratorHarness.RunWithTexts("/nowhere/", files);

        Assert.True(files.Length >= 2, "the schema and at least one fact file");
        var warning = Assert.Single(GeneratorHarness.Diagnostics(result));
        Assert.Equal(
            "FACT029 Warning sources.yaml(6,11): Quotes were not checked against their sources: /nowhere/ is missing or empty. Put the sources' texts (the files their 'file' fields name, such as '000_28569cc3dbb9b7ab.txt') "
            + "in the folder the MSBuild property FactSourceTexts names, or set it to the folder that holds them (in the project, or dotnet build -p:FactSourceTexts=DIR).",
            GeneratorHarness.Describe(warning));
        Assert.Empty(GeneratorHarness.CompilationErrors(output));
    }

    [Fact]
    public void With_the_articles_the_real_data_compiles_with_no_diagnostic_at_all()
    {
        var texts = RealSourceTexts.OrSkip();

        var (result, output) = RunWithTexts(RealFiles(), texts);

        Assert.Equal(string.Empty, GeneratorHarness.DescribeAll(GeneratorHarness.Diagnostics(result)));
        Assert.Empty(GeneratorHarness.CompilationErrors(output));
    }

    /// <summary>The one diagnostic of the real data with one fact file or one article edited.</summary>
    private static string OneMistake(string? factFile, Func<string, string> editFacts, string? article = null, Func<string, string>? editArticle = null)
    {
        var texts = RealSourceTexts.OrSkip().Select(t => t.Name == article ? (t.Name, editArticle!(t.Text)) : t).ToArray();
        var files = RealFiles().Select(f => Path.GetFileName(f.Path) == factFile ? (f.Path, Edit(editFacts, f.Text)) : f).ToArray();

        var (result, _) = RunWithTexts(files, texts);

        return GeneratorHarness.Describe(Assert.Single(GeneratorHarness.Diagnostics(result)));
    }

    private static string Edit(Func<string, string> edit, string text)
    {
        var edited = edit(text);
        Assert.NotEqual(text, edited);
        return edited;
    }

    [Fact]
    public void A_wrong_sentence_number_on_the_real_data_is_one_error_that_says_where_the_quote_is()
    {
        Assert.Equal(
            "FACT022 Error claims.yaml(14,18): The quote is not at ¶3 s.12 of 'article-001' (001_1d638f912a8ffb5e.txt): it is found at ¶3 s.13. Write \"¶3 s.13\".",
            OneMistake("claims.yaml", text => ReplaceFirst(text, "locator: \"¶3 s.13\"", "locator: \"¶3 s.12\"")));
    }

    [Fact]
    public void A_changed_word_in_a_real_quote_is_one_error_that_shows_the_word()
    {
        Assert.Equal(
            "FACT023 Error claims.yaml(15,16): The quote is not in the text of 'article-001' (001_1d638f912a8ffb5e.txt). The text parts from the quote at ¶3 s.13: "
            + "it has “américain” where the quote has “russe”. A quote is the source's words verbatim: copy them from the text.",
            OneMistake("claims.yaml", text => ReplaceFirst(text, "un sous-marin américain aurait", "un sous-marin russe aurait")));
    }

    [Fact]
    public void An_edited_copy_of_a_real_article_is_one_error_at_its_pin()
    {
        var message = OneMistake(null, text => text + " ", "001_1d638f912a8ffb5e.txt", text => text.Replace("Pour sa part,", "Pour sa part, ensuite,", StringComparison.Ordinal));

        Assert.StartsWith($"FACT026 Error sources.yaml({PinLine("article-001")},13): The text of 'article-001' (001_1d638f912a8ffb5e.txt) is not the one its sha256 pins: it now hashes to ", message, StringComparison.Ordinal);
    }

    /// <summary>The line of a source's `sha256` in the real sources.yaml, so that an edit above it does not break the test.</summary>
    private static int PinLine(string source)
    {
        var lines = RealFiles().Single(f => Path.GetFileName(f.Path) == "sources.yaml").Text.Split('\n');
        var entry = Array.IndexOf(lines, $"  - id: {source}");
        Assert.True(entry >= 0, $"'{source}' is not in sources.yaml");
        return Array.FindIndex(lines, entry, line => line.StartsWith("    sha256: ", StringComparison.Ordinal)) + 1;
    }

    private static string ReplaceFirst(string text, string old, string replacement)
    {
        var at = text.IndexOf(old, StringComparison.Ordinal);
        Assert.True(at >= 0, $"'{old}' is not in the file");
        return text[..at] + replacement + text[(at + old.Length)..];
    }
}
