using Crisis.Reporter.Templating;

namespace Crisis.Reporter.Briefings.Shared;

/// <summary>What every briefing's model has: header, notes, sources and legends (filled by <see cref="DocumentFrame.Finish"/>).</summary>
public abstract class DocumentModel : ITemplateView
{
    /// <summary>The briefing's name ("situation").</summary>
    public string Briefing { get; set; } = "";

    /// <summary>The document's title, dated by its as-of date ("Situation briefing: the Russia–Ukraine crisis, as of ~13 Feb 2022").</summary>
    public string Title { get; set; } = "";

    /// <summary>The publication date of the newest source (never the clock, nor a later scheduled date), or "undated".</summary>
    public string AsOf { get; set; } = "";

    /// <summary>Earliest date among the selected facts to the as-of date.</summary>
    public string Coverage { get; set; } = "";

    /// <summary>Earliest to latest publication date of the source articles, or null when none is known.</summary>
    public string? Published { get; set; }

    /// <summary>How many sources the selected facts cite ("5 sources").</summary>
    public string SourceCount { get; set; } = "";

    /// <summary>"183 facts from 5 sources, 61 actors and 29 places".</summary>
    public string BasedOn { get; set; } = "";

    /// <summary>The filters applied, in words, or null.</summary>
    public string? Filters { get; set; }

    /// <summary>The shipped briefings, this one marked, for links between pages (relative: <c>timeline.md</c>).</summary>
    public IReadOnlyList<PageLink> Pages { get; set; } = [];

    /// <summary>What leads from this page to the top of the rendered tree: "" on a briefing's index, "../" on its other pages (<c>timeline/2022-02.md</c>).</summary>
    public string Root { get; set; } = "";

    /// <summary>On a briefing's other pages, the link back to its index; null on the index itself.</summary>
    public PageLink? IndexLink { get; set; }

    /// <summary>Numbered notes, in the order the document cites them.</summary>
    public IReadOnlyList<NoteView> Notes { get; set; } = [];

    /// <summary>The sources this document cites (label, outlet, date, grade, link to their entry in the sources briefing).</summary>
    public IReadOnlyList<SourceView> Sources { get; set; } = [];

    /// <summary>The legends of the scales this document uses, and only those (a page with no likelihood term has no likelihood legend).</summary>
    public IReadOnlyList<LegendView> Legends { get; set; } = [];
}

/// <summary>A link to a briefing from another: its name, title, relative file ("timeline.md"), and whether it is this page.</summary>
public sealed record PageLink(string Name, string Title, string File, bool IsCurrent) : ITemplateView;

/// <summary>A legend: what a scale is, and each of its terms with its meaning ("A completely reliable").</summary>
public sealed record LegendView(string Title, IReadOnlyList<string> Items, string? Note = null) : ITemplateView;
