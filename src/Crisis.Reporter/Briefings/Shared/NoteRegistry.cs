using System.Collections.Immutable;
using Crisis.Model;
using Crisis.Reporter.Templating;

namespace Crisis.Reporter.Briefings.Shared;

/// <summary>
/// Numbers a document's citations in the order the document shows them: the first citation shown is note 1.
/// A citation is one sentence of one source: cited again (by the same fact or another), it keeps its number.
/// </summary>
public sealed class NoteRegistry
{
    private readonly FactCatalog catalog;
    private readonly List<NoteView> notes = [];
    private readonly Dictionary<string, int> numbers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> sourceLabels = new(StringComparer.Ordinal);
    private readonly HashSet<string> cited = new(StringComparer.Ordinal);

    /// <summary>Creates a registry; sources are labelled S1, S2, … in id order, the same in every briefing.</summary>
    public NoteRegistry(FactCatalog catalog)
    {
        this.catalog = catalog;
        var i = 1;
        foreach (var s in catalog.Sources)
        {
            sourceLabels[s.Id.Value] = "S" + i++;
        }
    }

    /// <summary>The notes so far, in number order.</summary>
    public IReadOnlyList<NoteView> Notes => notes;

    /// <summary>The label ("S3") of a source.</summary>
    public string LabelOf(SourceId id) => sourceLabels[id.Value];

    /// <summary>
    /// Curators' text made reader text: a source named by its id ("article 003", "article-003") is named by its
    /// label ("S4"), the one label a reader finds in the sources list.
    /// </summary>
    public string ReaderText(string text)
    {
        foreach (var (id, label) in sourceLabels)
        {
            var words = id.Replace('-', ' ');
            text = text.Replace(id, label, StringComparison.Ordinal)
                .Replace(words, label, StringComparison.Ordinal)
                .Replace(Wording.Capitalise(words), label, StringComparison.Ordinal);
        }

        return text;
    }

    /// <summary>True when a note of this document cites the source.</summary>
    public bool IsCited(SourceId id) => cited.Contains(id.Value);

    /// <summary>
    /// Registers only a fact's strongest citation (the best credibility grade; of equals, one already a note of the page, else the first) and returns its
    /// note number: for a page that must stay short, one note per fact; the other briefings give every citation.
    /// </summary>
    public IReadOnlyList<int> AddStrongest(ImmutableArray<Citation> citations) =>
        citations.IsDefaultOrEmpty ? [] : Add([citations.OrderBy(c => c.Credibility).ThenBy(c => numbers.ContainsKey(Key(c)) ? 0 : 1).First()]);

    /// <summary>One citation's identity: the same sentence of the same source, with the same words, is one note.</summary>
    private static string Key(Citation c) => string.Join("\u001f", c.Source.Value, c.Locator, c.Quote ?? "");

    /// <summary>Registers a fact's citations and returns their note numbers, in the fact's order.</summary>
    public IReadOnlyList<int> Add(ImmutableArray<Citation> citations)
    {
        var result = new List<int>(citations.Length);
        foreach (var c in citations)
        {
            var key = Key(c);
            if (!numbers.TryGetValue(key, out var n))
            {
                n = notes.Count + 1;
                numbers[key] = n;
                var source = catalog[c.Source];
                cited.Add(c.Source.Value);
                notes.Add(new NoteView
                {
                    Number = n,
                    SourceLabel = sourceLabels[c.Source.Value],
                    Tag = $"{sourceLabels[c.Source.Value]} {c.Locator} · {source.Reliability.Label()}{c.Credibility.ToString(System.Globalization.CultureInfo.InvariantCulture)}",
                    SourceTitle = source.Title.English ?? source.Title.Original,
                    Locator = c.Locator,
                    Quote = c.Quote,
                    Translation = c.Translation,
                    Credibility = c.Credibility,
                    CredibilityMeaning = Legends.Credibility(c.Credibility),
                    Note = c.Note is { } note ? ReaderText(note) : null,
                });
            }

            if (!result.Contains(n))
            {
                result.Add(n);
            }
        }

        return result;
    }
}

/// <summary>One numbered note: where a fact is found, with the original words and their translation.</summary>
public sealed record NoteView : ITemplateView
{
    /// <summary>The note's number, as in the marker <c>[^n]</c>.</summary>
    public required int Number { get; init; }

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
