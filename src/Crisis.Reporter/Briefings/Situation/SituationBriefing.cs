using Crisis.Model;
using Crisis.Reporter.Briefings.Shared;
using Crisis.Reporter.Briefings.Shared.Paging;
using Crisis.Reporter.Briefings.Timeline;
using Crisis.Reporter.Text;
using static Crisis.Reporter.Briefings.Shared.FactOrder;
using static Crisis.Reporter.Briefings.Shared.Wording;

namespace Crisis.Reporter.Briefings.Situation;

/// <summary>
/// The situation briefing: one page read in two minutes, in the order analysts read: the bottom line, the key
/// judgments with their reasoning and heaviest evidence, what Russia demands and the answers, the threat picture,
/// what changed in the last week, where sources disagree, indicators to watch, gaps and caveats. Each fact is shown
/// once and cited by its strongest citation. Its template is <c>situation.scriban</c> beside this file.
/// </summary>
public sealed class SituationBriefing() : Briefing<SituationModel>(
    "situation",
    "one page in the order analysts read: bottom line, key judgments, demands and answers, threat picture, what changed, where sources disagree, indicators, gaps and caveats",
    "Situation briefing: the Russia–Ukraine crisis")
{
    /// <summary>The days before the as-of date (inclusive) that "what changed" covers.</summary>
    public const int WindowDays = 7;

    /// <summary>
    /// How many supporting and opposing facts a judgment shows: the heaviest of each, and a second supporting one only
    /// when the analysts weigh it strong (its reasoning says the rest). Enough to weigh it, few enough to read.
    /// </summary>
    public const int EvidenceFor = 1;

    /// <inheritdoc cref="EvidenceFor"/>
    public const int EvidenceAgainst = 1;

    /// <summary>The most supporting facts a judgment shows when the ones after the first are weighed strong.</summary>
    public const int EvidenceForStrong = 2;

    /// <summary>How many of the week's assessments of what the force could do are shown: the one the analysts weigh most, else the curators' first.</summary>
    public const int AssessmentsShown = 1;

    /// <summary>How many answers to a disputed claim are shown (the latest).</summary>
    public const int AnswersShown = 1;

    /// <summary>The kinds of event that make up a force's posture: where it masses, exercises or deploys.</summary>
    private static readonly EventType[] PostureTypes = [EventType.BuildUp, EventType.Exercise, EventType.Deployment, EventType.Alert];

    /// <summary>The one-page situation briefing.</summary>
    protected override SituationModel Build(BriefingContext context)
    {
        context.OneNotePerFact = true;
        var sel = context.Selection;
        // The page's as-of date, as its header gives it; the week of "what changed" ends there.
        var asOf = sel.AsOf?.End ?? DateOnly.MinValue;
        // A window that ends earlier (--to) ends the week too: "what changed" is the last week the reader asked for.
        if (sel.Filter.To is { } to && to < asOf)
        {
            asOf = to;
        }

        var windowStart = asOf.AddDays(1 - WindowDays);
        var page = new PageFacts();
        // Sections are built in the order the page shows them, so that notes number down the page and each fact is
        // shown in the first section that has a place for it.
        var bluf = Bluf(context, page, windowStart, asOf);
        var judgments = Judgments(context, page);
        var courses = Courses(context);
        // The stances the demands' answers take, in the vocabulary's order: one column each.
        var stances = DemandAnswers.Stances(context);
        var demands = Demands(context, page, stances);
        var threat = Threat(context, page, judgments, windowStart, asOf);
        var (changes, minor) = Changes(context, page, windowStart, asOf);
        var figures = FigureDisagreements(context, page, windowStart);
        var claims = ClaimDisagreements(context, page, windowStart);
        var timeline = TimelinePlan.Of(sel);
        var (watch, watchMore) = Watch(context, judgments);
        if (judgments.Any(j => j.Likelihood is not null))
        {
            context.Uses(Scale.Likelihood);
        }

        if (judgments.Count > 0)
        {
            context.Uses(Scale.Confidence);
        }

        var demanders = sel.Of<Demand>().Select(d => context.Views.Parties([d.By], d.Citations)).Distinct(StringComparer.Ordinal).ToList();
        return new SituationModel
        {
            Bluf = bluf,
            Judgments = judgments,
            Courses = courses,
            Demands = demands,
            Stances = [.. stances.Select(x => new StanceColumn(x.ToKey(), Capitalise(x.Label())))],
            DemandsHeading = demanders.Count == 1 ? $"What {demanders[0]} demands, and the answers" : "Demands, and the answers",
            ChangesLink = timeline.LinkTo(new PartialDate(windowStart.Year, windowStart.Month, windowStart.Day)),
            Threat = threat,
            Window = DateDisplay.Range(new PartialDate(windowStart.Year, windowStart.Month, windowStart.Day), new PartialDate(asOf.Year, asOf.Month, asOf.Day)),
            Changes = changes,
            MinorChanges = minor,
            FigureDisagreements = figures,
            ClaimDisagreements = claims,
            Watch = watch,
            WatchMore = watchMore.Count,
            WatchMoreLink = watchMore.Count == 0 ? null : timeline.LinkTo(watchMore[0].Date!.On),
            WatchMoreWhere = watchMore.Count == 0 ? null : timeline.NameOf(watchMore[0].Date!.On),
            Caveats = Caveats(context),
            Shown = page.Ids,
        };
    }

    /// <summary>The analysts' judgments that rest on at least one selected fact, in the order they are written.</summary>
    private static IEnumerable<Judgment> ShownJudgments(BriefingContext context)
    {
        var selected = context.Selection.EvidenceSet;
        return context.Catalog.Judgments.OrderBy(j => j.DefinedOrder).ThenBy(j => j.Id.Value, StringComparer.Ordinal)
            .Where(j => Evidence.FactsOf(context, j.SupportedBy).Any(selected.Contains));
    }

    /// <summary>
    /// The bottom line: the analysts' forward-looking judgment (the first with a likelihood, else the first), and the
    /// event of the week that weighs most in their judgments: the one their evidence lists most and highest, by weight.
    /// </summary>
    private static BlufView? Bluf(BriefingContext context, PageFacts page, DateOnly from, DateOnly to)
    {
        var judgments = ShownJudgments(context).ToList();
        if (judgments.Count == 0)
        {
            return null;
        }

        var lead = judgments.FirstOrDefault(j => j.Likelihood is not null) ?? judgments[0];
        var selected = context.Selection.EvidenceSet;
        var weight = AnalystsWeights(context);

        var change = weight.Keys.OfType<Event>()
            .Where(e => selected.Contains(e) && e.Date is { } d && d.On.Start >= from && d.On.Start <= to && !context.Views.IsAhead(e))
            .OrderByDescending(e => weight[e]).ThenBy(e => e.Salience).ThenBy(e => e.Id.Value, StringComparer.Ordinal)
            .FirstOrDefault();
        return new BlufView
        {
            Assessment = lead.Text,
            Likelihood = lead.Likelihood is { } l ? Legends.LikelihoodWithBand(l) : null,
            Confidence = lead.Confidence.Label(),
            // The bottom line sums up the page: its change is told again where the page weighs it, so it is not marked shown.
            // Told as done (its past title), as every evidence line tells an event.
            KeyChange = change is null ? null : Evidence.ViewOf(context, change),
            CutOff = context.Selection.AsOf is { } cutOff ? DateDisplay.Format(cutOff) : "undated",
        };
    }

    /// <summary>
    /// How much the analysts' layer leans on each fact: the sum, over every judgment's and watch item's evidence lists, of
    /// its weight, less the further down the analysts' ranking it sits. The page chooses by it, never by date.
    /// </summary>
    private static Dictionary<IFact, decimal> AnalystsWeights(BriefingContext context)
    {
        var weight = new Dictionary<IFact, decimal>();
        var lists = ShownJudgments(context).SelectMany(j => new[] { j.SupportedBy, j.CutAgainst }).Concat(context.Catalog.WatchItems.Select(w => w.Evidence));
        foreach (var list in lists)
        {
            var ranked = Evidence.Heaviest(context, list);
            for (var i = 0; i < ranked.Count; i++)
            {
                weight[ranked[i].Fact] = weight.GetValueOrDefault(ranked[i].Fact) + (Evidence.Value(ranked[i].Weight) / (i + 1));
            }
        }

        return weight;
    }

    /// <summary>The analysts' judgments with their reasoning and the heaviest facts for and against not shown above.</summary>
    private static List<JudgmentView> Judgments(BriefingContext context, PageFacts page)
    {
        var result = new List<JudgmentView>();
        foreach (var j in ShownJudgments(context))
        {
            var number = result.Count + 1;
            var support = Evidence.Heaviest(context, j.SupportedBy);
            var against = Evidence.Heaviest(context, j.CutAgainst);
            var pickedFor = Pick(context, page, support, EvidenceFor, $"judgment {number}", EvidenceForStrong);
            var pickedAgainst = Pick(context, page, against, EvidenceAgainst, $"judgment {number}");
            result.Add(new JudgmentView
            {
                Number = number,
                Id = j.Id.Value,
                Text = j.Text,
                Likelihood = j.Likelihood is { } l ? Legends.LikelihoodWithBand(l) : null,
                Confidence = j.Confidence.Label(),
                Reasoning = j.Reasoning is { } r ? context.Notes.ReaderText(r) : null,
                ConfidenceReason = j.Reasoning is { } why ? ConfidenceReason(context.Notes.ReaderText(why)) : null,
                Support = pickedFor,
                MoreSupport = support.Count - pickedFor.Count,
                Against = pickedAgainst,
                MoreAgainst = against.Count - pickedAgainst.Count,
            });
        }

        return result;
    }

    /// <summary>
    /// The reasoning from its sentence "Confidence is …" on (the analysts' tests ask every judgment for one): why the
    /// confidence is what it is given the sourcing. The page prints only this: the whole reasoning of four judgments is
    /// some 800 words, two thirds of the page's budget; it stays in the view model and the JSON export. Null when the
    /// reasoning has no such sentence.
    /// </summary>
    internal static string? ConfidenceReason(string reasoning)
    {
        const string Start = "Confidence is ";
        if (reasoning.StartsWith(Start, StringComparison.Ordinal))
        {
            return reasoning;
        }

        var at = reasoning.IndexOf(" " + Start, StringComparison.Ordinal);
        return at < 0 ? null : reasoning[(at + 1)..];
    }

    /// <summary>
    /// The analysts' courses of action that rest on at least one selected fact, most likely before most dangerous,
    /// each citing every selected fact it rests on: a course goes beyond its facts (the page says it is the analysts'
    /// reading), so the reader must be able to check each one. Each note follows the clause of the course its fact
    /// supports (the curators' <c>clause</c>), heaviest first; a fact given no clause is cited after the whole course.
    /// The reasoning is in the data and the export.
    /// </summary>
    private static List<CourseView> Courses(BriefingContext context)
    {
        var selected = context.Selection.EvidenceSet;
        return [.. context.Catalog.CoursesOfAction
            .OrderBy(c => c.DefinedOrder).ThenBy(c => c.Type).ThenBy(c => c.Id.Value, StringComparer.Ordinal)
            .Select(c => (Course: c, Support: Evidence.FactsOf(context, c.SupportedBy)))
            .Where(x => x.Support.Any(selected.Contains))
            .OrderBy(x => x.Course.Type)
            .Select(x => new CourseView(
                Capitalise(x.Course.Type.Label()),
                context.Catalog[x.Course.Actor].Name,
                Clauses(context, x.Course, selected),
                x.Course.Confidence.Label()))];
    }

    /// <summary>
    /// A course's text cut after each clause its selected facts support, each part with the notes of those facts, the
    /// rest of the text last with the notes of the facts given no clause; a note is cited once, at its first place.
    /// </summary>
    private static List<CitedText> Clauses(BriefingContext context, CourseOfAction course, IReadOnlySet<IFact> selected)
    {
        var text = course.Text;
        var notesAt = new SortedDictionary<int, List<string>>();
        var cited = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in course.SupportedBy.Select((item, order) => (item, order)).OrderBy(x => Evidence.Rank(x.item.Weight)).ThenBy(x => x.order).Select(x => x.item))
        {
            var fact = context.Catalog[item.Fact];
            if (!selected.Contains(fact))
            {
                continue;
            }

            var at = item.Clause is { } clause && text.IndexOf(clause, StringComparison.Ordinal) is >= 0 and var start ? start + clause.Length : text.Length;
            var refs = context.Cite(fact).Where(cited.Add).ToList();
            if (refs.Count > 0)
            {
                (notesAt.TryGetValue(at, out var list) ? list : notesAt[at] = []).AddRange(refs);
            }
        }

        var parts = new List<CitedText>();
        var from = 0;
        foreach (var (at, refs) in notesAt)
        {
            parts.Add(new CitedText(context.Notes.ReaderText(text[from..at]), refs));
            from = at;
        }

        if (from < text.Length)
        {
            parts.Add(new CitedText(context.Notes.ReaderText(text[from..]), []));
        }

        return parts;
    }

    /// <summary>The heaviest <paramref name="count"/> selected facts of a ranked list not already shown on the page.</summary>
    private static List<EvidenceView> Pick(BriefingContext context, PageFacts page, IReadOnlyList<(IFact Fact, Weight? Weight)> ranked, int count, string where, int strongCount = 0)
    {
        var selected = context.Selection.EvidenceSet;
        var candidates = ranked.Where(x => selected.Contains(x.Fact) && !page.IsShown(x.Fact)).ToList();
        var picked = candidates.Take(count).Concat(candidates.Skip(count).TakeWhile(x => x.Weight == Weight.Strong).Take(Math.Max(0, strongCount - count)));
        return [.. picked.Select(x => page.Show(x.Fact, Evidence.ViewOf(context, x.Fact, x.Weight), where))];
    }

    /// <summary>
    /// Each demand (its main clause: the claims briefing gives it whole), with the parties that rejected it, accepted it
    /// or are open to talks: one row each, a column per stance, answers grouped by party (an official speaks for their
    /// state), each party with its first answer's date and note.
    /// </summary>
    private static List<DemandLine> Demands(BriefingContext context, PageFacts page, IReadOnlyList<PositionStance> stances)
    {
        var sel = context.Selection;
        var result = new List<DemandLine>();
        foreach (var d in ByDate(sel.Of<Demand>(), d => d.Date))
        {
            var view = context.Views.DemandOf(d, withPositions: false);
            page.Mark(d);
            var answers = stances
                .Select(stance => new AnswerGroup(
                    stance.ToKey(),
                    [.. DemandAnswers.ByParty(context, d, stance)
                        .Select(party => PartyView(context, page, party.Key, party.First()))]))
                .ToList();
            result.Add(new DemandLine(d.Id.Value, MainClause(view.Text), view.By, view.Of, view.Date, view.Refs, answers));
        }

        return result;
    }

    /// <summary>A party's answer to a demand: the party, who gave it when another than the party (Biden for the United States), its date and note.</summary>
    private static EvidenceView PartyView(BriefingContext context, PageFacts page, ActorId party, Position position)
    {
        page.Mark(position);
        var name = context.Views.Parties([party], position.Citations);
        var who = position.Holder == party ? null : context.Views.Parties([position.Holder], position.Citations);
        return new EvidenceView(position.Id.Value, name, who, null, ReportedDate.DateTextOf(context.Catalog, position), null, context.Cite(position));
    }

    /// <summary>
    /// The threat picture: the counts of the force near Ukraine (those not shown above, and a planned figure), the
    /// posture of the parties that build it up (their key and major build-ups, exercises and deployments under way; what
    /// is still ahead is an indicator), and what was reported in the week of what the force could do (assessments not
    /// shown above).
    /// </summary>
    private static ThreatView Threat(BriefingContext context, PageFacts page, List<JudgmentView> judgments, DateOnly from, DateOnly to)
    {
        var sel = context.Selection;
        var counts = ByDate(sel.Of<Estimate>().Where(e => e.Quantity == MeasuredQuantity.TroopsNearUkraine && e.Rank != Rank.Deprecated), e => e.AsOf).ToList();
        // The attributed counts tell the trend; a figure in an article's own voice is weighed under "where sources disagree".
        var attributed = counts.Where(e => e.Qualifier != Qualifier.Planned && e.Value is not null && context.Views.Named(e.Estimators).Count > 0).ToList();
        var latest = attributed.LastOrDefault();
        var latestIn = latest is not null && page.WhereShown(latest) is { } where ? where : null;
        // The latest count only (or where the page shows it): the series, every estimator's figure by date, is the
        // estimates page's, to which the template links; listing it here cost the page some 20 words.
        var force = latest is not null && latestIn is null ? [page.Show(latest, Evidence.ViewOf(context, latest))] : new List<EvidenceView>();
        // "Planned: 175,000 soldiers (US intelligence, …)": the heading says it is a plan, the figure is the number planned.
        var planned = counts.FirstOrDefault(e => e.Qualifier == Qualifier.Planned && e.Value is not null && !page.IsShown(e)) is { } p
            ? page.Show(p, Evidence.ViewOf(context, p) with { Label = Quantity(p.Value!.Value, p.Unit) })
            : null;

        // The parties that build up forces are the threat; their posture is what they mass, exercise and deploy, told
        // place by place (one line per axis: Belarus, the border, the Black Sea), each dated, else with the day it was reported.
        var threat = sel.Of<Event>().Where(e => e.Type == EventType.BuildUp).SelectMany(e => e.Participants).ToHashSet();
        var candidates = Chronological(sel.Of<Event>().Where(e =>
                PostureTypes.Contains(e.Type) && e.Salience != Salience.Minor && e.Participants.Any(threat.Contains) && !page.IsShown(e) && !context.Views.IsAhead(e)
                && (e.Date is null || (e.Date.On.Start >= from && e.Date.On.Start <= to)))).ToList();
        // The reading budget: the heaviest and latest activity; the rest is counted and linked to the timeline.
        var picked = ReadingBudget.Pick(candidates, ReadingBudget.ActivityShown, e => new ListWeight(ReadingBudget.Of(e.Salience), 0, e.Date is { } d ? to.DayNumber - d.On.Start.DayNumber : int.MaxValue));
        var events = picked.Items
            .Select(e =>
            {
                var view = context.Views.EventOf(e);
                page.Mark(e);
                return (Line: new ActivityView(view.Id, PlaceOf(context, e.Places), view.Title, e.Date is { } start ? FactViewBuilder.RunText(start, e.End) : ReportedDate.DateTextOf(context.Catalog, e), view.Refs), Places: (IReadOnlyList<PlaceId>)e.Places);
            });
        // Forces counted at a place in the week (six landing ships moved to the Black Sea) are posture too: what was
        // moved, then the count with its date ("6 ships, as of ~12 Feb 2022"), never a bare count before the words.
        var figures = ByDate(sel.Of<Estimate>().Where(e =>
                e.Place is { } && e.Value is { } && e.Quantity is MeasuredQuantity.ExerciseShips or MeasuredQuantity.ExerciseTroops
                && e.AsOf.On.End >= from && e.AsOf.On.Start <= to && !page.IsShown(e)), e => e.AsOf)
            .Select(e => (Line: page.Show(e, new ActivityView(e.Id.Value, PlaceOf(context, [e.Place!.Value]), context.Notes.ReaderText(e.Subject), $"{Quantity(e.Value!.Value, e.Unit)}, as of {FactViewBuilder.DateText(e.AsOf)}", context.Cite(e))), Places: (IReadOnlyList<PlaceId>)[e.Place!.Value]));
        var (activity, fronts) = ByFront(context, [.. events.Concat(figures)]);
        var weights = AnalystsWeights(context);
        // The judgments and the courses of action weigh their own evidence (a course says what the force could do, in the
        // analysts' words, citing the officials who said it); the threat picture adds what officials assessed that none weighs.
        var judged = ShownJudgments(context).SelectMany(j => Evidence.FactsOf(context, j.SupportedBy).Concat(Evidence.FactsOf(context, j.CutAgainst)))
            .Concat(context.Catalog.CoursesOfAction.SelectMany(c => Evidence.FactsOf(context, c.SupportedBy)))
            .ToHashSet();
        var assessed = sel.Of<Assessment>().Where(a => a.Topics.Contains(Topic.Military) && a.Date is { } d && d.On.End >= from && d.On.Start <= to && !page.IsShown(a) && !judged.Contains(a))
            .OrderByDescending(a => weights.GetValueOrDefault(a)).ThenBy(a => a.DefinedOrder)
            .Take(AssessmentsShown)
            .Select(a => page.Show(a, Evidence.ViewOf(context, a)))
            .ToList();
        return new ThreatView { Force = force, LatestIn = latestIn, Planned = planned, Activity = activity, ActivityMore = picked.LeftOut, Assessed = assessed, Fronts = fronts };
    }

    /// <summary>
    /// The posture lines by the front of a feared assault their place lies on (the place's <c>front</c> in the data),
    /// each headed by the front and the places on it that the lines or the assessment naming the fronts give ("South
    /// (Crimea, Black Sea)"), North, East, South, then lines of no front under their place; and that assessment, cited,
    /// when the selection has one (an assessment naming places on two fronts or more: S2's "three fronts, notably from
    /// Crimea and via Belarus in the north"), which the page words as a fear, never as a fact.
    /// </summary>
    private static (List<ActivityView> Lines, FrontsView? Fronts) ByFront(BriefingContext context, List<(ActivityView Line, IReadOnlyList<PlaceId> Places)> lines)
    {
        var cat = context.Catalog;
        Front? FrontOf(IEnumerable<PlaceId> places) => places.Select(p => cat[p].Front).FirstOrDefault();
        var framing = context.Selection.Of<Assessment>()
            .Where(a => !a.Places.IsDefaultOrEmpty && a.Places.Select(p => cat[p].Front).OfType<Front>().Distinct().Count() >= 2)
            .OrderBy(a => a.DefinedOrder).FirstOrDefault();
        var named = lines.SelectMany(l => l.Places.Take(1)).Concat(framing?.Places ?? []).ToHashSet();
        var onFront = cat.Places.Where(p => p.Front is not null && named.Contains(p.Id)).OrderBy(p => p.DefinedOrder).ToList();
        string HeadOf(Front front) => $"{front.Label()} ({string.Join(", ", onFront.Where(p => p.Front == front).Select(p => p.Name))})";
        var ordered = lines
            .Select(l => (l.Line, Front: FrontOf(l.Line.Where is null ? [] : l.Places)))
            .OrderBy(l => l.Front is { } f ? (int)f : int.MaxValue)
            .ThenBy(l => l.Front is null ? l.Line.Where : null, StringComparer.Ordinal)
            .Select(l => l.Front is { } f ? l.Line with { Where = HeadOf(f) } : l.Line)
            .ToList();
        var fronts = framing is null ? null : new FrontsView(Wording.CountWord(onFront.Select(p => p.Front).Distinct().Count()), context.Cite(framing));
        return (ordered, fronts);
    }

    /// <summary>The name of a fact's first place, which heads its line of the threat picture; null when it names none.</summary>
    private static string? PlaceOf(BriefingContext context, IEnumerable<PlaceId> places) =>
        places.Select(p => context.Catalog[p].Name).FirstOrDefault();

    /// <summary>The key events that took place in the window and are not shown above, day by day; the other events of the window not shown above are counted and left to the timeline.</summary>
    private static (List<EventGroup> Groups, int Minor) Changes(BriefingContext context, PageFacts page, DateOnly from, DateOnly to)
    {
        var inWindow = context.Selection.Of<Event>()
            .Where(e => e.Date is { } d && d.On.Start >= from && d.On.Start <= to && !context.Views.IsAhead(e))
            .ToList();
        // The reading budget: the key events nearest the as-of date, the rest counted with the minor ones.
        var key = ReadingBudget.Pick(
            [.. inWindow.Where(e => e.Salience == Salience.Key && !page.IsShown(e))],
            ReadingBudget.ChangesShown,
            e => new ListWeight(ReadingBudget.Of(e.Salience), 0, to.DayNumber - e.Date!.On.Start.DayNumber));
        var groups = key.Items
            .GroupBy(e => e.Date!.On.Start)
            .OrderBy(g => g.Key)
            .Select(g => new EventGroup(
                DateDisplay.Format(g.Key),
                g.OrderBy(e => e.Salience).ThenBy(e => e.Date!.On.IsApproximate).ThenBy(e => e.Id.Value, StringComparer.Ordinal)
                    .Select(e => page.Show(e, context.Views.EventOf(e))).ToList()))
            .ToList();
        return (groups, key.LeftOut + inWindow.Count(e => e.Salience != Salience.Key && !page.IsShown(e)));
    }

    /// <summary>
    /// Figures of the window for the same thing on the same date that differ: a real disagreement. Figures that rise
    /// from one date to the next are a trend, a planned figure is not a count, and figures in different units or of
    /// different scope ("including separatist forces") count different things, so none of these is listed here; older
    /// disagreements are on the estimates briefing.
    /// </summary>
    private static List<EstimateGroup> FigureDisagreements(BriefingContext context, PageFacts page, DateOnly from) =>
        context.Selection.Of<Estimate>()
            .Where(e => e.Qualifier != Qualifier.Planned && e.Rank != Rank.Deprecated && e.AsOf.On.End >= from)
            .GroupBy(e => (e.Quantity, Date: DateDisplay.Format(e.AsOf.On.Start), e.Unit, Scope: Scope(e)))
            .Where(g => g.Any(a => g.Any(b => Disjoint(Bounds(a), Bounds(b)))))
            .OrderBy(g => g.Min(e => e.AsOf.On)).ThenBy(g => g.Key.Quantity)
            .Select(g => new EstimateGroup(Legends.Trim(g.Key.Quantity.Describe()), g.Key.Date, ByDate(g, e => e.AsOf).Select(e => page.Show(e, context.Views.EstimateOf(e))).ToList()))
            .ToList();

    /// <summary>
    /// The values a figure allows: "more than 100,000" is 100,000 or more; a figure in words allows what its words
    /// say when they name an order of magnitude ("tens of thousands": 10,000 to 99,999), else anything.
    /// </summary>
    private static (decimal Low, decimal High) Bounds(Estimate e) => e.Value is not { } v
        ? WordBounds(e.StatedAs)
        : e.Qualifier switch
        {
            Qualifier.MoreThan => (v, decimal.MaxValue),
            Qualifier.UpTo => (0, v),
            Qualifier.About => (v * 0.9m, v * 1.1m),
            Qualifier.Range => (v, e.Upper ?? decimal.MaxValue),
            _ => (v, v),
        };

    private static (decimal Low, decimal High) WordBounds(string? words) => words switch
    {
        "tens of thousands" => (10_000, 99_999),
        "hundreds of thousands" => (100_000, 999_999),
        "thousands" => (1_000, 9_999),
        _ => (0, decimal.MaxValue),
    };

    private static bool Disjoint((decimal Low, decimal High) a, (decimal Low, decimal High) b) => a.High < b.Low || b.High < a.Low;

    /// <summary>
    /// Claims made in the window that another party denied or disputed, in words (a response) or by a fact the sources
    /// set against them (answered-by), and not shown above; beside each, its latest answer in words, else the first
    /// fact that answers it.
    /// </summary>
    private static List<ClaimView> ClaimDisagreements(BriefingContext context, PageFacts page, DateOnly from)
    {
        var sel = context.Selection;
        var answers = sel.Of<Response>().Where(r => r.Stance is Stance.Denies or Stance.Disputes).ToLookup(r => r.Claim);
        List<(IFact Fact, Stance Stance)> Against(Claim c) => [.. context.Views.AnswersOf(c).Where(a => a.Stance is Stance.Denies or Stance.Disputes)];
        // Only the disputes the analysts weigh (a claim in a judgment's, a course's or an indicator's evidence): the page
        // is read for the analysis, and every dispute is on the claims page.
        // A claim an indicator watches is the indicator's material (the Donbas "preconditions" under the pretext to
        // watch for): told there, not again here.
        var watched = context.Catalog.WatchItems.SelectMany(w => Evidence.FactsOf(context, w.Evidence)).ToHashSet();
        var weighed = context.Catalog.Judgments.SelectMany(j => Evidence.FactsOf(context, j.SupportedBy).Concat(Evidence.FactsOf(context, j.CutAgainst)))
            .Concat(context.Catalog.CoursesOfAction.SelectMany(c => Evidence.FactsOf(context, c.SupportedBy)))
            .ToHashSet();
        return sel.Of<Claim>()
            .Where(c => (answers[c.Id].Any() || Against(c).Count > 0) && !page.IsShown(c) && weighed.Contains(c) && !watched.Contains(c))
            .Where(c => c.Date is { } x && x.On.Start >= from)
            .OrderBy(c => c.Date is null ? 1 : 0).ThenBy(c => c.Date?.On).ThenBy(c => c.Id.Value, StringComparer.Ordinal)
            .Select(c =>
            {
                var view = page.Show(c, context.Views.ClaimOf(c, withResponses: false));
                List<ResponseView> responses = [.. answers[c.Id].OrderBy(r => r.Date is null ? 1 : 0).ThenByDescending(r => r.Date?.On).ThenBy(r => r.Id.Value, StringComparer.Ordinal)
                    .Take(AnswersShown).Select(r => page.Show(r, context.Views.ResponseOf(r)))];
                return view with
                {
                    Responses = responses,
                    AnsweredBy = responses.Count > 0 ? [] : [.. Against(c).Take(AnswersShown).Select(a => context.Views.AnswerOf(a.Fact, a.Stance))],
                };
            })
            .ToList();
    }

    /// <summary>
    /// The analysts' watch items as indicators, by due date: each is dated and cited by the events ahead that schedule
    /// it (in its evidence, or ahead on its due date with a party of its evidence), else by its first evidence; then the
    /// events still ahead that no item covers. An indicator points to facts; it does not show them again.
    /// </summary>
    private static (List<WatchView> Shown, IReadOnlyList<Event> LeftOut) Watch(BriefingContext context, List<JudgmentView> judgments)
    {
        var shown = judgments.ToDictionary(j => j.Id, j => j.Number, StringComparer.Ordinal);
        // Ahead of the page: events not yet happened when the newest source was written, dated on or after it.
        var newest = context.Chronology.NewestSource?.Start ?? DateOnly.MaxValue;
        var ahead = context.Selection.Of<Event>().Where(e => e.Date is { } d && d.On.End >= newest && context.Views.IsAhead(e)).ToList();
        var result = new List<(PartialDate Due, WatchView View)>();
        var covered = new HashSet<IFact>();
        foreach (var w in context.Catalog.WatchItems)
        {
            var evidence = Evidence.FactsOf(context, w.Evidence);
            var parties = evidence.SelectMany(f => f is IPartiesFact p ? p.Parties : []).ToHashSet();
            var dating = evidence.OfType<Event>().Where(ahead.Contains)
                .Concat(ahead.Where(e => e.Date!.On.Equals(w.Due.On) && e.Participants.Any(parties.Contains)))
                .Distinct().OrderBy(e => e.Date!.On).ThenBy(e => e.Id.Value, StringComparer.Ordinal).ToList();
            covered.UnionWith(evidence);
            covered.UnionWith(dating);
            var bears = w.BearsOn.Where(id => shown.ContainsKey(id.Value)).Select(id => shown[id.Value]).Order().ToList();
            var due = dating.Count == 0 ? FactViewBuilder.DateText(w.Due) : DateDisplay.Range(dating[0].Date!.On, dating[^1].Date!.On);
            // An indicator is footnoted with its heaviest evidence, listed first; the events ahead date it.
            IReadOnlyList<string> refs = evidence.Count == 0 ? [] : context.Cite(evidence[0]);
            result.Add((dating.Count > 0 ? dating[0].Date!.On : w.Due.On, new WatchView(
                due,
                w.Title,
                context.Notes.ReaderText(w.Why),
                context.Notes.ReaderText(w.WouldChange),
                bears.Count switch
                {
                    0 => null,
                    1 => $"judgment {bears[0]}",
                    _ => $"judgments {string.Join(", ", bears.SkipLast(1))} and {bears[^1]}",
                },
                refs)));
        }

        // The reading budget: the heaviest and nearest of the other events ahead; the rest are counted and linked.
        var others = ReadingBudget.Pick(
            [.. ahead.Where(e => !covered.Contains(e))],
            ReadingBudget.ScheduledEventsShown,
            e => new ListWeight(ReadingBudget.Of(e.Salience), 0, e.Date!.On.Start.DayNumber - newest.DayNumber));
        foreach (var e in others.Items)
        {
            var view = context.Views.EventOf(e);
            result.Add((e.Date!.On, new WatchView(view.Date, $"{e.Title} ({view.Ahead})", null, null, null, view.Refs)));
        }

        return ([.. result.OrderBy(x => x.Due.Start).ThenBy(x => x.View.Title, StringComparer.Ordinal).Select(x => x.View)],
            [.. others.Rest.OrderBy(e => e.Date!.On).ThenBy(e => e.Id.Value, StringComparer.Ordinal)]);
    }

    /// <summary>What the reader should bear in mind about the sourcing, in plain words, from the facts themselves.</summary>
    private static List<string> Caveats(BriefingContext context)
    {
        var sel = context.Selection;
        var sources = context.Catalog.Sources;
        var result = new List<string>();
        if (sources.Length == 0)
        {
            return result;
        }

        var languages = sources.Select(s => s.Language.Label()).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var translated = sources.Count(s => s.Original is not null);
        var all = sel.Evidence.Select(f => (Fact: f, Date: context.Chronology.DateOf(f), Citations: f is ICitedFact c ? c.Citations : [])).ToList();
        var those = sources.Length switch { 1 => "The source is a news article", 2 => "Both sources are news articles", _ => $"All {sources.Length} sources are news articles" };
        var translations = translated == sources.Length && sources.Length > 1 ? "all translations" : translated == 1 ? "1 of them a translation" : $"{translated} of them translations";
        result.Add($"{those} in {string.Join(" and ", languages)}"
            + (translated > 0 ? $", {translations} of other outlets: officials are quoted second-hand." : "."));
        var dated = all.Count(x => x.Date is not null);
        var inferred = all.Count(x => x.Date?.Basis == DateBasis.Inferred);
        var publicRecord = all.Any(x => x.Date?.Basis == DateBasis.PublicRecord);
        var marks = "\"~\" marks an approximate one" + (publicRecord ? $", \"{FactViewBuilder.PublicRecordMark}\" one from the public record, not the articles." : ".");
        if (dated > 0 && inferred > 0)
        {
            result.Add($"{OfAll(inferred, dated, "date")} {(inferred == 1 ? "is" : "are")} worked out; {marks}");
        }

        var (sentences, damaged, conflicting) = CitedSentences.Count(all.SelectMany(x => x.Citations));
        var conflicts = conflicting == 0 ? "" : $" and {conflicting} {(conflicting == 1 ? "conflicts" : "conflict")} with other facts";
        if (damaged > 0)
        {
            result.Add($"{OfAll(damaged, sentences, "cited sentence")} {(damaged == 1 ? "is" : "are")} garbled or truncated{conflicts}; see their notes.");
        }
        else if (conflicting > 0)
        {
            result.Add($"{OfAll(conflicting, sentences, "cited sentence")} {(conflicting == 1 ? "conflicts" : "conflict")} with other facts; see their notes.");
        }

        var single = all.Count(x => x.Citations.Select(c => c.Source).Distinct().Count() == 1);
        if (single > 0)
        {
            result.Add($"{OfAll(single, all.Count, "fact")} {(single == 1 ? "rests" : "rest")} on a single article.");
        }

        return result;
    }

    /// <summary>"3 of 5 facts", "All 5 facts", "1 of 5 facts".</summary>
    private static string OfAll(int part, int whole, string noun) =>
        part == whole && whole > 1 ? $"All {whole} {noun}s" : $"{part} of {Plural(whole, noun)}";

    /// <summary>
    /// The facts the page shows, each once: a section shows a fact only if no section above did, and remembers where it
    /// was shown so that a later section can point to it ("judgment 1"). Indicators cite facts without showing them.
    /// </summary>
    private sealed class PageFacts
    {
        private readonly Dictionary<IFact, string?> shown = [];
        private readonly List<string> ids = [];

        public IReadOnlyList<string> Ids => ids;

        public bool IsShown(IFact fact) => shown.ContainsKey(fact);

        public string? WhereShown(IFact fact) => shown.GetValueOrDefault(fact);

        public T Show<T>(IFact fact, T view, string? where = null)
        {
            Mark(fact, where);
            return view;
        }

        public void Mark(IFact fact, string? where = null)
        {
            if (shown.TryAdd(fact, where))
            {
                ids.Add(fact.Key);
            }
        }
    }
}

/// <summary>The one-page situation briefing, in the order analysts read.</summary>
public sealed class SituationModel : DocumentModel
{
    /// <summary>The bottom line, or null when no judgment rests on the facts shown.</summary>
    public BlufView? Bluf { get; init; }
    public required IReadOnlyList<JudgmentView> Judgments { get; init; }
    public required IReadOnlyList<DemandLine> Demands { get; init; }

    /// <summary>The stances the answers to the demands take, one column each of the demands table ("Rejects", "Offers talks, not agreement").</summary>
    public required IReadOnlyList<StanceColumn> Stances { get; init; }

    /// <summary>"What Russia demands, and the answers" (the demanding party named when there is one).</summary>
    public required string DemandsHeading { get; init; }
    public required ThreatView Threat { get; init; }

    /// <summary>Where the timeline shows the first day of "what changed" ("timeline.md#feb-2022", or a period page), for the links to the events left out.</summary>
    public required string ChangesLink { get; init; }

    /// <summary>The analysts' most likely and most dangerous courses of action.</summary>
    public required IReadOnlyList<CourseView> Courses { get; init; }

    /// <summary>The days "what changed" covers ("7 Feb 2022 – 13 Feb 2022").</summary>
    public required string Window { get; init; }
    public required IReadOnlyList<EventGroup> Changes { get; init; }
    public required int MinorChanges { get; init; }
    public required IReadOnlyList<EstimateGroup> FigureDisagreements { get; init; }
    public required IReadOnlyList<ClaimView> ClaimDisagreements { get; init; }
    public required IReadOnlyList<WatchView> Watch { get; init; }

    /// <summary>Events ahead the reading budget leaves out of the indicators, where the first of them is, and its name ("the timeline for the week of 14 Feb 2022").</summary>
    public required int WatchMore { get; init; }
    public string? WatchMoreLink { get; init; }
    public string? WatchMoreWhere { get; init; }
    public required IReadOnlyList<string> Caveats { get; init; }

    /// <summary>The ids of the facts the page shows, in the order it shows them; each once (a test checks it).</summary>
    public required IReadOnlyList<string> Shown { get; init; }
}
