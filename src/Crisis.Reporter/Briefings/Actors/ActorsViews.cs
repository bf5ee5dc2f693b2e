using Crisis.Reporter.Templating;

namespace Crisis.Reporter.Briefings.Actors;

/// <summary>
/// The who-wants-what matrix: a row per demand, a column per party that makes or answers one (the demanding party
/// first), each cell the party's stances on that demand with their dates and notes; the first column's heading names
/// the demanding party when there is one ("Russia's demand").
/// </summary>
public sealed record WhoWantsWhat(string DemandHeading, IReadOnlyList<string> Parties, IReadOnlyList<DemandRow> Rows) : ITemplateView;

/// <summary>A demand (its main clause) and a cell per party of <see cref="WhoWantsWhat.Parties"/>, in that order.</summary>
public sealed record DemandRow(string Demand, IReadOnlyList<StanceCell> Cells) : ITemplateView;

/// <summary>A party's stances on one demand, each dated and cited; empty when the party took none.</summary>
public sealed record StanceCell(IReadOnlyList<StanceMark> Stances) : ITemplateView;

/// <summary>One stance in a cell: "Rejects" (or "Demands"), who gave it when not the party itself, its date and notes.</summary>
public sealed record StanceMark(string Stance, string? Who, string Date, IReadOnlyList<string> Refs) : ITemplateView;

/// <summary>
/// An actor with a section: name, anchor, their page, who they are in a few words, how many facts they are in, the
/// sentence that says none of them is the actor's own words (null when some are), their weightiest facts and how many
/// more there are.
/// </summary>
public sealed record ActorSection(string Name, string Anchor, string File, string? Who, int Facts, string? NoOwnWords, IReadOnlyList<ActorItem> Items, int More) : ITemplateView;

/// <summary>One of an actor's facts, as a line: its own date, its words with their speaker ("Lavrov insisted …") or its title, its notes.</summary>
public sealed record ActorItem(string Date, string Text, IReadOnlyList<string> Refs) : ITemplateView;

/// <summary>
/// A minor actor, one line: name, who they are, how many facts they are in, and their weightiest fact; or the actors
/// whose weightiest fact is the same, in one line ("Estonia, Latvia and Lithuania", their counts once when equal).
/// </summary>
public sealed record MinorActor(string Name, string? Who, string Facts, ActorItem? Item) : ITemplateView;
