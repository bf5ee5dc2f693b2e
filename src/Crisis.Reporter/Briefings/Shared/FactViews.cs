using Crisis.Model;
using Crisis.Reporter.Templating;

namespace Crisis.Reporter.Briefings.Shared;

// The views of facts the briefings share. Every value is display-ready: dates formatted by precision, figures
// formatted, names resolved, citations as notes (Refs: note labels, rendered by {{ cite item.refs }}). Templates see
// the members the Scriban way (AsOf is as_of); docs/reporter.md lists them. A briefing's own views live in its folder.

/// <summary>A quotation in its original language beside the curators' English translation.</summary>
public sealed record QuoteView(string Original, string Language, string? English) : ITemplateView;

/// <summary>A term and what it means (legends).</summary>
public sealed record LegendEntry(string Term, string Meaning) : ITemplateView;

/// <summary>An event.</summary>
public sealed record EventView : ITemplateView
{
    public required string Id { get; init; }
    public required string Date { get; init; }

    /// <summary>True when the event has a date ("undated" otherwise).</summary>
    public required bool IsDated { get; init; }
    public required string DateBasis { get; init; }
    public string? End { get; init; }
    public required string Title { get; init; }

    /// <summary>"scheduled", "planned" or "expected" when the event had not happened when the sources were written; null when it took place.</summary>
    public string? Ahead { get; init; }
    public required string Type { get; init; }
    public required string Participants { get; init; }
    public required string Places { get; init; }
    public required string Topics { get; init; }
    public required string Summary { get; init; }
    public string? Notes { get; init; }
    public required IReadOnlyList<string> Refs { get; init; }
}

/// <summary>Something an actor said.</summary>
public sealed record StatementView : ITemplateView
{
    public required string Id { get; init; }
    public required string Speaker { get; init; }
    public required string Date { get; init; }
    public required string Summary { get; init; }
    public QuoteView? Quote { get; init; }
    public string? Event { get; init; }
    public string? Notes { get; init; }
    public required IReadOnlyList<string> Refs { get; init; }
}

/// <summary>A figure someone gave.</summary>
public sealed record EstimateView : ITemplateView
{
    public required string Id { get; init; }
    public required string Subject { get; init; }
    public required string Figure { get; init; }
    public required string Estimator { get; init; }
    public required string AsOf { get; init; }
    public required string AsOfBasis { get; init; }
    public required string Place { get; init; }
    public required string Rank { get; init; }
    public required bool IsDeprecated { get; init; }
    public string? Notes { get; init; }
    public required IReadOnlyList<string> Refs { get; init; }
}

/// <summary>Estimates of one measured quantity, side by side.</summary>
public sealed record EstimateGroup(string Quantity, string Key, IReadOnlyList<EstimateView> Items) : ITemplateView
{
    /// <summary>The curators' notes on the figures: "figure (estimator, date): note".</summary>
    public IReadOnlyList<string> Remarks { get; } =
        [.. Items.Where(i => i.Notes is not null).Select(i => $"{i.Figure} ({i.Estimator}, {i.AsOf}): {i.Notes}")];
}

/// <summary>A claim with the responses to it.</summary>
public sealed record ClaimView : ITemplateView
{
    public required string Id { get; init; }
    public required string Claimant { get; init; }
    public required string Date { get; init; }
    public required string Text { get; init; }
    public QuoteView? Quote { get; init; }
    public required string Status { get; init; }
    public required string StatusMeaning { get; init; }
    public string? Notes { get; init; }
    public required IReadOnlyList<string> Refs { get; init; }
    public required IReadOnlyList<ResponseView> Responses { get; init; }

    /// <summary>The facts the sources set against the claim (or that bear it out) without answering it in words.</summary>
    public required IReadOnlyList<FactAnswerView> AnsweredBy { get; init; }
}

/// <summary>A fact that answers a claim without being words said in answer: its one-line label, its stance ("disputes"), its own date and its notes.</summary>
public sealed record FactAnswerView(string Label, string Stance, string Date, IReadOnlyList<string> Refs) : ITemplateView;

/// <summary>An answer to a claim.</summary>
public sealed record ResponseView : ITemplateView
{
    public required string Id { get; init; }
    public required string Responder { get; init; }
    public required string Stance { get; init; }
    public required string Date { get; init; }
    public required string Text { get; init; }
    public required string ClaimText { get; init; }
    public QuoteView? Quote { get; init; }
    public string? Notes { get; init; }
    public required IReadOnlyList<string> Refs { get; init; }
}

/// <summary>A demand with the positions taken on it.</summary>
public sealed record DemandView : ITemplateView
{
    public required string Id { get; init; }
    public required string By { get; init; }
    public required string Of { get; init; }
    public required string Date { get; init; }
    public required string Text { get; init; }
    public QuoteView? Quote { get; init; }
    public string? Notes { get; init; }
    public required IReadOnlyList<string> Refs { get; init; }
    public required IReadOnlyList<PositionView> Positions { get; init; }
}

/// <summary>How an actor answers a demand.</summary>
public sealed record PositionView : ITemplateView
{
    public required string Id { get; init; }
    public required string Holder { get; init; }
    public required string Stance { get; init; }
    public required string Date { get; init; }
    public required string Text { get; init; }
    public required string DemandText { get; init; }
    public string? Notes { get; init; }
    public required IReadOnlyList<string> Refs { get; init; }
}

/// <summary>A sanction, aid package, deployment, transfer or diplomatic measure.</summary>
public sealed record MeasureView : ITemplateView
{
    public required string Id { get; init; }
    public required string Type { get; init; }
    public required string Stage { get; init; }
    public required string Title { get; init; }
    public required string By { get; init; }
    public required string Target { get; init; }
    public required string Size { get; init; }
    public required string Date { get; init; }
    public string? Condition { get; init; }
    public string? Summary { get; init; }
    public required IReadOnlyList<string> Refs { get; init; }
}

/// <summary>What an official said might happen, with the likelihood in their words and on the ICD 203 scale.</summary>
public sealed record AssessmentView : ITemplateView
{
    public required string Id { get; init; }
    public required string Assessor { get; init; }
    public required string Date { get; init; }
    public required string Text { get; init; }
    public required string Likelihood { get; init; }
    public required string StatedLikelihood { get; init; }
    public QuoteView? Quote { get; init; }
    public string? Notes { get; init; }
    public required IReadOnlyList<string> Refs { get; init; }
}

/// <summary>Events under one heading (a topic or a month).</summary>
public sealed record EventGroup(string Heading, IReadOnlyList<EventView> Events) : ITemplateView;

/// <summary>A source article as listed at the end of every briefing.</summary>
public sealed record SourceView : ITemplateView
{
    public required string Label { get; init; }
    public required string Id { get; init; }
    public required string File { get; init; }
    public required string Title { get; init; }
    public string? TitleEnglish { get; init; }
    public required string Outlet { get; init; }
    public string? Original { get; init; }
    public required string Credits { get; init; }
    public required string Language { get; init; }
    public required string Published { get; init; }
    public required string Grade { get; init; }
    public required string GradeMeaning { get; init; }
    public required string GradeReason { get; init; }
    public required IReadOnlyList<string> QualityNotes { get; init; }
    public required IReadOnlyList<SourceFact> Facts { get; init; }
}

/// <summary>A fact resting on a source.</summary>
public sealed record SourceFact(string Kind, string Id, string Label, string Locator, IReadOnlyList<string> Refs) : ITemplateView;

/// <summary>A fact of a kind no template shows in its own way: its date (or "undated"), its reader label and its notes.</summary>
public sealed record FactLine(string Kind, string Id, string Date, string Label, IReadOnlyList<string> Refs) : ITemplateView;

/// <summary>The facts of one kind under a heading made from the kind's plural ("Casualty reports").</summary>
public sealed record FactSection(string Kind, string Heading, IReadOnlyList<FactLine> Items) : ITemplateView
{
    /// <summary>The section of <paramref name="kind"/>'s facts.</summary>
    public FactSection(FactKindInfo kind, IReadOnlyList<FactLine> items)
        : this(kind.Name, Wording.Capitalise(kind.Plural.Replace('-', ' ')), items)
    {
    }
}
