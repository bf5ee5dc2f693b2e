using Crisis.Facts.Generator.Provenance;
using Crisis.Facts.Generator.Tests.Samples;

namespace Crisis.Facts.Generator.Tests.Provenance;

/// <summary>
/// The counting rule of the README ("Editing facts"), case by case, as the compiler applies it: paragraphs are the
/// non-blank lines; sentences end at . ! ? before a space or the end, closing quotation marks included, not after "M.",
/// "Jr." or an initial; a piece with no letter or digit joins the sentence before it.
/// </summary>
public class CountingRuleTests
{
    private static List<List<string>> Sentences(string text)
    {
        var numbered = NumberedText.Parse(text, TestContext.Current.CancellationToken);
        return numbered.Paragraphs.Select(p => Enumerable.Range(1, p.Count).Select(p.Sentence).ToList()).ToList();
    }

    [Fact]
    public void Paragraphs_are_the_non_blank_lines_headline_included()
    {
        var paragraphs = Sentences("Titre\n\n  \nPremier. Second.\n\tDernier\n");

        Assert.Equal([["Titre"], ["Premier.", "Second."], ["Dernier"]], paragraphs);
    }

    [Fact]
    public void Windows_and_old_Mac_line_endings_count_the_same_paragraphs()
    {
        Assert.Equal(Sentences("Un.\nDeux.\n\nTrois."), Sentences("Un.\r\nDeux.\r\n\r\nTrois."));
        Assert.Equal(Sentences("Un.\nDeux.\n\nTrois."), Sentences("Un.\rDeux.\r\rTrois."));
    }

    [Theory]
    [InlineData("Il a dit oui. Puis non! Et alors? Fin.", new[] { "Il a dit oui.", "Puis non!", "Et alors?", "Fin." })]
    [InlineData("M. Blinken a prévenu. Il part.", new[] { "M. Blinken a prévenu.", "Il part." })]
    [InlineData("Joseph R. Biden Jr. a parlé. Fin.", new[] { "Joseph R. Biden Jr. a parlé.", "Fin." })]
    [InlineData("Il a dit « Non. » Puis il est parti.", new[] { "Il a dit « Non. »", "Puis il est parti." })]
    [InlineData("Il a dit « Non. »  Puis.", new[] { "Il a dit « Non. »", "Puis." })]
    [InlineData("Il a dit “Non.” Puis.", new[] { "Il a dit “Non.”", "Puis." })]
    [InlineData("Il a dit \"Non.\" Puis.", new[] { "Il a dit \"Non.\"", "Puis." })]
    [InlineData("en Europe. . Ces propositions.", new[] { "en Europe. .", "Ces propositions." })]
    [InlineData("une autre partie.Moscou n’a rien dit.", new[] { "une autre partie.Moscou n’a rien dit." })]
    [InlineData("le 1er février. 20. Ensuite.", new[] { "le 1er février.", "20.", "Ensuite." })]
    [InlineData("Un paragraphe sans point final", new[] { "Un paragraphe sans point final" })]
    [InlineData("Trois points... Puis.", new[] { "Trois points...", "Puis." })]
    [InlineData("Fin.\u00A0Suite.", new[] { "Fin.", "Suite." })]
    public void Sentences_end_as_the_rule_says(string paragraph, string[] expected)
    {
        Assert.Equal(expected, Assert.Single(Sentences(paragraph)));
    }

    [Fact]
    public void The_sample_text_is_counted_as_its_comment_says()
    {
        var paragraphs = Sentences(ProvenanceSample.Text);

        Assert.Equal(
            [
                ["Un journal d’essai"],
                ["M. Dupont est arrivé à Paris.", "Il a dit : « Nous partirons demain. »", "Puis il est reparti."],
                ["Le président Joseph R. Biden a parlé de l’Ukraine.", "Les exercices se terminent le 1er février.", "20.", "La suite.Sans espace."],
                ["Il a parlé de l’Ukraine. .", "Encore."],
            ],
            paragraphs);
    }

    [Theory]
    [InlineData("¶3 s.12", 3, 12, 12)]
    [InlineData("¶3 s.20–21", 3, 20, 21)]
    [InlineData("¶1 s.1", 1, 1, 1)]
    public void A_locator_is_a_paragraph_and_a_sentence_or_a_range(string text, int paragraph, int first, int last)
    {
        Assert.True(Locator.TryParse(text, out var locator));
        Assert.Equal(new Locator(paragraph, first, last), locator);
        Assert.Equal(text, locator.ToString());
    }

    [Theory]
    [InlineData("§3")]
    [InlineData("¶3")]
    [InlineData("¶3 s.20-21")]
    [InlineData("¶3 s.5–5")]
    [InlineData("¶3 s.7–5")]
    [InlineData("¶0 s.1")]
    [InlineData("¶3 s.012")]
    [InlineData("¶3  s.1")]
    [InlineData("¶3 s.1\n")]
    [InlineData("¶3 s.1 (« Nous partirons »)")]
    [InlineData("¶1234567890 s.1")]
    public void Anything_else_is_not_a_locator(string text)
    {
        Assert.False(Locator.TryParse(text, out _));
    }

    [Fact]
    public void A_quote_is_found_at_every_smallest_span_that_holds_it()
    {
        var text = NumberedText.Parse(ProvenanceSample.Text, TestContext.Current.CancellationToken);

        Assert.Equal(["¶3 s.1", "¶4 s.1"], text.Find("a parlé de l’Ukraine").Select(l => l.ToString()));
        Assert.Equal(["¶2 s.2–3"], text.Find("demain. » Puis").Select(l => l.ToString()));
        Assert.Equal(["¶3 s.2–3"], text.Find("février. 20.").Select(l => l.ToString()));
        Assert.Empty(text.Find("a parlé de l'Ukraine"));
    }

    [Fact]
    public void A_span_is_its_sentences_joined_by_one_space()
    {
        var text = NumberedText.Parse("Un.   Deux.\u00A0 Trois.\n", TestContext.Current.CancellationToken);

        Assert.Equal("Un. Deux. Trois.", text.Span(new Locator(1, 1, 3)));
        Assert.Null(text.Span(new Locator(1, 3, 4)));
        Assert.Null(text.Span(new Locator(2, 1, 1)));
    }

    [Fact]
    public void A_range_is_wider_than_needed_when_fewer_sentences_hold_the_quote()
    {
        var text = NumberedText.Parse(ProvenanceSample.Text, TestContext.Current.CancellationToken);

        Assert.True(text.IsWiderThanNeeded(new Locator(2, 1, 2), "Nous partirons"));
        Assert.True(text.IsWiderThanNeeded(new Locator(2, 2, 3), "Nous partirons"));
        Assert.False(text.IsWiderThanNeeded(new Locator(2, 2, 3), "demain. » Puis"));
        Assert.False(text.IsWiderThanNeeded(new Locator(2, 2, 2), "Nous partirons"));
    }

    [Theory]
    [InlineData("Un.\nDeux.\n")]
    [InlineData("Un.\r\nDeux.\r\n")]
    [InlineData("\uFEFFUn.\nDeux.\n")]
    public void The_pin_is_the_hash_of_the_text_with_LF_line_endings_and_no_byte_order_mark(string text)
    {
        Assert.Equal(ProvenanceSample.Hash("Un.\nDeux.\n"), SourceTextHash.Of(text));
    }

    [Theory]
    [InlineData("adbdc4e085cbce485b93da60f844e4f6faafa8e7f2379055de213f40df2dda19", true)]
    [InlineData("ADBDC4E085CBCE485B93DA60F844E4F6FAAFA8E7F2379055DE213F40DF2DDA19", true)]
    [InlineData("adbdc4e085cbce485b93da60f844e4f6faafa8e7f2379055de213f40df2dda1", false)]
    [InlineData("sha256:adbdc4e085cbce485b93da60f844e4f6faafa8e7f2379055de213f40df2d", false)]
    [InlineData("gdbdc4e085cbce485b93da60f844e4f6faafa8e7f2379055de213f40df2dda19", false)]
    public void A_pin_is_64_hexadecimal_digits(string pin, bool wellFormed)
    {
        Assert.Equal(wellFormed, SourceTextHash.IsWellFormed(pin));
    }
}
