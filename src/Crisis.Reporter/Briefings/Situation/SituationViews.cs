using Crisis.Reporter.Briefings.Shared;
using Crisis.Reporter.Templating;

namespace Crisis.Reporter.Briefings.Situation;

/// <summary>
/// The bottom line, before anything else: the analysts' assessment (their forward-looking judgment, with its likelihood
/// and confidence), the one change of the week that bears most on their judgments, and the information cut-off.
/// </summary>
public sealed record BlufView : ITemplateView
{
    /// <summary>The judgment the bottom line states, as the analysts wrote it.</summary>
    public required string Assessment { get; init; }

    /// <summary>"likely (55–80%)", or null when the judgment has no likelihood.</summary>
    public string? Likelihood { get; init; }

    /// <summary>"low", "moderate" or "high".</summary>
    public required string Confidence { get; init; }

    /// <summary>The change of the week that weighs most in the analysts' judgments, or null when none of the week's events is their evidence.</summary>
    public EvidenceView? KeyChange { get; init; }

    /// <summary>The information cut-off: the newest source's date ("~13 Feb 2022").</summary>
    public required string CutOff { get; init; }
}

/// <summary>A key judgment of the analysts: the judgment, its likelihood and confidence kept apart, why, and the heaviest facts for and against it.</summary>
public sealed record JudgmentView : ITemplateView
{
    /// <summary>Its number on the page (1, 2, …), by which watch items refer to it.</summary>
    public required int Number { get; init; }
    public required string Id { get; init; }
    public required string Text { get; init; }

    /// <summary>The ICD 203 term with its band ("likely (55–80%)"), or null when the judgment is not about something that may happen.</summary>
    public string? Likelihood { get; init; }

    /// <summary>"low", "moderate" or "high".</summary>
    public required string Confidence { get; init; }

    /// <summary>The analysts' reasoning: why the evidence leads there, and why the confidence is what it is.</summary>
    public string? Reasoning { get; init; }

    /// <summary>The reasoning's last part, from "Confidence is …": why the confidence is what it is given the sourcing; the page prints this.</summary>
    public string? ConfidenceReason { get; init; }
    public required IReadOnlyList<EvidenceView> Support { get; init; }
    public required int MoreSupport { get; init; }
    public required IReadOnlyList<EvidenceView> Against { get; init; }
    public required int MoreAgainst { get; init; }
}

/// <summary>One of the analysts' courses of action: which ("Most likely"), whose, what (its clauses, each with the notes of the facts it rests on), and the confidence.</summary>
public sealed record CourseView(string Type, string Actor, IReadOnlyList<CitedText> Parts, string Confidence) : ITemplateView
{
    /// <summary>The course's text whole, without its notes.</summary>
    public string Text => string.Concat(Parts.Select(p => p.Text));
}

/// <summary>A run of text and the notes that follow it.</summary>
public sealed record CitedText(string Text, IReadOnlyList<string> Refs) : ITemplateView;

/// <summary>
/// A fact as evidence: its one-line label, who gave it when the label does not say ("United States and United
/// Kingdom"), "scheduled" or "planned" for an event still ahead, its own date (or null), how diagnostic the analysts
/// weigh it ("strong", or null when unweighed) and its notes.
/// </summary>
public sealed record EvidenceView(string Id, string Label, string? Who, string? Ahead, string? Date, string? Weight, IReadOnlyList<string> Refs) : ITemplateView;

/// <summary>A demand and the answers to it, one cell per stance of <see cref="SituationModel.Stances"/>, in that order.</summary>
public sealed record DemandLine(string Id, string Text, string By, string? Of, string Date, IReadOnlyList<string> Refs, IReadOnlyList<AnswerGroup> Answers) : ITemplateView;

/// <summary>The parties that took one stance on a demand (the United States, NATO), each with who spoke, the date and notes; empty when none did.</summary>
public sealed record AnswerGroup(string Stance, IReadOnlyList<EvidenceView> Holders) : ITemplateView;

/// <summary>A stance a demand's answers take, as a column of the demands table: its key and its heading ("Rejects", "Offers talks, not agreement").</summary>
public sealed record StanceColumn(string Key, string Heading) : ITemplateView;

/// <summary>
/// The threat picture: the force (the counts of troops near Ukraine not shown above, and a planned figure), the
/// military activity of the parties building up (exercises, their end, where), and what Western officials assess the
/// force could do.
/// </summary>
public sealed record ThreatView : ITemplateView
{
    /// <summary>Counts of the force, by date (figure, who, date, notes).</summary>
    public required IReadOnlyList<EvidenceView> Force { get; init; }

    /// <summary>The judgment that shows the latest count, when one does ("judgment 1"), or null.</summary>
    public string? LatestIn { get; init; }

    /// <summary>A planned figure, or null.</summary>
    public EvidenceView? Planned { get; init; }

    /// <summary>Military activity under way or undated, by date: exercises and build-ups (what is still ahead is under the indicators).</summary>
    public required IReadOnlyList<ActivityView> Activity { get; init; }

    /// <summary>Activity the reading budget leaves out (counted, and left to the timeline).</summary>
    public int ActivityMore { get; init; }

    /// <summary>What officials assess the force could do, in the week (not shown above).</summary>
    public required IReadOnlyList<EvidenceView> Assessed { get; init; }

    /// <summary>The fronts of a feared assault the posture lines are grouped by, with the assessment that names them; null when none does.</summary>
    public FrontsView? Fronts { get; init; }
}

/// <summary>The fronts of a feared assault: how many ("three"), and the notes of the assessment that names them.</summary>
public sealed record FrontsView(string Count, IReadOnlyList<string> Refs) : ITemplateView;

/// <summary>A military activity that has taken place or is under way: what, when (its dates, "10–20 Feb 2022"; null when undated), and its notes. What is still ahead is an indicator.</summary>
public sealed record ActivityView(string Id, string? Where, string Title, string? Date, IReadOnlyList<string> Refs) : ITemplateView;

/// <summary>
/// An indicator: something to watch after the newest source, when it is due (the dates of the events that schedule
/// it), what it is, why it matters, what its outcome would change and the judgments it bears on, and the notes of the facts that date it.
/// </summary>
public sealed record WatchView(string Due, string Title, string? Why, string? WouldChange, string? BearsOn, IReadOnlyList<string> Refs) : ITemplateView;
