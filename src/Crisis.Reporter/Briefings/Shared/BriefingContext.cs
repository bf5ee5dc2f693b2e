using System.Collections.Immutable;
using Crisis.Model;
using Crisis.Reporter.Selection;

namespace Crisis.Reporter.Briefings.Shared;

/// <summary>
/// What one document is built from: the selected facts with their chronology, and the document's own
/// <see cref="NoteRegistry"/>, which holds the notes of the citations the document shows (a new context per document,
/// so a document defines only the notes it cites). The views of facts are built by <see cref="Views"/>, the header and footer by
/// <see cref="DocumentFrame"/>.
/// </summary>
public sealed class BriefingContext
{
    /// <summary>A context for one document over <paramref name="selection"/>.</summary>
    public BriefingContext(FactSelection selection)
    {
        Selection = selection;
        Notes = new NoteRegistry(selection.Catalog);
        Views = new FactViewBuilder(this);
    }

    /// <summary>The selected facts.</summary>
    public FactSelection Selection { get; }

    /// <summary>The whole catalog (for lookups of actors, places, sources, claims and demands).</summary>
    public FactCatalog Catalog => Selection.Catalog;

    /// <summary>When things are (dates, the newest source, the as-of date): the selection's one chronology.</summary>
    public Chronology Chronology => Selection.Chronology;

    /// <summary>This document's notes.</summary>
    public NoteRegistry Notes { get; }

    /// <summary>The views of facts every briefing shares, citing into this document's notes.</summary>
    public FactViewBuilder Views { get; }

    /// <summary>
    /// True on a page that must stay short (the situation briefing): each fact is cited by its strongest citation
    /// only. Otherwise every citation of a fact gets its note.
    /// </summary>
    public bool OneNotePerFact { get; set; }

    private readonly HashSet<Scale> scales = [];

    /// <summary>The scales this document shows a term of, so that it gives their legends and no others.</summary>
    public IReadOnlyCollection<Scale> UsedScales => scales;

    /// <summary>Records that the document shows a term of <paramref name="scale"/> (a likelihood, a confidence level).</summary>
    public void Uses(Scale scale) => scales.Add(scale);

    /// <summary>The labels of the notes of a fact's citations, as this document cites them (see <see cref="OneNotePerFact"/>).</summary>
    public IReadOnlyList<string> Cite(ImmutableArray<Citation> citations) =>
        OneNotePerFact ? Notes.AddStrongest(citations) : Notes.Add(citations);

    /// <summary>
    /// The labels of the notes of a fact's citations (none for a fact that cites nothing). A page cites every fact it
    /// shows, beside its date: a fact dated from the public record shows the date's mark, so the page gives its legend.
    /// </summary>
    public IReadOnlyList<string> Cite(IFact fact)
    {
        if (FactViewBuilder.IsPublicRecord(FactViewBuilder.OwnDate(fact)))
        {
            Uses(Scale.PublicRecordDate);
        }

        return fact is ICitedFact cited ? Cite(cited.Citations) : [];
    }
}
