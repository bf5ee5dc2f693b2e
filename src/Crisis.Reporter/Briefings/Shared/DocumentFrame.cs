using Crisis.Model;
using Crisis.Reporter.Text;
using static Crisis.Reporter.Briefings.Shared.Wording;

namespace Crisis.Reporter.Briefings.Shared;

/// <summary>The page frame: what every briefing's header and footer show (dates, counts, filters, notes, sources, legends).</summary>
public static class DocumentFrame
{
    /// <summary>Fills what every briefing's header and footer share: dates, counts, filters, notes, sources, legends.</summary>
    public static T Finish<T>(BriefingContext context, Briefing briefing, T model, string? subtitle = null)
        where T : DocumentModel
    {
        model.Briefing = briefing.Name;
        // As of the newest source, never the latest date in the data: a visit scheduled after it is not news yet.
        var asOf = context.Selection.AsOf;
        model.AsOf = asOf is { } day ? DateDisplay.Format(day) : "undated";
        var title = subtitle is null ? briefing.Title : $"{briefing.Title}: {subtitle}";
        model.Title = asOf is null ? title : $"{title}, as of {model.AsOf}";
        model.Filters = context.Selection.Filter.Describe(context.Catalog);
        // "1999 – 13 Feb 2022, with events scheduled to 20 Feb 2022": a page whose list runs past the as-of date says so.
        model.Coverage = context.Selection.Coverage is { } coverage
            ? DateDisplay.Range(coverage.First.First, coverage.Last.Last)
                + (coverage.ScheduledTo is { } scheduled ? $", with events scheduled to {DateDisplay.Format(scheduled.Last)}" : "")
            : "no dated facts";
        var factCount = context.Selection.Evidence.Length;
        var sourceCount = context.Selection.CitedSourceCount;
        // The reference layer but the sources (the actors and places facts are about), kind by kind: "61 actors and 29 places".
        var reference = FactSchema.Kinds.Where(k => k.Layer == FactLayer.Reference && k.Name != FactSchema.SourceKind)
            .Select(k => Plural(context.Catalog.OfKind(k.Name).Length, k.Name.Replace('-', ' '), k.Plural.Replace('-', ' '))).ToList();
        model.SourceCount = Plural(sourceCount, "source");
        model.BasedOn = $"{Plural(factCount, "fact")} from {model.SourceCount}" + (reference.Count == 0 ? "" : ", " + List(reference));
        model.Published = context.Chronology is { OldestSource: { } oldest, NewestSource: { } newest } ? DateDisplay.Range(oldest.First, newest.Last) : null;
        model.Notes = context.Notes.Notes;
        model.Sources = context.Notes.Sources.Where(s => context.Notes.IsCited(s.Id)).Select(s => context.Views.SourceOf(s, [])).ToList();
        if (model.Notes.Count > 0)
        {
            // Every note's tag gives a source's grade and an item's credibility ("S2 ¶3 s.15 · F2").
            context.Uses(Scale.Reliability);
            context.Uses(Scale.Credibility);
        }

        model.Legends = [.. Enum.GetValues<Scale>().Where(context.UsedScales.Contains).Select(Legends.Of)];
        return model;
    }
}
