using Crisis.Reporter.Templating;

namespace Crisis.Reporter.Briefings.Shared;

/// <summary>What every briefing's model has: header, notes, sources and legends (filled by <see cref="DocumentFrame.Finish"/>).</summary>
public abstract class DocumentModel : ITemplateView
{
    /// <summary>The briefing's name ("situation").</summary>
    public string Briefing { get; set; } = "";

    /// <summary>The document's title.</summary>
    public string Title { get; set; } = "";

    /// <summary>The publication date of the newest source (never the clock, nor a later scheduled date), or "undated".</summary>
    public string AsOf { get; set; } = "";

    /// <summary>Earliest date among the selected facts to the as-of date.</summary>
    public string Coverage { get; set; } = "";

    /// <summary>Earliest to latest publication date of the source articles, or null when none is known.</summary>
    public string? Published { get; set; }

    /// <summary>"84 facts from 5 sources".</summary>
    public string BasedOn { get; set; } = "";

    /// <summary>The filters applied, in words, or null.</summary>
    public string? Filters { get; set; }

    /// <summary>Numbered notes, in the order the document cites them.</summary>
    public IReadOnlyList<NoteView> Notes { get; set; } = [];

    /// <summary>The sources this document cites (label, outlet, date, grade).</summary>
    public IReadOnlyList<SourceView> Sources { get; set; } = [];

    /// <summary>The ICD 203 likelihood terms.</summary>
    public IReadOnlyList<LegendEntry> LikelihoodLegend { get; set; } = [];

    /// <summary>The Admiralty reliability grades (sources).</summary>
    public IReadOnlyList<LegendEntry> ReliabilityLegend { get; set; } = [];

    /// <summary>The Admiralty credibility grades (items of information).</summary>
    public IReadOnlyList<LegendEntry> CredibilityLegend { get; set; } = [];
}
