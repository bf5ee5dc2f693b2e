using Crisis.Facts.Generator.Tests.Support;

namespace Crisis.Facts.Generator.Tests;

/// <summary>
/// Issue 17: a curator adds an article with data edits only. A small synthetic article (a text, a source entry appended to
/// sources.yaml, an event and a statement that cite it) is added to a copy of the real data, in memory, and goes through
/// the real fact compiler with every article's text: the curator's path, step by step as README "Adding a source" gives
/// it. First the compiler asks for the pin (FACT028, the line to paste); pasted, the build has no diagnostic at all
/// (every locator, quote, pin, reference, date and vocabulary rule holds). The article is a test's: its text says so and
/// it is never written to data/ or shared/seeds/.
/// </summary>
public class SyntheticArticleTests
{
    private const string ArticleName = "005_synthetic_test_article.txt";

    /// <summary>Headline, one paragraph per line, as the articles are saved.</summary>
    private const string ArticleText =
        "Texte de test synthétique : Biden et Poutine (jamais publié)\n"
        + "\n"
        + "Ceci est un article de test écrit pour les tests du compilateur. Joe Biden a parlé à Vladimir Poutine lundi, selon ce texte de test.\n"
        + "Vladimir Poutine a déclaré dans ce texte de test que « les discussions de test étaient utiles ».\n";

    private static string Source(string? pin) =>
        "  - id: article-005\n"
        + $"    file: {ArticleName}\n"
        + (pin is null ? "" : $"    {pin}\n")
        + "    title:\n"
        + "      original: \"Texte de test synthétique : Biden et Poutine (jamais publié)\"\n"
        + "      language: fr\n"
        + "      english: \"Synthetic test text: Biden and Putin (never published)\"\n"
        + "    language: fr\n"
        + "    published: { on: 2022-02-14, basis: inferred, how: \"Test data: a synthetic article.\" }\n"
        + "    reliability: F\n"
        + "    reliability-reason: \"Test data: the text names neither outlet nor author.\"\n";

    private const string Event =
        "  - id: test-synthetic-call\n"
        + "    title: Test call between Biden and Putin\n"
        + "    type: call\n"
        + "    salience: minor\n"
        + "    date: { on: 2022-02-14, basis: inferred, how: \"Test data: 'lundi' in a synthetic article of 14 February 2022.\" }\n"
        + "    participants: [joe-biden, vladimir-putin]\n"
        + "    topics: [diplomatic]\n"
        + "    summary: Test data, a call reported by a synthetic article.\n"
        + "    citations:\n"
        + "      - source: article-005\n"
        + "        locator: \"¶2 s.2\"\n"
        + "        quote: \"Joe Biden a parlé à Vladimir Poutine lundi, selon ce texte de test.\"\n"
        + "        translation: \"Joe Biden spoke to Vladimir Putin on Monday, according to this test text.\"\n"
        + "        credibility: 2\n";

    private const string Statement =
        "  - id: test-synthetic-statement\n"
        + "    speakers: [vladimir-putin]\n"
        + "    date: { on: 2022-02-14, basis: inferred, how: \"Test data: at the call of the synthetic article.\" }\n"
        + "    event: test-synthetic-call\n"
        + "    quote: { original: \"les discussions de test étaient utiles\", language: fr, english: \"the test talks were useful\" }\n"
        + "    summary: Test data, Putin said the test talks were useful.\n"
        + "    topics: [diplomatic]\n"
        + "    citations:\n"
        + "      - source: article-005\n"
        + "        locator: \"¶3 s.1\"\n"
        + "        quote: \"Vladimir Poutine a déclaré dans ce texte de test que « les discussions de test étaient utiles ».\"\n"
        + "        translation: \"Vladimir Putin said in this test text that \\\"the test talks were useful\\\".\"\n"
        + "        credibility: 2\n";

    /// <summary>The real data with the article's entries appended at the end of their files, as the README says.</summary>
    private static (string Path, string Text)[] WithTheArticle(string? pin, string events = Event, string statements = Statement) =>
        [.. Pipeline.RealFiles().Select(f => Path.GetFileName(f.Path) switch
        {
            "sources.yaml" => (f.Path, Appended(f.Text, Source(pin))),
            "events.yaml" => (f.Path, Appended(f.Text, events)),
            "statements.yaml" => (f.Path, Appended(f.Text, statements)),
            _ => f,
        })];

    private static string Appended(string text, string entries) => text.TrimEnd('\n') + "\n" + entries;

    private static string Diagnostics((string Path, string Text)[] files)
    {
        var texts = RealSourceTexts.OrSkip().Append((ArticleName, ArticleText)).ToArray();
        var (result, output) = GeneratorHarness.RunWithTexts(RealSourceTexts.Folder, files, texts);
        Assert.Empty(GeneratorHarness.CompilationErrors(output));
        return GeneratorHarness.DescribeAll(GeneratorHarness.Diagnostics(result));
    }

    [Fact]
    public void A_synthetic_article_added_to_the_real_data_compiles_once_its_pin_is_pasted()
    {
        // Unpinned, the build says what to paste: the one warning, with the line.
        var unpinned = Diagnostics(WithTheArticle(pin: null));
        var match = System.Text.RegularExpressions.Regex.Match(unpinned, "add '(sha256: [0-9a-f]{64})'");
        Assert.True(match.Success, unpinned);
        Assert.StartsWith("FACT028 Warning sources.yaml(", unpinned, StringComparison.Ordinal);
        Assert.DoesNotContain("\n", unpinned.TrimEnd('\n'), StringComparison.Ordinal);

        // Pasted: nothing at all to say.
        Assert.Equal(string.Empty, Diagnostics(WithTheArticle(match.Groups[1].Value)));
    }

    [Fact]
    public void The_same_article_with_a_curators_slip_is_an_error_at_the_slip()
    {
        // The proof above can fail: one sentence number off in the new facts is one error, at the new fact's locator.
        var pin = System.Text.RegularExpressions.Regex.Match(Diagnostics(WithTheArticle(pin: null)), "add '(sha256: [0-9a-f]{64})'").Groups[1].Value;
        var diagnostics = Diagnostics(WithTheArticle(pin, events: Event.Replace("¶2 s.2", "¶2 s.1", StringComparison.Ordinal)));
        Assert.StartsWith("FACT022 Error events.yaml(", diagnostics, StringComparison.Ordinal);
        Assert.Contains("The quote is not at ¶2 s.1 of 'article-005' (005_synthetic_test_article.txt): it is found at ¶2 s.2.", diagnostics, StringComparison.Ordinal);
    }
}
