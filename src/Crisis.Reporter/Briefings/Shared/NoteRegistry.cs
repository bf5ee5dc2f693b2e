using System.Collections.Immutable;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Crisis.Model;
using Crisis.Reporter.Templating;

namespace Crisis.Reporter.Briefings.Shared;

/// <summary>
/// A document's notes: one per cited item (the same words of one sentence of one source, with one grade), cited again
/// by the same fact or another under the same label. Labels come from what a note cites (<see cref="NewLabel"/>), and
/// the notes are listed by source and by place in the article, so adding a fact adds its own note lines and moves no
/// other: a pull request's snapshot diff shows what changed, not a renumbering.
/// </summary>
public sealed partial class NoteRegistry
{
    private readonly FactCatalog catalog;
    private readonly List<(NotePlace Place, NoteView Note)> notes = [];
    private readonly Dictionary<string, string> labels = new(StringComparer.Ordinal);
    private readonly HashSet<string> usedLabels = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> sourceLabels = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> sourceOrder = new(StringComparer.Ordinal);
    private readonly HashSet<string> cited = new(StringComparer.Ordinal);
    private readonly Dictionary<string, NoteView> byLabel = new(StringComparer.Ordinal);

    /// <summary>
    /// Creates a registry. Sources are labelled S1, S2, … in the order sources.yaml lists them (then by id), the same in
    /// every briefing: a source added at the end of the file is the next label, whatever its id, and relabels no other.
    /// </summary>
    public NoteRegistry(FactCatalog catalog)
    {
        this.catalog = catalog;
        Sources = [.. catalog.Sources.OrderBy(s => s.DefinedOrder).ThenBy(s => s.Id.Value, StringComparer.Ordinal)];
        var i = 1;
        foreach (var s in Sources)
        {
            sourceOrder[s.Id.Value] = i;
            sourceLabels[s.Id.Value] = "S" + i++;
        }
    }

    /// <summary>The sources in the order of their labels (S1, S2, …), the order every list of sources follows.</summary>
    public IReadOnlyList<Source> Sources { get; }

    /// <summary>The notes so far, by source and by place in the article (the order of their definitions in the document).</summary>
    public IReadOnlyList<NoteView> Notes =>
        [.. notes.OrderBy(n => n.Place.Source).ThenBy(n => n.Place.Numbers, StringComparer.Ordinal)
            .ThenBy(n => n.Place.Locator, StringComparer.Ordinal).ThenBy(n => n.Note.Label, StringComparer.Ordinal).Select(n => n.Note)];

    /// <summary>The label ("S3") of a source.</summary>
    public string LabelOf(SourceId id) => sourceLabels[id.Value];

    /// <summary>
    /// Curators' text made reader text: a source named by its id ("article 003", "article-003") is named by its
    /// label ("S4"), the one label a reader finds in the sources list; so are the sources of a plural ("articles 001
    /// and 003" becomes "S2 and S4").
    /// </summary>
    public string ReaderText(string text)
    {
        if (PluralIds() is { } plural)
        {
            text = plural.Replace(text, m =>
            {
                // Every number must name a source; otherwise the text is left as written (and the reader-text test shows it).
                var stem = m.Groups["stem"].Value.ToLowerInvariant() + "-";
                var numbers = NumberRegex().Matches(m.Groups["list"].Value).Select(n => stem + n.Value).ToList();
                return numbers.All(sourceLabels.ContainsKey)
                    ? NumberRegex().Replace(m.Groups["list"].Value, n => sourceLabels[stem + n.Value])
                    : m.Value;
            });
        }

        foreach (var (id, label) in sourceLabels)
        {
            var words = id.Replace('-', ' ');
            text = text.Replace(id, label, StringComparison.Ordinal)
                .Replace(words, label, StringComparison.Ordinal)
                .Replace(Wording.Capitalise(words), label, StringComparison.Ordinal);
        }

        return text;
    }

    [GeneratedRegex("[0-9]+")]
    private static partial Regex NumberRegex();

    private Regex? pluralIds;
    private bool pluralIdsBuilt;

    /// <summary>
    /// "articles 001 and 003", "Articles 000, 001 or 004": the plural of ids of the form "article-001" (a stem, a dash,
    /// a number), built once from the sources' ids; null when no id has that form.
    /// </summary>
    private Regex? PluralIds()
    {
        if (!pluralIdsBuilt)
        {
            pluralIdsBuilt = true;
            var numbered = sourceLabels.Keys.Select(id => id.Split('-')).Where(p => p.Length == 2 && p[1].All(char.IsAsciiDigit) && p[0].All(char.IsAsciiLetterLower)).ToList();
            var stems = numbered.Select(p => p[0]).Distinct(StringComparer.Ordinal).ToList();
            if (stems.Count > 0)
            {
                var stem = string.Join('|', stems.Select(s => $"[{char.ToUpperInvariant(s[0])}{s[0]}]{Regex.Escape(s[1..])}"));
                pluralIds = new Regex(
                    $@"\b(?<stem>{stem})s (?<list>[0-9]+(?:(?:, | and | or |, and )[0-9]+)+)\b",
                    RegexOptions.CultureInvariant);
            }
        }

        return pluralIds;
    }

    /// <summary>True when a note of this document cites the source.</summary>
    public bool IsCited(SourceId id) => cited.Contains(id.Value);

    /// <summary>
    /// Registers only a fact's strongest citation (the best credibility grade; of equals, one already a note of the page, else the first) and returns its
    /// note's label: for a page that must stay short, one note per fact; the other briefings give every citation.
    /// </summary>
    public IReadOnlyList<string> AddStrongest(ImmutableArray<Citation> citations)
    {
        if (citations.IsDefaultOrEmpty)
        {
            return [];
        }

        var strongest = citations.OrderBy(c => c.Credibility).ThenBy(c => labels.ContainsKey(Key(c)) ? 0 : 1).First();
        return Sharing(strongest) is { } shared ? [shared] : Add([strongest]);
    }

    /// <summary>
    /// On a page of one note per fact, the label of a note of the same sentence and grade whose words hold the
    /// citation's, or whose words the citation's hold (that note then quotes the longer words, which support both
    /// facts); null when there is none. Two facts of one sentence ("six landing ships", "six landing ships were moved
    /// … for exercises beginning on Sunday") are then one note, not two, for a page with a budget of notes.
    /// </summary>
    private string? Sharing(Citation c)
    {
        if (c.Quote is not { Length: > 0 } quote || labels.ContainsKey(Key(c)))
        {
            return null;
        }

        for (var i = 0; i < notes.Count; i++)
        {
            var note = notes[i].Note;
            if (note.SourceLabel != sourceLabels[c.Source.Value] || note.Locator != c.Locator || note.Credibility != c.Credibility || note.Quote is not { } held)
            {
                continue;
            }

            if (!held.Contains(quote, StringComparison.Ordinal) && quote.Contains(held, StringComparison.Ordinal))
            {
                notes[i] = (notes[i].Place, note with { Quote = quote, Translation = c.Translation, Note = c.Note is { } n ? ReaderText(n) : note.Note });
            }
            else if (!held.Contains(quote, StringComparison.Ordinal))
            {
                continue;
            }

            labels[Key(c)] = note.Label;
            return note.Label;
        }

        return null;
    }

    /// <summary>One citation's identity: the same sentence of the same source, with the same words and grade, is one note.</summary>
    private static string Key(Citation c) => string.Join("\u001f", c.Source.Value, c.Locator, c.Quote ?? "", c.Credibility.ToString(CultureInfo.InvariantCulture));

    /// <summary>Registers a fact's citations and returns their notes' labels, in the fact's order.</summary>
    public IReadOnlyList<string> Add(ImmutableArray<Citation> citations)
    {
        var result = new List<string>(citations.Length);
        foreach (var c in citations)
        {
            var credibility = c.Credibility.ToString(CultureInfo.InvariantCulture);
            var key = Key(c);
            if (!labels.TryGetValue(key, out var label))
            {
                label = NewLabel(sourceLabels[c.Source.Value], c.Locator, c.Quote, credibility);
                labels[key] = label;
                var source = catalog[c.Source];
                cited.Add(c.Source.Value);
                var view = new NoteView
                {
                    Label = label,
                    SourceLabel = sourceLabels[c.Source.Value],
                    Tag = $"{sourceLabels[c.Source.Value]} {c.Locator} · {source.Reliability.Label()}{credibility}",
                    SourceTitle = source.Title.English ?? source.Title.Original,
                    Locator = c.Locator,
                    Quote = c.Quote,
                    Translation = c.Translation,
                    Credibility = c.Credibility,
                    CredibilityMeaning = Legends.Credibility(c.Credibility),
                    Note = c.Note is { } note ? ReaderText(note) : null,
                };
                byLabel[label] = view;
                notes.Add((PlaceOf(c), view));
            }

            if (!result.Contains(label))
            {
                result.Add(label);
            }
        }

        return result;
    }

    /// <summary>Registers a fact's citations and returns their notes, for a page that quotes each sentence in place of a footnote.</summary>
    public IReadOnlyList<NoteView> Quoted(ImmutableArray<Citation> citations) => [.. Add(citations).Select(l => byLabel[l])];

    /// <summary>
    /// A note's label, made from what it cites so that it never moves when another fact is added: the source's label,
    /// the numbers of the locator ("¶3 s.15" → 3-15, "¶3 s.20–21" → 3-20-21) and four hexadecimal digits of the
    /// SHA-256 of the quoted words and the grade, which tell apart the several items one sentence gives
    /// ("S2-3-15-9f1c"). In the rare case of two different citations of one sentence with the same digits, the second
    /// registered gets "-2". GitHub and markdown-it number footnotes themselves, in the order they are referenced, so
    /// the label costs a reader nothing.
    /// </summary>
    private string NewLabel(string sourceLabel, string locator, string? quote, string credibility)
    {
        var numbers = NumberRegex().Matches(locator).Select(m => m.Value.TrimStart('0') is { Length: > 0 } n ? n : "0").ToList();
        var place = numbers.Count > 0 ? string.Join('-', numbers) : "x";
        var digest = SHA256.HashData(Encoding.UTF8.GetBytes((quote ?? "") + "\u001f" + credibility));
        var label = $"{sourceLabel}-{place}-{Convert.ToHexStringLower(digest, 0, 2)}";
        var unique = label;
        for (var n = 2; !usedLabels.Add(unique); n++)
        {
            unique = $"{label}-{n.ToString(CultureInfo.InvariantCulture)}";
        }

        return unique;
    }

    /// <summary>
    /// Where a note sorts: by source, then by the locator's numbers as numbers (paragraph, then sentences: "¶3 s.9"
    /// before "¶3 s.10"), then by the locator's text.
    /// </summary>
    private NotePlace PlaceOf(Citation c) => new(
        sourceOrder[c.Source.Value],
        string.Join('.', NumberRegex().Matches(c.Locator).Select(m => m.Value.PadLeft(12, '0'))),
        c.Locator);

    private readonly record struct NotePlace(int Source, string Numbers, string Locator);
}

/// <summary>One note: where a fact is found, with the original words and their translation.</summary>
public sealed record NoteView : ITemplateView
{
    /// <summary>The note's label, as in the marker <c>[^S2-3-15-9f1c]</c> (see <see cref="NoteRegistry"/>).</summary>
    public required string Label { get; init; }

    /// <summary>The source's label ("S2"), resolving to the Sources list.</summary>
    public required string SourceLabel { get; init; }

    /// <summary>The compact source tag: label, locator, source reliability and credibility ("S2 ¶3 s.4 · B2").</summary>
    public required string Tag { get; init; }

    /// <summary>The source's headline in English (or the original when untranslated).</summary>
    public required string SourceTitle { get; init; }

    /// <summary>Where in the article (paragraph or opening words).</summary>
    public required string Locator { get; init; }

    /// <summary>The verbatim words of the article (usually French), if recorded.</summary>
    public string? Quote { get; init; }

    /// <summary>The curators' English translation of <see cref="Quote"/>.</summary>
    public string? Translation { get; init; }

    /// <summary>Admiralty credibility, 1 to 6.</summary>
    public required int Credibility { get; init; }

    /// <summary>What the credibility grade means ("probably true").</summary>
    public required string CredibilityMeaning { get; init; }

    /// <summary>A curator's note (repair of a garbled passage).</summary>
    public string? Note { get; init; }
}
