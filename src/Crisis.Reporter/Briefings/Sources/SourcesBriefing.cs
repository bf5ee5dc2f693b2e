using System.Collections.Immutable;
using Crisis.Model;
using Crisis.Reporter.Briefings.Shared;

namespace Crisis.Reporter.Briefings.Sources;

/// <summary>The sources briefing: each article with its grade, quality notes and the facts that rest on it. Its template is <c>sources.scriban</c> beside this file.</summary>
public sealed class SourcesBriefing() : Briefing<SourcesModel>(
    "sources",
    "each article with its grade, quality notes and the facts that rest on it",
    "Sources of the Russia–Ukraine crisis fact base")
{
    /// <summary>Each article with its grade and the selected facts resting on it.</summary>
    protected override SourcesModel Build(BriefingContext context)
    {
        var sel = context.Selection;
        var cat = context.Catalog;
        var notes = context.Notes;
        // Every selected fact that cites a source (the sources themselves and the analysts' layer cite none), but the
        // actors and places: who and where are not facts a reader checks against an article.
        var reference = FactSchema.Kinds.Where(k => k.Layer == FactLayer.Reference).Select(k => k.Name).ToHashSet(StringComparer.Ordinal);
        var selected = sel.All.OfType<ICitedFact>().Where(f => !reference.Contains(f.Kind))
            .OrderBy(f => f.Kind, StringComparer.Ordinal).ThenBy(f => f.Key, StringComparer.Ordinal).ToList();
        var articles = new List<SourceView>();
        foreach (var s in notes.Sources)
        {
            var facts = new List<SourceFact>();
            foreach (var f in selected)
            {
                var here = f.Citations.Where(c => c.Source == s.Id).ToImmutableArray();
                if (here.Length > 0)
                {
                    facts.Add(new SourceFact(f.Kind, f.Key, context.Views.LabelOf(f), string.Join("; ", here.Select(c => c.Locator)), notes.Add(here)));
                }
            }

            articles.Add(context.Views.SourceOf(s, facts));
        }

        return new SourcesModel
        {
            Articles = articles,
        };
    }
}

/// <summary>Each article with its grade, quality notes and the facts resting on it.</summary>
public sealed class SourcesModel : DocumentModel
{
    public required IReadOnlyList<SourceView> Articles { get; init; }
}
