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
        foreach (var p in cat.Propositions.OrderBy(p => p.DefinedOrder).ThenBy(p => p.Id.Value, StringComparer.Ordinal))
        {
            var members = p.Claims.Select(m => m.Claim).ToHashSet();
            var bearing = p.Facts.IsDefaultOrEmpty ? [] : p.Facts.Where(f => sel.Shows(cat[f.Fact])).ToList();
            var sides = new List<SideView>();
            foreach (var side in Enum.GetValues<Side>())
            {
                // A claim belongs to one proposition at most (the model tests check it); "placed" keeps each once regardless.
                var claims = ByDate(p.Claims.Where(m => m.Side == side && shown.Contains(m.Claim) && placed.Add(m.Claim)).Select(m => cat[m.Claim]), c => c.Date).ToList();
                statuses.AddRange(claims);
                var facts = bearing.Where(f => f.Side == side).Select(f => FactAnswer(context, cat[f.Fact])).ToList();
                if (claims.Count > 0 || facts.Count > 0)
                {
                    sides.Add(new SideView(Capitalise(side.Label()), [.. claims.Select(c => ClaimLine(context, c, members))], facts));
                }
            }

            if (sides.Count > 0)
            {
                propositions.Add(new PropositionView(p.Question, Anchors.Slug(p.Question), sides));
            }
        }

        var others = ByDate(cat.Claims.Where(c => shown.Contains(c.Id) && !placed.Contains(c.Id)), c => c.Date).ToList();
        statuses.AddRange(others);
        return new ClaimsModel
        {
            Propositions = propositions,
            Others = [.. others.Select(c => ClaimLine(context, c, []))],
            // Each status the page uses, defined once: "unverified: made, not confirmed nor answered".
            Statuses = [.. statuses.Select(c => c.Status).Distinct().Order().Select(s => new StatusDefinition(s.Label(), Uncapitalise(Legends.Trim(s.Describe()))))],
            Demands = [.. ByDate(sel.Of<Demand>(), d => d.Date).Select(d => DemandOf(context, d))],
        };
    }

    /// <summary>A claim is shown when it is selected, or when a selected response answers it.</summary>
    private static HashSet<ClaimId> ClaimIds(FactSelection sel) =>
        sel.Of<Claim>().Select(c => c.Id).Concat(sel.Of<Response>().Select(r => r.Claim)).ToHashSet();

    /// <summary>
    /// A claim as one line, with its answers beneath: the selected responses (words said in answer), then the facts it
    /// is answered by that are words too (a statement, an assessment, another claim), by date. A claim of the same
    /// proposition is not repeated as an answer (the other side shows it), and a figure or an event is never shown as
    /// answering words: a count of troops does not dispute a denial of intent (a proposition lists such facts itself).
    /// </summary>
    private static ClaimLine ClaimLine(BriefingContext context, Claim c, HashSet<ClaimId> sameProposition)
    {
        var views = context.Views;
        var responses = context.Selection.Of<Response>().Where(r => r.Claim == c.Id)
            .Select(r => (Fact: (IFact)r, r.Date, Line: new AnswerLine(FactViewBuilder.DateText(r.Date), views.Spoken(r.Responders, r.Text, r.Citations), r.Stance.Label(), FactViewBuilder.QuoteOf(r.Quote), context.Cite(r))));
        var words = views.AnswersOf(c)
            .Where(a => a.Fact is Statement or Assessment or Claim && !(a.Fact is Claim other && sameProposition.Contains(other.Id)))
            .Select(a => (a.Fact, Date: FactViewBuilder.OwnDate(a.Fact), Line: WordsAnswer(context, a.Fact, a.Stance)));
        var answers = responses.Concat(words)
            .OrderBy(a => a.Date is null ? 1 : 0).ThenBy(a => a.Date?.On).ThenBy(a => a.Fact.Key, StringComparer.Ordinal)
            .Select(a => a.Line).ToList();
        return new ClaimLine(
            c.Id.Value,
            FactViewBuilder.DateText(c.Date),
            views.Spoken(c.Claimants, c.Text, c.Citations, c.ReportedBy),
            c.Status.Label(),
            FactViewBuilder.QuoteOf(c.Quote),
            context.Cite(c),
            answers);
    }

    /// <summary>Words that answer a claim without being said in answer to it (a statement, an assessment, a claim): who said what, with its date.</summary>
    private static AnswerLine WordsAnswer(BriefingContext context, IFact fact, Stance stance)
    {
        var views = context.Views;
        var (text, quote) = fact switch
        {
            Statement s => (views.Spoken(s.Speakers, s.Summary, s.Citations, s.ReportedBy), FactViewBuilder.QuoteOf(s.Quote)),
            Assessment a => (views.Spoken(a.Assessors, a.Text, a.Citations, a.ReportedBy), FactViewBuilder.QuoteOf(a.Quote)),
            Claim c => (views.Spoken(c.Claimants, c.Text, c.Citations, c.ReportedBy), FactViewBuilder.QuoteOf(c.Quote)),
            _ => (views.LabelOf(fact), null),
        };
        return new AnswerLine(FactViewBuilder.DateText(FactViewBuilder.OwnDate(fact)), text, stance.Label(), quote, context.Cite(fact));
    }

    /// <summary>A fact a proposition lists as bearing on it (a figure, an event): its label and date.</summary>
    private static AnswerLine FactAnswer(BriefingContext context, IFact fact) =>
        new(FactViewBuilder.DateText(FactViewBuilder.OwnDate(fact)), context.Views.LabelOf(fact), null, null, context.Cite(fact));

    /// <summary>A demand, when the sources first and last report it, and the answers to it by date.</summary>
    private static DemandLineView DemandOf(BriefingContext context, Demand d)
    {
        var view = context.Views.DemandOf(d, withPositions: false);
        var answers = ByDate(context.Selection.Of<Position>().Where(p => p.Demand == d.Id), p => p.Date)
            .Select(p => new AnswerLine(FactViewBuilder.DateText(p.Date), context.Views.Spoken([p.Holder], p.Text, p.Citations), Agree(p.Stance.Label(), context.Views.ArePlural([p.Holder])), null, context.Cite(p)))
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
    public required IReadOnlyList<DemandLineView> Demands { get; init; }
}
