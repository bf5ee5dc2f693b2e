using Crisis.Reporter.Templating;

namespace Crisis.Reporter.Briefings.Situation;

/// <summary>A key judgment of the analysts: the judgment, its likelihood and confidence kept apart, and the facts for and against it.</summary>
public sealed record JudgmentView : ITemplateView
{
    /// <summary>Its number on the page (1, 2, …), by which watch items refer to it.</summary>
    public required int Number { get; init; }
    public required string Text { get; init; }

    /// <summary>The ICD 203 term ("likely"), or null when the judgment is not about something that may happen.</summary>
    public string? Likelihood { get; init; }

    /// <summary>"low", "moderate" or "high".</summary>
    public required string Confidence { get; init; }
    public string? Reasoning { get; init; }
    public required IReadOnlyList<EvidenceView> For { get; init; }
    public required int MoreFor { get; init; }
    public required IReadOnlyList<EvidenceView> Against { get; init; }
    public required int MoreAgainst { get; init; }
}

/// <summary>One of the analysts' courses of action: which ("Most likely"), whose, what, the confidence, and the note of its heaviest supporting fact.</summary>
public sealed record CourseView(string Type, string Actor, string Text, string Confidence, IReadOnlyList<string> Refs) : ITemplateView;

/// <summary>A fact as evidence: a one-line label, its date (or null) and its notes.</summary>
public sealed record EvidenceView(string Label, string? Date, IReadOnlyList<string> Refs) : ITemplateView;

/// <summary>
/// Something to watch after the newest source (an indicator): when, what, why it matters, what its outcome would change,
/// the judgments it bears on ("judgments 1 and 2") and its notes.
/// </summary>
public sealed record WatchView(string Due, string Title, string? Why, string? WouldChange, string? BearsOn, IReadOnlyList<string> Refs) : ITemplateView;
