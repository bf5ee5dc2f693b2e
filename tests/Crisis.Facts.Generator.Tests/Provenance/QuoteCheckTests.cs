using Crisis.Facts.Generator.Tests.Samples;
using Crisis.Facts.Generator.Tests.Support;
using Microsoft.CodeAnalysis;

namespace Crisis.Facts.Generator.Tests.Provenance;

/// <summary>
/// The quote check through the real generator driver, on in-memory YAML and an in-memory source text marked as the build
/// marks it: each mistake is one diagnostic at its line and column, with the message a curator reads.
/// </summary>
public class QuoteCheckTests
{
    private const string Folder = ProvenanceSample.Folder;

    /// <summary>Every diagnostic of a run with the sample text present, one per line: "FACT022 Error notes.yaml(5,37): …".</summary>
    private static string Run(string notes, string? sources = null, string? text = null)
    {
        var (result, output) = GeneratorHarness.RunWithTexts(Folder, ProvenanceSample.Files(notes, sources), (ProvenanceSample.TextName, text ?? ProvenanceSample.Text));
        Assert.Empty(GeneratorHarness.CompilationErrors(output));
        return GeneratorHarness.DescribeAll(GeneratorHarness.Diagnostics(result));
    }

    [Fact]
    public void Quotes_at_their_locators_give_no_diagnostic()
    {
        var notes = ProvenanceSample.Notes(
            ("¶1 s.1", "Un journal d’essai"),
            ("¶2 s.1", "M. Dupont est arrivé à Paris."),
            ("¶2 s.2", "« Nous partirons demain. »"),
            ("¶2 s.2–3", "demain. » Puis"),
            ("¶3 s.2–3", "le 1er février. 20."),
            ("¶3 s.4", "La suite.Sans espace."),
            ("¶4 s.1", "Il a parlé de l’Ukraine. ."),
            ("¶4 s.2", null));

        Assert.Equal(string.Empty, Run(notes));
    }

    [Fact]
    public void A_wrong_sentence_number_is_an_error_at_the_locator_that_says_where_the_quote_is()
    {
        Assert.Equal(
            "FACT022 Error notes.yaml(5,37): The quote is not at ¶2 s.1 of 'journal' (journal.txt): it is found at ¶2 s.3. Write \"¶2 s.3\".\n",
            Run(ProvenanceSample.Notes(("¶2 s.1", "Puis il est reparti."))));
    }

    [Fact]
    public void A_quote_found_in_several_places_lists_them()
    {
        Assert.Equal(
            "FACT022 Error notes.yaml(5,37): The quote is not at ¶2 s.1 of 'journal' (journal.txt): it is found at ¶3 s.1, ¶4 s.1. Write the one this citation means.\n",
            Run(ProvenanceSample.Notes(("¶2 s.1", "a parlé de l’Ukraine"))));
    }

    [Fact]
    public void A_locator_past_the_end_of_the_text_is_a_wrong_locator_too()
    {
        Assert.Equal(
            "FACT022 Error notes.yaml(5,37): The quote is not at ¶9 s.1 of 'journal' (journal.txt): it is found at ¶2 s.3. Write \"¶2 s.3\".\n",
            Run(ProvenanceSample.Notes(("¶9 s.1", "Puis il est reparti."))));
    }

    [Fact]
    public void A_range_wider_than_the_quote_is_an_error_at_the_locator()
    {
        Assert.Equal(
            "FACT024 Error notes.yaml(5,37): The quote needs only ¶2 s.2 of 'journal', not ¶2 s.1–2: write \"¶2 s.2\"\n",
            Run(ProvenanceSample.Notes(("¶2 s.1–2", "Nous partirons demain."))));
    }

    [Fact]
    public void A_changed_word_is_an_error_at_the_quote_that_shows_where_the_text_parts_from_it()
    {
        // The quote's opening " is at column 54: 37 + 8 ("¶2 s.1") + 2 (", ") + 7 ("quote: ").
        Assert.Equal(
            "FACT023 Error notes.yaml(5,54): The quote is not in the text of 'journal' (journal.txt). The text parts from the quote at ¶2 s.1: it has “Paris.” where the quote has “Lyon.”. A quote is the source's words verbatim: copy them from the text.\n",
            Run(ProvenanceSample.Notes(("¶2 s.1", "M. Dupont est arrivé à Lyon."))));
    }

    [Fact]
    public void A_changed_first_word_is_shown_from_the_end_of_the_quote()
    {
        Assert.Equal(
            "FACT023 Error notes.yaml(5,54): The quote is not in the text of 'journal' (journal.txt). The text parts from the quote at ¶2 s.1: it has “M.” where the quote has “Mme”. A quote is the source's words verbatim: copy them from the text.\n",
            Run(ProvenanceSample.Notes(("¶2 s.1", "Mme Dupont est arrivé à Paris."))));
    }

    [Fact]
    public void An_added_word_is_shown_against_nothing_in_the_text()
    {
        Assert.Equal(
            "FACT023 Error notes.yaml(5,54): The quote is not in the text of 'journal' (journal.txt). The text parts from the quote at ¶2 s.1: it has nothing where the quote has “bien”. A quote is the source's words verbatim: copy them from the text.\n",
            Run(ProvenanceSample.Notes(("¶2 s.1", "M. Dupont est bien arrivé à Paris."))));
    }

    [Fact]
    public void A_typewriter_apostrophe_is_named_with_both_code_points()
    {
        Assert.Equal(
            "FACT023 Error notes.yaml(5,54): The quote is not in the text of 'journal' (journal.txt). It is at ¶4 s.1 but for look-alike characters: the text has ’ (U+2019) where the quote has ' (U+0027), in “l’Ukraine.”. A quote is the source's words verbatim: copy them from the text.\n",
            Run(ProvenanceSample.Notes(("¶4 s.1", "Il a parlé de l'Ukraine."))));
    }

    [Fact]
    public void A_quote_with_nothing_in_common_shows_the_sentence_at_the_locator()
    {
        Assert.Equal(
            "FACT023 Error notes.yaml(5,54): The quote is not in the text of 'journal' (journal.txt). At ¶2 s.3 the text reads “Puis il est reparti.”. A quote is the source's words verbatim: copy them from the text.\n",
            Run(ProvenanceSample.Notes(("¶2 s.3", "Rien de tout cela."))));
    }

    public static TheoryData<string, string?, string> Notations() => new()
    {
        { "§4", null, "'§4' is not a locator: write \"¶<paragraph> s.<sentence>\" such as \"¶3 s.12\", or \"¶3 s.20–21\" for a quote over sentences 20 to 21 (an en dash). Paragraphs are marked ¶ (the pilcrow), not §." },
        { "¶2 s.2-3", "demain. » Puis", "'¶2 s.2-3' is not a locator: write \"¶<paragraph> s.<sentence>\" such as \"¶3 s.12\", or \"¶3 s.20–21\" for a quote over sentences 20 to 21 (an en dash). Join the first and last sentence of a range with an en dash (–), without spaces." },
        { "¶2 s.2–2", "Nous partirons", "'¶2 s.2–2' is not a locator: write \"¶<paragraph> s.<sentence>\" such as \"¶3 s.12\", or \"¶3 s.20–21\" for a quote over sentences 20 to 21 (an en dash). A range runs from a sentence to a later one: for one sentence write \"¶2 s.2\"." },
        { "¶2 s.3 (Puis il est reparti)", "Puis il est reparti.", "'¶2 s.3 (Puis il est reparti)' is not a locator: write \"¶<paragraph> s.<sentence>\" such as \"¶3 s.12\", or \"¶3 s.20–21\" for a quote over sentences 20 to 21 (an en dash). A locator says where the quote is and nothing else: leave the quote's words out of it." },
        { "¶2 s.3 (the departure)", "Puis il est reparti.", "'¶2 s.3 (the departure)' is not a locator: write \"¶<paragraph> s.<sentence>\" such as \"¶3 s.12\", or \"¶3 s.20–21\" for a quote over sentences 20 to 21 (an en dash). Keep \"¶2 s.3\" only: a locator says where the quote is and nothing else." },
        { "paragraph 2", "Puis il est reparti.", "'paragraph 2' is not a locator: write \"¶<paragraph> s.<sentence>\" such as \"¶3 s.12\", or \"¶3 s.20–21\" for a quote over sentences 20 to 21 (an en dash)." },
    };

    [Theory]
    [MemberData(nameof(Notations))]
    public void Any_other_notation_is_one_error_at_the_locator(string locator, string? quote, string message)
    {
        Assert.Equal($"FACT021 Error notes.yaml(5,37): {message}\n", Run(ProvenanceSample.Notes((locator, quote))));
    }

    [Fact]
    public void A_locator_is_checked_even_when_no_text_is_there()
    {
        var (result, _) = GeneratorHarness.RunWithTexts(Folder, ProvenanceSample.Files(ProvenanceSample.Notes(("§4", "Puis il est reparti."))));

        Assert.Equal(["FACT021", "FACT029"], GeneratorHarness.Diagnostics(result).Select(d => d.Id).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_citation_of_an_unknown_source_is_FACT012_only()
    {
        var notes = "notes:\n  - id: n\n    citations:\n      - { source: jounal, locator: \"¶2 s.1\", quote: \"Rien.\" }\n";

        var diagnostics = Run(notes);

        Assert.Equal(
            "FACT012 Error notes.yaml(4,19): The citation names the source 'jounal', which does not exist. Did you mean 'journal'? Sources: journal.\n"
            + "FACT016 Warning sources.yaml(2,9): The source 'journal' is not cited by any fact\n",
            diagnostics);
    }

    [Fact]
    public void Every_mistake_of_a_file_is_reported_each_once()
    {
        var notes = ProvenanceSample.Notes(
            ("¶2 s.1", "Puis il est reparti."),
            ("¶2 s.1–2", "Nous partirons demain."),
            ("¶2 s.1", "M. Dupont est arrivé à Lyon."),
            ("¶2 s.1", "M. Dupont est arrivé à Paris."));

        var lines = Run(notes).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(["FACT022 Error notes.yaml(5,37)", "FACT024 Error notes.yaml(9,37)", "FACT023 Error notes.yaml(13,54)"], lines.Select(l => l[..l.IndexOf(':', StringComparison.Ordinal)]));
    }
}
