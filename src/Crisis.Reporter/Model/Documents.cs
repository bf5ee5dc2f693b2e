using Crisis.Reporter.Templating;

namespace Crisis.Reporter.Model;

/// <summary>What every briefing's model has: header, notes, sources and legends.</summary>
public abstract class DocumentModel : ITemplateView
{
    /// <summary>The briefing's name ("situation").</summary>
    public required string Briefing { get; init; }

    /// <summary>The document's title.</summary>
    public required string Title { get; init; }

    /// <summary>The latest date among the selected facts (never the clock), or "undated".</summary>
    public string AsOf { get; set; } = "";

    /// <summary>Earliest to latest date among the selected facts.</summary>
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

/// <summary>The one-page situation briefing, in the order analysts read.</summary>
public sealed class SituationModel : DocumentModel
{
    public required IReadOnlyList<CitedText> BottomLine { get; init; }
    public required IReadOnlyList<AssessmentView> Assessments { get; init; }
    public required int MoreAssessments { get; init; }
    public required IReadOnlyList<EventGroup> Developments { get; init; }
    public required MermaidTimeline ShortTimeline { get; init; }
    public required IReadOnlyList<EventView> TimelineEvents { get; init; }
    public required IReadOnlyList<EstimateGroup> Forces { get; init; }
    public required IReadOnlyList<ClaimView> Claims { get; init; }
    public required int MoreClaims { get; init; }
    public required IReadOnlyList<MeasureView> Measures { get; init; }
    public required IReadOnlyList<WatchedActor> ActorsToWatch { get; init; }
    public required IReadOnlyList<CitedText> Indicators { get; init; }
    public required IReadOnlyList<string> Gaps { get; init; }
    public required IReadOnlyList<string> Caveats { get; init; }
}

/// <summary>Every event in order, by month; undated events last.</summary>
public sealed class TimelineModel : DocumentModel
{
    public required MermaidTimeline Chart { get; init; }
    public required IReadOnlyList<EventGroup> Months { get; init; }
    public required IReadOnlyList<EventView> Undated { get; init; }
}

/// <summary>A dossier per actor.</summary>
public sealed class ActorsModel : DocumentModel
{
    public required IReadOnlyList<ActorDossier> Actors { get; init; }
}

/// <summary>Claims with their responses; demands with the positions taken.</summary>
public sealed class ClaimsModel : DocumentModel
{
    public required IReadOnlyList<ClaimView> Claims { get; init; }
    public required IReadOnlyList<DemandView> Demands { get; init; }
}

/// <summary>All figures grouped by what they measure, with a chart of the troop estimates.</summary>
public sealed class EstimatesModel : DocumentModel
{
    public BarChart? TroopChart { get; init; }
    public required IReadOnlyList<EstimateGroup> Groups { get; init; }
}

/// <summary>Sanctions, aid, deployments, transfers and diplomatic measures.</summary>
public sealed class MeasuresModel : DocumentModel
{
    public required IReadOnlyList<MeasureGroup> Groups { get; init; }
}

/// <summary>Each article with its grade, quality notes and the facts resting on it.</summary>
public sealed class SourcesModel : DocumentModel
{
    public required IReadOnlyList<SourceView> Articles { get; init; }
}
