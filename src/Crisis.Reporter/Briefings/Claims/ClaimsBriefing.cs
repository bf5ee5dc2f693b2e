using Crisis.Model;
using Crisis.Reporter.Briefings.Shared;
using Crisis.Reporter.Selection;
using Crisis.Reporter.Text;
using static Crisis.Reporter.Briefings.Shared.FactOrder;
using static Crisis.Reporter.Briefings.Shared.Wording;

namespace Crisis.Reporter.Briefings.Claims;

/// <summary>
/// The claims briefing: one section per disputed proposition ("Is Russia preparing to invade Ukraine?", the analysts'
/// grouping in propositions.yaml), each side's claims beneath it with their dated answers, so that claim and
/// counter-claim are read together; the claims that belong to no proposition, one line each; then Russia's demands with
/// the dates the sources report them and the answers. Every claim shown appears once. Its template is
/// <c>claims.scriban</c> beside this file.
/// </summary>
public sealed class ClaimsBriefing() : Briefing<ClaimsModel>(
    "claims",
    "each disputed proposition with the claims on each side and their dated answers; the other claims; demands, when they were reported, and the answers",
    "Claims and counter-claims in the Russia–Ukraine crisis")
{
    /// <summary>Propositions, the other claims, demands.</summary>
    protected override ClaimsModel Build(BriefingContext context)
    {
        var sel = context.Selection;
        var cat = context.Catalog;
        var shown = ClaimIds(sel);
        var placed = new HashSet<ClaimId>();
        var propositions = new List<PropositionView>();
        var statuses = new List<Claim>();
        var used = new HashSet<ClaimStatus>();
        foreach (var p in cat.Propositions.OrderBy(p => p.DefinedOrder).ThenBy(p => p.Id.Value, StringComparer.Ordinal))
        {
            var members = p.Claims.Select(m => m.Claim).ToHashSet();
            var bearing = p.Facts.IsDefaultOrEmpty ? [] : p.Facts.Where(f => sel.Shows(cat[f.Fact])).ToList();
            // A claim belongs to one proposition at most (the model tests check it); "placed" keeps each once regardless.
            var claims = p.Claims.Where(m => shown.Contains(m.Claim) && placed.Add(m.Claim)).Select(m => (m.Side, Claim: cat[m.Claim])).ToList();
            statuses.AddRange(claims.Select(c => c.Claim));
            // Words that deny or dispute a claim say the other side of the question: they stand in its column, by date,
            // not nested under the claim (Biden's 19 January belief that Putin would invade is a "says so", not an answer
            // to Lavrov's denial of the 21st); only answers that confirm or qualify stay under their claim.
            // Their column says what they do, so they show no stance ("disputes" beside Biden's belief would read as a status).
            var crossing = claims.SelectMany(c => Answers(context, c.Claim, members).Where(a => a.Contradicts).Select(a => (Side: Other(c.Side), a.Fact, Line: a.Line with { Status = null })))
                .DistinctBy(a => a.Fact.Key, StringComparer.Ordinal).ToList();
            var columns = new Dictionary<Side, List<(IFact Fact, ClaimLine Line)>>();
            foreach (var side in Enum.GetValues<Side>())
            {
                var items = claims.Where(c => c.Side == side).Select(c => (Fact: (IFact)c.Claim, Line: ClaimLine(context, c.Claim, members)))
                    .Concat(crossing.Where(a => a.Side == side).Select(a => (a.Fact, a.Line)))
                    .ToList();
                items.AddRange(Qualified(context, items, [.. bearing.Where(f => f.Side == side)]));
                columns[side] = items;
            }

            var sides = new List<SideView>();
            foreach (var (side, items) in columns.Where(c => c.Value.Count > 0))
            {
                // Every line has a status, a claim its own (the curators'); words or a fact that are not a claim stand
                // where the other column sets words against them, so disputed, else unverified: the page once left them
                // blank, and a reader could not tell a blank from "not assessed".
                var unclaimed = columns[Other(side)].Count > 0 ? ClaimStatus.Disputed : ClaimStatus.Unverified;
                var lines = items.Select(i => i.Line.Status is null ? (i.Fact, Line: i.Line with { Status = unclaimed.Label() }) : i).ToList();
                used.UnionWith(items.Where(i => i.Line.Status is null).Select(_ => unclaimed));
                sides.Add(new SideView(Capitalise(side.Label()), ByParty(context, lines)));
            }

            if (sides.Count > 0)
            {
                propositions.Add(new PropositionView(p.Question, Anchors.Slug(p.Question), sides));
            }
        }

        var others = ByDate(cat.Claims.Where(c => shown.Contains(c.Id) && !placed.Contains(c.Id)), c => c.Date).ToList();
        statuses.AddRange(others);
        var demands = ByDate(sel.Of<Demand>(), d => d.Date).Select(d => DemandOf(context, d)).ToList();
        // The answers' stances the page prints, in the vocabulary's order, so that the intro names only those it uses.
        var shownDemands = sel.Of<Demand>().Select(d => d.Id).ToHashSet();
        var answered = sel.Of<Position>().Where(p => shownDemands.Contains(p.Demand)).Select(p => p.Stance).ToHashSet();
        var qualifies = Stance.Qualifies.Label();
        return new ClaimsModel
        {
            Propositions = propositions,
            Others = [.. others.Select(c => ClaimLine(context, c, [], inColumns: false))],
            // Each status the page uses, defined once: "unverified: made, not confirmed nor answered".
            Statuses = [.. statuses.Select(c => c.Status).Concat(used).Distinct().Order().Select(s => new StatusDefinition(s.Label(), Uncapitalise(Legends.Trim(s.Describe()))))],
            Demands = demands,
            Qualifies = propositions.SelectMany(p => p.Sides).SelectMany(s => s.Entries).SelectMany(e => e.Lines).SelectMany(l => l.Answers).Any(a => a.Status == qualifies),
            AnswerStances = [.. Enum.GetValues<PositionStance>().Where(s => s != PositionStance.NotAnAnswer && answered.Contains(s)).Select(s => s.Label())],
            NotAnAnswer = answered.Contains(PositionStance.NotAnAnswer) ? PositionStance.NotAnAnswer.Label() : null,
        };
    }

    /// <summary>
    /// The facts a proposition lists on one side: each its own line, except one that qualifies a fact the side already
    /// shows (Biden's "very likely to take aggressive measures … less likely to go to war" under his belief, the same day,
    /// that Putin would invade), which goes beneath that fact's line as qualifying it, like a response that qualifies a
    /// claim. One whose qualified fact is not shown stands as a line of its own.
    /// </summary>
    private static List<(IFact Fact, ClaimLine Line)> Qualified(BriefingContext context, List<(IFact Fact, ClaimLine Line)> items, List<PropositionFact> bearing)
    {
        var cat = context.Catalog;
        var own = new List<(IFact Fact, ClaimLine Line)>();
        foreach (var f in bearing)
        {
            var fact = cat[f.Fact];
            var at = f.Qualifies is { } q ? items.FindIndex(i => i.Fact.Key == cat[q].Key) : -1;
            if (at < 0)
            {
                own.Add((fact, FactAnswer(context, fact)));
                continue;
            }

            var line = items[at].Line;
            items[at] = (items[at].Fact, line with { Answers = [.. line.Answers, WordsAnswer(context, fact, Stance.Qualifies)] });
        }

        return own;
    }

    /// <summary>A claim is shown when it is selected, or when a selected response answers it.</summary>
    private static HashSet<ClaimId> ClaimIds(FactSelection sel) =>
        sel.Of<Claim>().Select(c => c.Id).Concat(sel.Of<Response>().Select(r => r.Claim)).ToHashSet();

    private static Side Other(Side side) => side == Side.Affirms ? Side.Denies : Side.Affirms;

    /// <summary>
    /// One column's items, one entry per party (an official speaks for their state: Lavrov's and the Kremlin's words are
    /// Russia's), each under its party's heading with its words beneath by date ("Russia": Lavrov's denial, the denials
    /// reported by S3, S4 and S5, Putin's to Macron), not three denials side by side; the parties by their first item's
    /// date. A party of one line has its heading too: "The United States and its allies accuse …", reported ~3 Feb, once
    /// stood loose after the United States' 11 February line, out of date order to the eye.
    /// </summary>
    private static List<SideEntry> ByParty(BriefingContext context, List<(IFact Fact, ClaimLine Line)> items)
    {
        var views = context.Views;
        return [.. items
            .GroupBy(i => Wording.List([.. SpeakersOf(i.Fact).Select(views.PartyOf).Distinct().Select(a => Wording.ReaderName(context.Catalog[a].Name))]), StringComparer.Ordinal)
            .Select(g => g.OrderBy(i => views.WhenOf(i.Fact)?.On).ThenBy(i => i.Fact.Key, StringComparer.Ordinal).ToList())
            .OrderBy(g => views.WhenOf(g[0].Fact)?.On).ThenBy(g => g[0].Fact.Key, StringComparer.Ordinal)
            .Select(g => new SideEntry(Wording.List([.. SpeakersOf(g[0].Fact).Select(views.PartyOf).Distinct().Select(a => Wording.ReaderName(context.Catalog[a].Name))]) is { Length: > 0 } party ? party : null, [.. g.Select(i => i.Line)]))];
    }

    /// <summary>Who says a fact's words: a claim's claimants, an answer's responders, an assessment's assessors, a statement's speakers; an event's parties.</summary>
    private static IEnumerable<ActorId> SpeakersOf(IFact fact) => fact switch
    {
        Claim c => c.Claimants,
        Response r => r.Responders,
        Assessment a => a.Assessors,
        Statement s => s.Speakers,
        IPartiesFact { Parties.IsDefaultOrEmpty: false } p => p.Parties,
        _ => [],
    };

    /// <summary>
    /// The answers to a claim: the selected responses (words said in answer), then the facts it is answered by that are
    /// words too (a statement, an assessment, another claim), by date, each marked when it denies or disputes the claim.
    /// A claim of the same proposition is not an answer (its own column shows it), and a figure or an event is never shown
    /// as answering words: a count of troops does not dispute a denial of intent (a proposition lists such facts itself).
    /// </summary>
    private static List<(IFact Fact, ClaimLine Line, bool Contradicts)> Answers(BriefingContext context, Claim c, HashSet<ClaimId> sameProposition)
    {
        var views = context.Views;
        var responses = context.Selection.Of<Response>().Where(r => r.Claim == c.Id)
            .Select(r => (Fact: (IFact)r, Line: Line(context, r, r.Stance.Label(), views.Spoken(r.Responders, r.Text, r.Citations), r.Quote), Contradicts: r.Stance is Stance.Denies or Stance.Disputes));
        var words = views.AnswersOf(c)
            .Where(a => a.Fact is Statement or Assessment or Claim && !(a.Fact is Claim other && sameProposition.Contains(other.Id)))
            .Select(a => (a.Fact, Line: WordsAnswer(context, a.Fact, a.Stance), Contradicts: a.Stance is Stance.Denies or Stance.Disputes));
        return [.. responses.Concat(words)
            .OrderBy(a => views.WhenOf(a.Fact) is null ? 1 : 0).ThenBy(a => views.WhenOf(a.Fact)?.On).ThenBy(a => a.Fact.Key, StringComparer.Ordinal)];
    }

    /// <summary>
    /// A claim as one line, with its answers beneath: under a proposition, those that confirm or qualify it (those that
    /// deny or dispute it stand in the other column); a claim in no proposition has no columns, so all of them.
    /// </summary>
    private static ClaimLine ClaimLine(BriefingContext context, Claim c, HashSet<ClaimId> sameProposition, bool inColumns = true) =>
        Line(context, c, c.Status.Label(), context.Views.Spoken(c.Claimants, c.Text, c.Citations, c.ReportedBy), c.Quote,
            [.. Answers(context, c, sameProposition).Where(a => !(inColumns && a.Contradicts)).Select(a => a.Line)]);

    /// <summary>Any fact as a line of the page: its date (or when the sources report it, if it has none), its status or stance, its words, wording and notes.</summary>
    private static ClaimLine Line(BriefingContext context, IFact fact, string? status, string text, BilingualText? quote, IReadOnlyList<ClaimLine>? answers = null) =>
        new(fact.Key, context.Views.WhenText(fact), text, status, FactViewBuilder.QuoteOf(quote), context.Cite(fact), answers ?? []);

    /// <summary>Words that answer a claim without being said in answer to it (a statement, an assessment, a claim): who said what, with its date.</summary>
    private static ClaimLine WordsAnswer(BriefingContext context, IFact fact, Stance stance)
    {
        var views = context.Views;
        var (text, quote) = fact switch
        {
            Statement s => (views.Spoken(s.Speakers, s.Summary, s.Citations, s.ReportedBy), s.Quote),
            Assessment a => (views.Spoken(a.Assessors, a.Text, a.Citations, a.ReportedBy), a.Quote),
            Claim c => (views.Spoken(c.Claimants, c.Text, c.Citations, c.ReportedBy), c.Quote),
            _ => (views.LabelOf(fact), null),
        };
        return Line(context, fact, stance.Label(), text, quote);
    }

    /// <summary>A fact a proposition lists as bearing on it (a figure, an event, words not said about a claim): its label and date.</summary>
    private static ClaimLine FactAnswer(BriefingContext context, IFact fact) =>
        Line(context, fact, null, context.Views.LabelOf(fact), null);

    /// <summary>A demand, when the sources first and last report it, and the answers to it by date.</summary>
    private static DemandLineView DemandOf(BriefingContext context, Demand d)
    {
        var view = context.Views.DemandOf(d, withPositions: false);
        var answers = ByDate(context.Selection.Of<Position>().Where(p => p.Demand == d.Id), p => p.Date)
            .Select(p => new AnswerLine(context.Views.WhenText(p), context.Views.Spoken([p.Holder], p.Text, p.Citations), Agree(p.Stance.Label(), context.Views.ArePlural([p.Holder])), null, context.Cite(p)))
            .ToList();
        var span = DemandAnswers.SpanOf(context, d);
        string Reported(Dating date, IReadOnlyList<SourceId> sources) =>
            $"{FactViewBuilder.DateText(date)} ({string.Join(", ", sources.Select(context.Notes.LabelOf))})";
        // The reports' span only when the sources report the demand again later: "reported from ~6 Dec 2021 (S5) to 12–13 Feb 2022 (S2)".
        return span.FirstReport is { } f && span.LastReport is { } l && DemandAnswers.LastDay(l) > DemandAnswers.LastDay(f)
            ? new DemandLineView(view, Reported(f, span.FirstIn), Reported(l, span.LastIn), answers)
            : new DemandLineView(view, null, null, answers);
    }
}

/// <summary>The claims grouped by the propositions they dispute, the claims in none, and the demands with their answers.</summary>
public sealed class ClaimsModel : DocumentModel
{
    /// <summary>The disputed propositions with at least one claim shown, in the curators' order.</summary>
    public required IReadOnlyList<PropositionView> Propositions { get; init; }

    /// <summary>The claims shown that belong to no proposition, by date.</summary>
    public required IReadOnlyList<ClaimLine> Others { get; init; }

    /// <summary>The statuses the claims shown take, each with its meaning, for the one place the page defines them.</summary>
    public required IReadOnlyList<StatusDefinition> Statuses { get; init; }

    /// <summary>True when a line stands beneath another as qualifying it (a speaker's own hedge), for the intro to say what the mark means.</summary>
    public required bool Qualifies { get; init; }

    /// <summary>The stances of the demands' answers the page prints ("rejects", "offers talks, not agreement"), in the vocabulary's order.</summary>
    public required IReadOnlyList<string> AnswerStances { get; init; }

    /// <summary>The label of a position that is not an answer, when the page prints one; else null.</summary>
    public string? NotAnAnswer { get; init; }

    public required IReadOnlyList<DemandLineView> Demands { get; init; }
}
