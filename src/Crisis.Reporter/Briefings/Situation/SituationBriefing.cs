using Crisis.Model;
using Crisis.Reporter.Briefings.Shared;
using Crisis.Reporter.Text;
using static Crisis.Reporter.Briefings.Shared.FactOrder;
using static Crisis.Reporter.Briefings.Shared.Wording;

namespace Crisis.Reporter.Briefings.Situation;

/// <summary>The situation briefing: one page in the order analysts read: bottom line, assessments, developments, forces, claims, measures, indicators, sources. Its template is <c>situation.scriban</c> beside this file.</summary>
public sealed class SituationBriefing() : Briefing<SituationModel>(
    "situation",
    "one page in the order analysts read: bottom line, assessments, developments, forces, claims, measures, indicators, sources",
    "Situation briefing: the Russia–Ukraine crisis")
{
    /// <summary>How many assessments and claims the one-page situation briefing shows.</summary>
    public const int Limit = 6;

    /// <summary>The one-page situation briefing.</summary>
    protected override SituationModel Build(BriefingContext context)
    {
        var sel = context.Selection;
        var cat = context.Catalog;
        var bluf = BottomLine(context);
        // One page: the latest assessments (those on the ICD 203 scale first) and claims; the rest are in
        // the actors and claims briefings, and the page says how many.
        var keyAssessments = ByDate(sel.Assessments, a => a.Date).ToList();
        var pickedAssessments = keyAssessments.Where(a => a.Likelihood is not null)
            .Concat(keyAssessments.Where(a => a.Likelihood is null).Reverse())
            .Take(Limit).ToHashSet();
        var assessments = keyAssessments.Where(pickedAssessments.Contains).Select(context.AssessmentOf).ToList();
        var developments = new List<EventGroup>();
        foreach (var (topic, heading) in new[] { (Topic.Military, "Military"), (Topic.Diplomatic, "Diplomatic"), (Topic.Economic, "Economic") })
        {
            var items = Chronological(sel.Events.Where(e => e.Date is not null && PrimaryTopic(e) == topic))
                .TakeLast(5).Select(context.EventOf).ToList();
            if (items.Count > 0)
            {
                developments.Add(new EventGroup(heading, items));
            }
        }

        var recent = Chronological(sel.Events.Where(e => e.Date is not null)).TakeLast(10).ToList();
        var shortTimeline = context.TimelineChart("Latest events", recent);
        var timelineEvents = recent.Select(context.EventOf).ToList();
        var forces = context.EstimateGroups(q => q is MeasuredQuantity.TroopsNearUkraine or MeasuredQuantity.TroopsDeployed or MeasuredQuantity.TroopsOnAlert);
        var allClaims = context.ClaimIds();
        var pickedClaims = ByDate(cat.Claims.Where(c => allClaims.Contains(c.Id) && c.Date is not null), c => c.Date).TakeLast(Limit).ToList();
        var claims = pickedClaims.Select(c => context.ClaimOf(c, withResponses: true)).ToList();
        var measures = OrderMeasures(sel.Measures).Select(context.MeasureOf).ToList();
        var watch = ActorsToWatch(context);
        var indicators = Indicators(context);
        var model = new SituationModel
        {
            BottomLine = bluf,
            Assessments = assessments,
            MoreAssessments = sel.Assessments.Length - assessments.Count,
            Developments = developments,
            ShortTimeline = shortTimeline,
            TimelineEvents = timelineEvents,
            Forces = forces,
            Claims = claims,
            MoreClaims = allClaims.Count - claims.Count,
            Measures = measures,
            ActorsToWatch = watch,
            Indicators = indicators,
            Gaps = Gaps(context),
            Caveats = Caveats(context),
        };
        return model;
    }

    private static List<CitedText> BottomLine(BriefingContext context)
    {
        var sel = context.Selection;
        var cat = context.Catalog;
        var notes = context.Notes;
        var result = new List<CitedText>();
        var dated = Chronological(sel.Events.Where(e => e.Date is not null)).ToList();
        if (dated.Count > 0)
        {
            var last = dated[^1];
            var span = dated.Count == 1
                ? $"1 dated event, on {DateDisplay.Format(last.Date!.On)}: {last.Title}."
                : $"{Plural(sel.Events.Length, "event")} recorded between {DateDisplay.Format(dated[0].Date!.On)} and {DateDisplay.Format(last.Date!.On)}; the latest: {last.Title} ({DateDisplay.Format(last.Date!.On)}).";
            result.Add(new CitedText(span, notes.Add(last.Citations)));
        }

        // Observed figures only: a planned figure or a deprecated one is not part of the range.
        // A figure given only in words has no number to compare: it is counted, never the low or the high end.
        var troops = sel.Estimates.Where(e => e.Quantity == MeasuredQuantity.TroopsNearUkraine && e.Rank != Rank.Deprecated && e.Qualifier != Qualifier.Planned).ToList();
        var numbered = troops.Where(e => e.Value is not null).ToList();
        if (numbered.Count > 0)
        {
            var low = numbered.OrderBy(e => e.Value).ThenBy(e => e.Id.Value, StringComparer.Ordinal).First();
            var high = numbered.OrderByDescending(e => e.Value).ThenBy(e => e.Id.Value, StringComparer.Ordinal).First();
            var estimators = troops.SelectMany(e => e.Estimators).Distinct().Count();
            var text = low == high
                ? $"One estimate of Russian troops near Ukraine: {Figure(low)} ({context.Parties(low.Estimators)}, as of {DateDisplay.Format(low.AsOf.On)})."
                : $"Estimates of Russian troops near Ukraine range from {Figure(low)} ({context.Parties(low.Estimators)}, as of {DateDisplay.Format(low.AsOf.On)}) to {Figure(high)} ({context.Parties(high.Estimators)}, as of {DateDisplay.Format(high.AsOf.On)}): {Plural(troops.Count, "figure")} from {Plural(estimators, "estimator")}, shown side by side below, not averaged.";
            var inWords = troops.Except(numbered).ToList();
            if (inWords.Count > 0)
            {
                text += $" Given only in words: {string.Join("; ", inWords.Select(e => $"{Figure(e)} ({context.Parties(e.Estimators)}, as of {DateDisplay.Format(e.AsOf.On)})"))}.";
            }

            result.Add(new CitedText(text, [.. notes.Add(low.Citations), .. notes.Add(high.Citations), .. inWords.SelectMany(e => notes.Add(e.Citations))]));
        }

        var claims = sel.Claims;
        var threatened = sel.Measures.Count(m => m.Type == MeasureType.Sanction && m.Stage is MeasureStage.Threatened or MeasureStage.Prepared);
        var imposed = sel.Measures.Count(m => m.Type == MeasureType.Sanction && m.Stage == MeasureStage.Imposed);
        if (claims.Length > 0 || sel.Measures.Length > 0)
        {
            var denied = claims.Count(c => c.Status == ClaimStatus.Denied);
            var disputed = claims.Count(c => c.Status == ClaimStatus.Disputed);
            result.Add(new CitedText(
                $"{Plural(claims.Length, "claim")} recorded, {denied} denied and {disputed} disputed by the party concerned; {Plural(threatened, "sanction measure")} threatened or prepared, {imposed} imposed.",
                []));
        }

        if (result.Count == 0)
        {
            result.Add(new CitedText("No facts match the filters.", []));
        }

        return result;
    }

    private static List<CitedText> Indicators(BriefingContext context)
    {
        var sel = context.Selection;
        var cat = context.Catalog;
        var notes = context.Notes;
        var result = new List<CitedText>();
        foreach (var m in OrderMeasures(sel.Measures.Where(m => m.Stage is MeasureStage.Threatened or MeasureStage.Prepared)))
        {
            var cond = m.Condition is { } c ? $" (trigger: {c})" : "";
            result.Add(new CitedText($"Whether the {Legends.Words(m.Stage.ToKey())} measure \"{m.Title}\" is carried out{cond}.", notes.Add(m.Citations)));
        }

        var open = sel.Claims.Where(c => c.Status is ClaimStatus.Unverified or ClaimStatus.Disputed).ToList();
        if (open.Count > 0)
        {
            var latest = ByDate(open.Where(c => c.Date is not null), c => c.Date).LastOrDefault() ?? open[0];
            result.Add(new CitedText(
                $"Whether any of the {Plural(open.Count, "unverified or disputed claim")} is confirmed or denied (all in the claims briefing); the latest: {context.Parties(latest.Claimants)}: {latest.Text}",
                notes.Add(latest.Citations)));
        }

        foreach (var d in ByDate(sel.Demands, d => d.Date))
        {
            var positions = sel.Positions.Where(p => p.Demand == d.Id).ToList();
            if (positions.All(p => p.Stance != PositionStance.Accepts))
            {
                var answered = positions.Count == 0 ? "no answer recorded" : string.Join(", ", positions.Select(p => $"{cat[p.Holder].Name} {p.Stance.ToKey()}"));
                result.Add(new CitedText($"Any movement on the demand by {cat[d.By].Name}: {d.Text} ({answered}).", notes.Add(d.Citations)));
            }
        }

        var asOf = sel.DatedFacts().Where(x => x.Date is not null).Select(x => x.Date!.On.End).DefaultIfEmpty().Max();
        foreach (var e in Chronological(sel.Events.Where(e => e.End is { } end && end.On.Start > asOf)))
        {
            result.Add(new CitedText($"{e.Title}: due to end {DateDisplay.Format(e.End!.On)}.", notes.Add(e.Citations)));
        }

        return result;
    }

    private static List<string> Gaps(BriefingContext context)
    {
        var sel = context.Selection;
        var result = new List<string>();
        var all = sel.DatedFacts().ToList();
        var undated = all.Where(x => x.Date is null).GroupBy(x => x.Fact.Kind).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => Plural(g.Count(), g.Key)).ToList();
        if (undated.Count > 0)
        {
            result.Add($"No date in the sources for {string.Join(", ", undated)} (shown as undated, not guessed).");
        }

        var inferred = all.Count(x => x.Date?.Basis == DateBasis.Inferred);
        var record = all.Count(x => x.Date?.Basis == DateBasis.PublicRecord);
        var approx = all.Count(x => x.Date?.On.IsApproximate == true);
        var coarse = all.Count(x => x.Date is { } d && d.On.Precision != DatePrecision.Day);
        if (inferred + record + approx + coarse > 0)
        {
            result.Add($"Of the dated facts, {inferred} have dates inferred from the article, {record} from the public record, {approx} approximate and {coarse} known only to the month or year.");
        }

        if (sel.Assessments.Length > 0)
        {
            var noTerm = sel.Assessments.Count(a => a.Likelihood is null);
            result.Add($"The sources give no analytic confidence for any of the {Plural(sel.Assessments.Length, "assessment")}; {noTerm} of them use words that do not map onto the ICD 203 likelihood scale.");
        }

        var single = all.Count(x => x.Fact.Citations.Select(c => c.Source).Distinct().Count() == 1);
        if (single > 0)
        {
            result.Add($"{single} of {all.Count} facts rest on a single source.");
        }

        var unranked = sel.Estimates.Count(e => e.Rank is null);
        if (unranked > 0)
        {
            result.Add($"{Plural(unranked, "estimate")} carry no rank among the figures for the same quantity.");
        }

        return result;
    }

    private static List<string> Caveats(BriefingContext context)
    {
        var sel = context.Selection;
        var cat = context.Catalog;
        var notes = context.Notes;
        var result = new List<string>();
        var sources = cat.Sources;
        if (sources.Length == 0)
        {
            return result;
        }

        var languages = sources.Select(s => s.Language).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        var grades = sources.GroupBy(s => s.Reliability).OrderBy(g => g.Key).Select(g => $"{g.Key.ToKey()} ({g.Count()})");
        result.Add($"{Plural(sources.Length, "source article")}, in {string.Join(", ", languages)}; reliability grades: {string.Join(", ", grades)}.");
        var translated = sources.Count(s => s.Original is not null);
        if (translated > 0)
        {
            result.Add($"{translated} of them appear to be translations or adaptations of other outlets' reporting: wording may differ from the original.");
        }

        var defects = sources.Sum(s => s.QualityNotes.IsDefault ? 0 : s.QualityNotes.Length);
        if (defects > 0)
        {
            result.Add($"{Plural(defects, "quality note")} on the sources (machine translation, truncation, boilerplate); repairs are recorded in the notes.");
        }

        var citations = sel.DatedFacts().SelectMany(x => x.Fact.Citations).ToList();
        var weak = citations.Count(c => c.Credibility >= 4);
        if (citations.Count > 0)
        {
            result.Add($"{weak} of {citations.Count} citations are graded doubtful or worse (credibility 4–6).");
        }

        return result;
    }

    private static List<WatchedActor> ActorsToWatch(BriefingContext context)
    {
        var sel = context.Selection;
        var cat = context.Catalog;
        var notes = context.Notes;
        var counts = new Dictionary<ActorId, List<(ICitedFact Fact, Dating? Date)>>();
        foreach (var x in sel.DatedFacts())
        {
            foreach (var a in sel.ActorsOf(x.Fact).Distinct())
            {
                if (!counts.TryGetValue(a, out var list))
                {
                    counts[a] = list = [];
                }

                list.Add(x);
            }
        }

        return counts
            .OrderByDescending(kv => kv.Value.Count)
            .ThenBy(kv => cat[kv.Key].Name, StringComparer.Ordinal)
            .Take(8)
            .Select(kv =>
            {
                var actor = cat[kv.Key];
                var latest = kv.Value.Where(x => x.Date is not null)
                    .OrderBy(x => x.Date!.On).ThenBy(x => x.Fact.Key, StringComparer.Ordinal).LastOrDefault();
                var latestText = latest.Fact is null ? "undated" : $"{DateDisplay.Format(latest.Date!.On)}: {context.LabelOf(latest.Fact)}";
                var refs = latest.Fact is null ? notes.Add(actor.Citations) : notes.Add(latest.Fact.Citations);
                return new WatchedActor(actor.Name, actor.Role ?? Capitalise(Legends.Words(actor.Type.ToKey())), kv.Value.Count, latestText, refs);
            })
            .ToList();
    }

    private static Topic? PrimaryTopic(Event e) =>
        e.Topics.IsDefaultOrEmpty ? null : e.Topics.Where(t => t is Topic.Military or Topic.Diplomatic or Topic.Economic).Cast<Topic?>().FirstOrDefault();
}

/// <summary>The one-page situation briefing, in the order analysts read.</summary>
public sealed class SituationModel : DocumentModel
{
    public required IReadOnlyList<CitedText> BottomLine { get; init; }
    public required IReadOnlyList<AssessmentView> Assessments { get; init; }
    public required int MoreAssessments { get; init; }
    public required IReadOnlyList<EventGroup> Developments { get; init; }
    public required MermaidTimeline ShortTimeline { get; init; }
    public required IReadOnlyList<EventView> TimelineEvents { get; init; }
    public required IReadOnlyList<EstimateGroup> Forces { get; init; }
    public required IReadOnlyList<ClaimView> Claims { get; init; }
    public required int MoreClaims { get; init; }
    public required IReadOnlyList<MeasureView> Measures { get; init; }
    public required IReadOnlyList<WatchedActor> ActorsToWatch { get; init; }
    public required IReadOnlyList<CitedText> Indicators { get; init; }
    public required IReadOnlyList<string> Gaps { get; init; }
    public required IReadOnlyList<string> Caveats { get; init; }
}
