using Crisis.Model;
using Crisis.Reporter.Briefings.Shared;
using Crisis.Reporter.Briefings.Shared.Paging;
using Crisis.Reporter.Selection;
using Crisis.Reporter.Templating;

namespace Crisis.Reporter.Briefings.Sources;

/// <summary>
/// The sources briefing: an index page (each article with its outlet, original and grade, and how far the sources are
/// independent) and one page per source with the facts that rest on it, each with its sentence quoted in place (no
/// footnotes: GitHub would print them below every fold). Its templates are <c>sources.scriban</c> and
/// <c>sources-source.scriban</c> beside this file; a source with more facts than a page holds
/// (<see cref="ReadingBudget.SourceFactsPerPage"/>) has several pages.
/// </summary>
public sealed class SourcesBriefing() : Briefing<SourcesModel>(
    "sources",
    "each article with its grade and quality notes, how far the sources are independent, and a page per source of the facts that rest on it",
    "Sources of the Russia–Ukraine crisis fact base")
{
    /// <summary>The template of a source's page.</summary>
    public const string SourceTemplate = "sources-source";

    /// <inheritdoc />
    public override IReadOnlyList<string> PageTemplates => [SourceTemplate];

    /// <summary>The index, then each source's pages.</summary>
    public override IReadOnlyList<BriefingPage> Pages(FactSelection selection)
    {
        var pages = new List<BriefingPage> { new(BriefingPage.IndexPath(Name), Name, Model(selection)) };
        var notes = new NoteRegistry(selection.Catalog);
        var cited = Cited(selection);
        foreach (var source in notes.Sources)
        {
            var facts = cited.Where(f => f.Citations.Any(c => c.Source == source.Id)).ToList();
            var parts = PageParts.Of(facts, ReadingBudget.SourceFactsPerPage);
            var label = notes.LabelOf(source.Id);
            for (var i = 0; i < parts.Count && facts.Count > 0; i++)
            {
                var part = parts[i];
                var count = parts.Count;
                var index = i;
                var subtitle = PageParts.Title($"what rests on {label}", i, count);
                var model = SubPage(selection, subtitle, context =>
                {
                    context.Uses(Scale.Reliability);
                    context.Uses(Scale.Credibility);
                    // The page's own registry quotes each sentence in place; the document's notes stay empty (no footnotes).
                    var quoted = new NoteRegistry(selection.Catalog);
                    var article = context.Views.SourceOf(source, []);
                    return new SourcePageModel
                    {
                        Article = article,
                        Part = PageParts.Label(index, count),
                        Groups = [.. part.GroupBy(f => f.Kind, StringComparer.Ordinal).Select(g => new SourceFactGroup(
                            KindHeading(g.Key),
                            [.. g.Select(f => new QuotedFact(context.Views.LabelOf(f, source.Id), quoted.Quoted([.. f.Citations.Where(c => c.Source == source.Id)])))]))],
                        Previous = PageParts.Previous(Name, StemOf(label), index),
                        Next = PageParts.Next(Name, StemOf(label), index, count),
                    };
                });
                pages.Add(new BriefingPage(BriefingPage.SubPath(Name, Stem(label, i)), SourceTemplate, model));
            }
        }

        return pages;
    }

    /// <summary>Each article with its grade, what the data says of the sources' independence, and links to its pages.</summary>
    protected override SourcesModel Build(BriefingContext context)
    {
        var sel = context.Selection;
        var notes = context.Notes;
        var cited = Cited(sel);
        var entries = new List<SourceEntry>();
        foreach (var s in notes.Sources)
        {
            var label = notes.LabelOf(s.Id);
            var count = cited.Count(f => f.Citations.Any(c => c.Source == s.Id));
            var parts = (count + ReadingBudget.SourceFactsPerPage - 1) / ReadingBudget.SourceFactsPerPage;
            entries.Add(new SourceEntry(
                context.Views.SourceOf(s, []),
                count,
                [.. Enumerable.Range(0, parts).Select(i => new PageLink(Name, parts == 1 ? "the facts" : $"part {i + 1}", BriefingPage.SubPath(Name, Stem(label, i)), false))]));
        }

        return new SourcesModel
        {
            Entries = entries,
            Independence = SourceIndependence.Describe(context, cited),
            WireOnly = SourceIndependence.OnWireOnly(context, cited),
        };
    }

    /// <summary>
    /// Every selected fact that cites a source (the sources themselves and the analysts' layer cite none), but the
    /// actors and places: who and where are not facts a reader checks against an article. By kind, then id.
    /// </summary>
    private static List<ICitedFact> Cited(FactSelection sel)
    {
        var reference = FactSchema.Kinds.Where(k => k.Layer == FactLayer.Reference).Select(k => k.Name).ToHashSet(StringComparer.Ordinal);
        return [.. sel.All.OfType<ICitedFact>().Where(f => !reference.Contains(f.Kind))
            .OrderBy(f => f.Kind, StringComparer.Ordinal).ThenBy(f => f.Key, StringComparer.Ordinal)];
    }

    /// <summary>A reader heading for a kind ("Events", "Watch items").</summary>
    private static string KindHeading(string kind) =>
        Wording.Capitalise((FactSchema.Kinds.FirstOrDefault(k => k.Name == kind)?.Plural ?? kind).Replace('-', ' '));

    /// <summary>The file stem of a source's pages ("s2"; its parts "s2-2", …).</summary>
    private static string StemOf(string label) => label.ToLowerInvariant();

    /// <summary>The file stem of a source's page ("s2", "s2-2").</summary>
    private static string Stem(string label, int part) => PageParts.Stem(StemOf(label), part);
}

/// <summary>The sources' index: each article, and what the data says of their independence.</summary>
public sealed class SourcesModel : DocumentModel
{
    public required IReadOnlyList<SourceEntry> Entries { get; init; }

    /// <summary>"How far the sources are independent", in sentences built from the sources' records.</summary>
    public required IReadOnlyList<string> Independence { get; init; }

    /// <summary>The claims whose every source drew on wire reporting, with those sources: the confirmations to discount.</summary>
    public required IReadOnlyList<WireClaim> WireOnly { get; init; }
}

/// <summary>An article on the index: its record, how many selected facts rest on it, and the pages that list them.</summary>
public sealed record SourceEntry(SourceView Article, int FactCount, IReadOnlyList<PageLink> Pages) : ITemplateView;

/// <summary>One page of the facts resting on a source, by kind, each with the sentence quoted.</summary>
public sealed class SourcePageModel : DocumentModel
{
    public required SourceView Article { get; init; }

    /// <summary>"part 2 of 3", or null when the source's facts fit one page.</summary>
    public string? Part { get; init; }
    public required IReadOnlyList<SourceFactGroup> Groups { get; init; }
    public PageLink? Previous { get; init; }
    public PageLink? Next { get; init; }
}

/// <summary>
/// The facts of one kind resting on a source, under a reader heading ("Claims"); a long section (more than
/// <see cref="ReadingBudget.SourceFactsUnfolded"/>) is folded under its heading, which stays outside the fold so that
/// links to it and the page's outline still work, with a summary that counts what it holds ("24 events").
/// </summary>
public sealed record SourceFactGroup(string Heading, IReadOnlyList<QuotedFact> Facts) : ITemplateView
{
    public bool IsFolded => Facts.Count > ReadingBudget.SourceFactsUnfolded;

    /// <summary>What the fold holds: "24 events, each with its sentence".</summary>
    public string FoldSummary => $"{Facts.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)} {Heading.ToLowerInvariant()}, each with its sentence";
}

/// <summary>A fact and the sentences of the source it rests on (tag, translation, original words).</summary>
public sealed record QuotedFact(string Label, IReadOnlyList<NoteView> Sentences) : ITemplateView;
