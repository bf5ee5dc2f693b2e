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

    /// <summary>How the date is known: "stated", "inferred", "public record" ("—" when undated).</summary>
    public required string DateBasis { get; init; }

    public string? End { get; init; }

    /// <summary>The date with its end, as every page prints an event's dates (<see cref="FactViewBuilder.RunText"/>): "10–20 Feb 2022".</summary>
    public required string When { get; init; }

    public required string Title { get; init; }

    /// <summary>"scheduled", "planned" or "expected" when the event had not happened when the sources were written; null when it took place.</summary>
    public string? Ahead { get; init; }
    public required string Type { get; init; }

    /// <summary>The parties named ("Joe Biden and Vladimir Putin"), or null when the sources name none.</summary>
    public string? Participants { get; init; }

    /// <summary>The places ("Geneva"), or null.</summary>
    public string? Places { get; init; }

    /// <summary>The topics' keys ("diplomatic, military"), or null.</summary>
    public string? Topics { get; init; }
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

    /// <summary>Where the counted things are, or null.</summary>
    public string? Place { get; init; }

    /// <summary>Its rank among figures of the same quantity ("preferred", "normal", "deprecated"), or null.</summary>
    public string? Rank { get; init; }
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

    /// <summary>"claims" or "claim", agreeing with the claimants.</summary>
    public required string Claims { get; init; }

    /// <summary>True when the claim's text names every claimant ("The Kremlin said …"), so that a compact line need not name them again.</summary>
    public required bool NamesClaimant { get; init; }
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

    /// <summary>The stance as a verb agreeing with the responders ("denies", "US officials dispute").</summary>
    public required string Stance { get; init; }

    /// <summary>The stance's key ("denies", "disputes", "confirms", "qualifies").</summary>
    public required string StanceKey { get; init; }
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

    /// <summary>Of whom it is demanded ("the United States and NATO"), or null.</summary>
    public string? Of { get; init; }

    /// <summary>When it was last made, as the sources report.</summary>
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

    /// <summary>The stance as a verb phrase agreeing with the holder ("rejects", "offers talks, not agreement").</summary>
    public required string Stance { get; init; }

    /// <summary>The stance's key ("rejects", "accepts", "open"), for a template that sorts or colours by it.</summary>
    public required string StanceKey { get; init; }
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

    /// <summary>Against or to whom, and where (each once), or null.</summary>
    public string? Target { get; init; }

    /// <summary>The amount and troops ("$200 million", "3,000 troops"), or null.</summary>
    public string? Size { get; init; }
    public required string Date { get; init; }
    public string? Condition { get; init; }
    public string? Summary { get; init; }
    public required IReadOnlyList<string> Refs { get; init; }
}

/// <summary>
/// What an official said might happen, with how likely in their own words. An official's words are never put on the
/// ICD 203 scale, which is for the analysts' own judgments: the words are quoted.
/// </summary>
public sealed record AssessmentView : ITemplateView
{
    public required string Id { get; init; }
    public required string Assessor { get; init; }
    public required string Date { get; init; }
    public required string Text { get; init; }

    /// <summary>The assessor's words for how likely it is, quoted and translated, or null.</summary>
    public string? StatedLikelihood { get; init; }
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

    /// <summary>The headline a reader knows it by: in English when translated, without the curators' note on it.</summary>
    public required string HeadingTitle { get; init; }

    /// <summary>The curators' note on the headline ("opening sentence; the text has no headline"), or null.</summary>
    public string? TitleNote { get; init; }

    /// <summary>Its heading in the sources briefing ("S2: Biden–Putin call inconclusive as tensions over Ukraine soar").</summary>
    public required string Heading { get; init; }

    /// <summary>The anchor GitHub gives that heading, for links from every page (<c>sources.md#…</c>).</summary>
    public required string Anchor { get; init; }
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
