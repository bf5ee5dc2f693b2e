using Crisis.Reporter.Briefings.Shared;
using Crisis.Reporter.Templating;

namespace Crisis.Reporter.Briefings.Actors;

/// <summary>A dossier: who an actor is and everything selected that involves them.</summary>
public sealed record ActorDossier : ITemplateView
{
    public required string Id { get; init; }
    public required string Name { get; init; }

    /// <summary>The anchor GitHub gives the dossier's heading, for the table of contents.</summary>
    public required string Anchor { get; init; }

    /// <summary>A state, an alliance or an organisation: a party, listed first in the table of contents.</summary>
    public required bool IsParty { get; init; }

    /// <summary>A named person.</summary>
    public required bool IsPerson { get; init; }
    public required string Type { get; init; }
    public string? Role { get; init; }
    public string? Affiliation { get; init; }
    public string? Aliases { get; init; }
    public string? Description { get; init; }
    public required IReadOnlyList<string> Refs { get; init; }
    public required IReadOnlyList<StatementView> Statements { get; init; }
    public required IReadOnlyList<EventView> Events { get; init; }
    public required IReadOnlyList<AssessmentView> Assessments { get; init; }
    public required IReadOnlyList<ClaimView> Claims { get; init; }
    public required IReadOnlyList<ResponseView> Responses { get; init; }
    public required IReadOnlyList<EstimateView> Estimates { get; init; }
    public required IReadOnlyList<DemandView> Demands { get; init; }
    public required IReadOnlyList<PositionView> Positions { get; init; }
    public required IReadOnlyList<MeasureView> Measures { get; init; }

    /// <summary>The actor's facts of the kinds no section above shows, a section per kind.</summary>
    public required IReadOnlyList<FactSection> Others { get; init; }
}
