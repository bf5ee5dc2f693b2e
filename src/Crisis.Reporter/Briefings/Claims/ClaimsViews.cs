using Crisis.Reporter.Briefings.Shared;
using Crisis.Reporter.Templating;

namespace Crisis.Reporter.Briefings.Claims;

/// <summary>A disputed proposition: the question, its anchor for the contents, and the claims on each side.</summary>
public sealed record PropositionView(string Question, string Anchor, IReadOnlyList<SideView> Sides) : ITemplateView;

/// <summary>One side of a proposition ("Says so"): its entries, one per party, by date.</summary>
public sealed record SideView(string Label, IReadOnlyList<SideEntry> Entries) : ITemplateView;

/// <summary>
/// One party's words on one side of a question: its name when it says so more than once (its lines then sit beneath
/// it), else null and its one line; the lines are its claims, the words that deny or dispute the other side's claims,
/// and the facts the analysts hold to bear on the question, by date.
/// </summary>
public sealed record SideEntry(string? Party, IReadOnlyList<ClaimLine> Lines) : ITemplateView;

/// <summary>
/// A claim, or words on a question, as a reader takes it in: its date (or when the sources report it), the words with
/// their speaker ("Lavrov insisted …"), its status or stance (null for a fact that bears on a question), wording, notes
/// and the answers that confirm or qualify it.
/// </summary>
public sealed record ClaimLine(string Id, string Date, string Text, string? Status, QuoteView? Quote, IReadOnlyList<string> Refs, IReadOnlyList<ClaimLine> Answers) : ITemplateView;

/// <summary>An answer to a claim: its date, the words with their speaker ("The Pentagon denied …"), its stance (null for a fact that bears on a proposition), wording and notes.</summary>
public sealed record AnswerLine(string Date, string Text, string? Stance, QuoteView? Quote, IReadOnlyList<string> Refs) : ITemplateView;

/// <summary>A demand, when the sources first and last report it when they report it again later, with the sources that do ("~6 Dec 2021 (S5)"), and the answers to it by date.</summary>
public sealed record DemandLineView(DemandView Demand, string? FirstReported, string? LatestReported, IReadOnlyList<AnswerLine> Answers) : ITemplateView;

/// <summary>A claim status the page uses and what it means ("unverified": "made, neither confirmed nor contested in the sources").</summary>
public sealed record StatusDefinition(string Status, string Meaning) : ITemplateView;
