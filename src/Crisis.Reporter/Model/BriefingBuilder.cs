using System.Collections.Immutable;
using System.Globalization;
using Crisis.Model;
using Crisis.Reporter.Text;

namespace Crisis.Reporter.Model;

/// <summary>
/// Builds each briefing's view model from a filtered catalog. Sections are built in the order the shipped
/// template shows them, so that notes are numbered in reading order.
/// </summary>
public sealed class BriefingBuilder
{
    /// <summary>How many assessments and claims the one-page situation briefing shows.</summary>
    public const int SituationLimit = 6;

    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;
    private readonly FactSelection sel;
    private readonly FactCatalog cat;
    private NoteRegistry notes;

    /// <summary>Prepares a builder for the facts <paramref name="filter"/> selects from <paramref name="catalog"/>.</summary>
    public BriefingBuilder(FactCatalog catalog, BriefingFilter filter)
    {
        cat = catalog;
        sel = new FactSelection(catalog, filter);
        notes = new NoteRegistry(catalog);
    }

    /// <summary>The selection the builder works on.</summary>
    public FactSelection Selection => sel;

    /// <summary>Builds the model of a briefing by name (see <see cref="Briefings"/>).</summary>
    public DocumentModel Build(string briefing) => briefing switch
    {
        "situation" => Situation(),
        "timeline" => Timeline(),
        "actors" => Actors(),
        "claims" => Claims(),
        "estimates" => Estimates(),
        "measures" => Measures(),
        "sources" => Sources(),
        _ => throw new ReporterException(ExitCodes.Usage, $"unknown briefing '{briefing}'. Valid briefings: {string.Join(", ", Briefings.Names)}."),
    };

    // ---------------------------------------------------------------- briefings

    /// <summary>The one-page situation briefing.</summary>
    public SituationModel Situation()
    {
        notes = new NoteRegistry(cat);
        var bluf = BottomLine();
        // One page: the latest assessments (those on the ICD 203 scale first) and claims; the rest are in
        // the actors and claims briefings, and the page says how many.
        var keyAssessments = ByDate(sel.Assessments, a => a.Date).ToList();
        var pickedAssessments = keyAssessments.Where(a => a.Likelihood is not null)
            .Concat(keyAssessments.Where(a => a.Likelihood is null).Reverse())
            .Take(SituationLimit).ToHashSet();
        var assessments = keyAssessments.Where(pickedAssessments.Contains).Select(AssessmentOf).ToList();
        var developments = new List<EventGroup>();
        foreach (var (topic, heading) in new[] { (Topic.Military, "Military"), (Topic.Diplomatic, "Diplomatic"), (Topic.Economic, "Economic") })
        {
            var items = Chronological(sel.Events.Where(e => e.Date is not null && PrimaryTopic(e) == topic))
                .TakeLast(5).Select(EventOf).ToList();
            if (items.Count > 0)
            {
                developments.Add(new EventGroup(heading, items));
            }
        }

        var recent = Chronological(sel.Events.Where(e => e.Date is not null)).TakeLast(10).ToList();
        var shortTimeline = TimelineChart("Latest events", recent);
        var timelineEvents = recent.Select(EventOf).ToList();
        var forces = EstimateGroups(q => q is MeasuredQuantity.TroopsNearUkraine or MeasuredQuantity.TroopsDeployed or MeasuredQuantity.TroopsOnAlert);
        var allClaims = ClaimIds();
        var pickedClaims = ByDate(cat.Claims.Where(c => allClaims.Contains(c.Id) && c.Date is not null), c => c.Date).TakeLast(SituationLimit).ToList();
        var claims = pickedClaims.Select(c => ClaimOf(c, withResponses: true)).ToList();
        var measures = OrderMeasures(sel.Measures).Select(MeasureOf).ToList();
        var watch = ActorsToWatch();
        var indicators = Indicators();
        var model = new SituationModel
        {
            Briefing = "situation",
            Title = "Situation briefing: the Russia–Ukraine crisis",
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
            Gaps = Gaps(),
            Caveats = Caveats(),
        };
        return Finish(model);
    }

    /// <summary>Every event in order.</summary>
    public TimelineModel Timeline()
    {
        notes = new NoteRegistry(cat);
        var dated = Chronological(sel.Events.Where(e => e.Date is not null)).ToList();
        var chart = TimelineChart("Events", dated);
        var months = dated.GroupBy(e => DateDisplay.MonthOf(e.Date!.On)).Select(g => new EventGroup(g.Key, g.Select(EventOf).ToList())).ToList();
        var undated = sel.Events.Where(e => e.Date is null).Select(EventOf).ToList();
        return Finish(new TimelineModel
        {
            Briefing = "timeline",
            Title = "Timeline of the Russia–Ukraine crisis",
            Chart = chart,
            Months = months,
            Undated = undated,
        });
    }

    /// <summary>A dossier per actor (sections in the template's order, so notes number in reading order).</summary>
    public ActorsModel Actors()
    {
        notes = new NoteRegistry(cat);
        var actors = sel.Filter.Actors.Count > 0
            ? cat.Actors.Where(a => sel.Filter.Actors.Contains(a.Id.Value, StringComparer.Ordinal))
            : cat.Actors.AsEnumerable();
        var dossiers = new List<ActorDossier>();
        foreach (var a in actors.OrderBy(a => a.Name, StringComparer.Ordinal).ThenBy(a => a.Id.Value, StringComparer.Ordinal))
        {
            var id = a.Id;
            var refs = notes.Add(a.Citations);
            dossiers.Add(new ActorDossier
            {
                Id = id.Value,
                Name = a.Name,
                Type = Legends.Words(a.Type.ToKey()),
                Role = a.Role,
                Affiliation = a.Affiliation is { } af ? cat[af].Name : null,
                Aliases = a.Aliases.IsDefaultOrEmpty ? null : string.Join(", ", a.Aliases),
                Description = a.Description,
                Refs = refs,
                Statements = ByDate(sel.Statements.Where(s => s.Speaker == id), s => s.Date).Select(StatementOf).ToList(),
                Assessments = ByDate(sel.Assessments.Where(x => x.Assessor == id), x => x.Date).Select(AssessmentOf).ToList(),
                Claims = ByDate(sel.Claims.Where(c => c.Claimant == id), c => c.Date).Select(c => ClaimOf(c, withResponses: false)).ToList(),
                Responses = ByDate(sel.Responses.Where(r => r.Responder == id), r => r.Date).Select(ResponseOf).ToList(),
                Demands = ByDate(sel.Demands.Where(d => d.By == id), d => d.Date).Select(d => DemandOf(d, withPositions: false)).ToList(),
                Positions = ByDate(sel.Positions.Where(p => p.Holder == id), p => p.Date).Select(PositionOf).ToList(),
                Estimates = ByDate(sel.Estimates.Where(e => e.Estimator == id), e => e.AsOf).Select(EstimateOf).ToList(),
                Measures = OrderMeasures(sel.Measures.Where(m => m.By.Contains(id))).Select(MeasureOf).ToList(),
                Events = Chronological(sel.Events.Where(e => e.Participants.Contains(id))).Select(EventOf).ToList(),
            });
        }

        return Finish(new ActorsModel
        {
            Briefing = "actors",
            Title = "Actors in the Russia–Ukraine crisis",
            Actors = dossiers,
        });
    }

    /// <summary>Claims and responses; demands and positions.</summary>
    public ClaimsModel Claims()
    {
        notes = new NoteRegistry(cat);
        var claims = ClaimViews();
        var demands = ByDate(sel.Demands, d => d.Date).Select(d => DemandOf(d, withPositions: true)).ToList();
        return Finish(new ClaimsModel
        {
            Briefing = "claims",
            Title = "Claims and counter-claims in the Russia–Ukraine crisis",
            Claims = claims,
            Demands = demands,
        });
    }

    /// <summary>All figures by quantity, with a chart of the troops massed near Ukraine.</summary>
    public EstimatesModel Estimates()
    {
        notes = new NoteRegistry(cat);
        var troops = ByDate(sel.Estimates.Where(e => e.Quantity == MeasuredQuantity.TroopsNearUkraine), e => e.AsOf).ToList();
        // A figure stated only as an order of magnitude ("tens of thousands") has no value to draw: it is listed under
        // the chart, not drawn as a bar of invented precision.
        var charted = troops.Where(e => e.Qualifier != Qualifier.TensOfThousands).ToList();
        BarChart? chart = null;
        if (charted.Count > 0)
        {
            var max = charted.Max(e => e.Value);
            var yMax = Math.Ceiling(max * 1.1m / 25000m) * 25000m;
            string Entry(Estimate e) => $"{DateDisplay.Format(e.AsOf.On)}: {Figure(e)}, {cat[e.Estimator].Name}{(e.Rank == Rank.Deprecated ? " (deprecated)" : "")}";
            var legend = charted.Select((e, i) => $"({i + 1}) {Entry(e)}")
                .Concat(troops.Except(charted).Select(e => $"Not drawn, no number given: {Entry(e)}"))
                .ToList();
            chart = new BarChart(
                "Russian troops near Ukraine, by estimate date",
                charted.Select(e => e.Unit).Distinct(StringComparer.Ordinal).Count() == 1 ? Capitalise(charted[0].Unit) : "Figure",
                yMax.ToString("0", Inv),
                charted.Select((e, i) => $"({i + 1}) {DateDisplay.Format(e.AsOf.On)}").ToList(),
                charted.Select(e => e.Value.ToString("0.##", Inv)).ToList(),
                legend);
        }

        var groups = EstimateGroups(_ => true);
        return Finish(new EstimatesModel
        {
            Briefing = "estimates",
            Title = "Estimates and figures in the Russia–Ukraine crisis",
            TroopChart = chart,
            Groups = groups,
        });
    }

    /// <summary>Measures by type, then stage.</summary>
    public MeasuresModel Measures()
    {
        notes = new NoteRegistry(cat);
        var groups = new List<MeasureGroup>();
        foreach (var type in Enum.GetValues<MeasureType>())
        {
            var items = OrderMeasures(sel.Measures.Where(m => m.Type == type)).Select(MeasureOf).ToList();
            if (items.Count > 0)
            {
                groups.Add(new MeasureGroup(Capitalise(Legends.Words(type.ToKey())), Legends.Trim(type.Describe()), items));
            }
        }

        return Finish(new MeasuresModel
        {
            Briefing = "measures",
            Title = "Measures: sanctions, aid and deployments in the Russia–Ukraine crisis",
            Groups = groups,
        });
    }

    /// <summary>Each article with its grade and the selected facts resting on it.</summary>
    public SourcesModel Sources()
    {
        notes = new NoteRegistry(cat);
        var selected = sel.DatedFacts().Select(x => x.Fact)
            .Concat(cat.Actors).Concat(cat.Places.OfType<ICitedFact>())
            .OrderBy(f => f.Kind, StringComparer.Ordinal).ThenBy(f => f.Key, StringComparer.Ordinal).ToList();
        var articles = new List<SourceView>();
        foreach (var s in cat.Sources)
        {
            var facts = new List<SourceFact>();
            foreach (var f in selected)
            {
                var here = f.Citations.Where(c => c.Source == s.Id).ToImmutableArray();
                if (here.Length > 0)
                {
                    facts.Add(new SourceFact(f.Kind, f.Key, LabelOf(f), string.Join("; ", here.Select(c => c.Locator)), notes.Add(here)));
                }
            }

            articles.Add(SourceOf(s, facts));
        }

        return Finish(new SourcesModel
        {
            Briefing = "sources",
            Title = "Sources of the Russia–Ukraine crisis fact base",
            Articles = articles,
        });
    }

    // ---------------------------------------------------------------- header and footer

    /// <summary>Fills what every briefing's header and footer share: dates, counts, filters, notes, sources, legends.</summary>
    private T Finish<T>(T model)
        where T : DocumentModel
    {
        model.Filters = sel.Filter.Describe(cat);
        model.LikelihoodLegend = LikelihoodLegend();
        model.ReliabilityLegend = ReliabilityLegend();
        model.CredibilityLegend = CredibilityLegend();
        var dates = sel.DatedFacts().Where(x => x.Date is not null).Select(x => x.Date!.On).ToList();
        if (dates.Count > 0)
        {
            var first = dates.Min();
            var last = dates.Max();
            model.AsOf = DateDisplay.Format(last);
            model.Coverage = DateDisplay.Range(first, last);
        }
        else
        {
            model.AsOf = "undated";
            model.Coverage = "no dated facts";
        }

        var factCount = sel.DatedFacts().Count();
        var sourceCount = sel.DatedFacts().SelectMany(x => x.Fact.Citations).Select(c => c.Source.Value).Distinct(StringComparer.Ordinal).Count();
        model.BasedOn = $"{Plural(factCount, "fact")} from {Plural(sourceCount, "source")}, {Plural(cat.Actors.Length, "actor")} and {Plural(cat.Places.Length, "place")}";
        var published = cat.Sources.Where(s => s.Published is not null).Select(s => s.Published!.On).ToList();
        model.Published = published.Count == 0 ? null : DateDisplay.Range(published.Min(), published.Max());
        model.Notes = notes.Notes;
        model.Sources = cat.Sources.Where(s => notes.IsCited(s.Id)).Select(s => SourceOf(s, [])).ToList();
        return model;
    }

    private SourceView SourceOf(Source s, IReadOnlyList<SourceFact> facts) => new()
    {
        Label = notes.LabelOf(s.Id),
        Id = s.Id.Value,
        File = s.File,
        Title = s.Title.Original,
        TitleEnglish = s.Title.English,
        Outlet = s.Outlet ?? "outlet not stated",
        Original = s.Original,
        Credits = s.Credits.IsDefaultOrEmpty ? "none" : string.Join("; ", s.Credits),
        Language = s.Language,
        Published = s.Published is { } p ? DateDisplay.Format(p.On) : "date not known",
        Grade = s.Reliability.ToKey(),
        GradeMeaning = Legends.Trim(s.Reliability.Describe()),
        GradeReason = s.ReliabilityReason,
        QualityNotes = s.QualityNotes.IsDefault ? [] : s.QualityNotes,
        Facts = facts,
    };

    private static List<LegendEntry> LikelihoodLegend() =>
        Enum.GetValues<Likelihood>().Select(l => new LegendEntry(Legends.Words(l.ToKey()), Legends.Trim(l.Describe()))).ToList();

    private static List<LegendEntry> ReliabilityLegend() =>
        Enum.GetValues<Reliability>().Select(r => new LegendEntry(r.ToKey(), Legends.Trim(r.Describe()))).ToList();

    private static List<LegendEntry> CredibilityLegend() =>
        Enumerable.Range(1, 6).Select(i => new LegendEntry(i.ToString(Inv), Legends.Credibility(i))).ToList();

    // ---------------------------------------------------------------- situation sections

    private List<CitedText> BottomLine()
    {
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
        var troops = sel.Estimates.Where(e => e.Quantity == MeasuredQuantity.TroopsNearUkraine && e.Rank != Rank.Deprecated && e.Qualifier != Qualifier.Planned).ToList();
        if (troops.Count > 0)
        {
            var low = troops.OrderBy(e => e.Value).ThenBy(e => e.Id.Value, StringComparer.Ordinal).First();
            var high = troops.OrderByDescending(e => e.Value).ThenBy(e => e.Id.Value, StringComparer.Ordinal).First();
            var estimators = troops.Select(e => e.Estimator).Distinct().Count();
            var text = low == high
                ? $"One estimate of Russian troops near Ukraine: {Figure(low)} ({cat[low.Estimator].Name}, as of {DateDisplay.Format(low.AsOf.On)})."
                : $"Estimates of Russian troops near Ukraine range from {Figure(low)} ({cat[low.Estimator].Name}, as of {DateDisplay.Format(low.AsOf.On)}) to {Figure(high)} ({cat[high.Estimator].Name}, as of {DateDisplay.Format(high.AsOf.On)}): {Plural(troops.Count, "figure")} from {Plural(estimators, "estimator")}, shown side by side below, not averaged.";
            result.Add(new CitedText(text, [.. notes.Add(low.Citations), .. notes.Add(high.Citations)]));
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

    private List<CitedText> Indicators()
    {
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
                $"Whether any of the {Plural(open.Count, "unverified or disputed claim")} is confirmed or denied (all in the claims briefing); the latest: {cat[latest.Claimant].Name}: {latest.Text}",
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

    private List<string> Gaps()
    {
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

    private List<string> Caveats()
    {
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

    private List<WatchedActor> ActorsToWatch()
    {
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
                var latestText = latest.Fact is null ? "undated" : $"{DateDisplay.Format(latest.Date!.On)}: {LabelOf(latest.Fact)}";
                var refs = latest.Fact is null ? notes.Add(actor.Citations) : notes.Add(latest.Fact.Citations);
                return new WatchedActor(actor.Name, actor.Role ?? Capitalise(Legends.Words(actor.Type.ToKey())), kv.Value.Count, latestText, refs);
            })
            .ToList();
    }

    // ---------------------------------------------------------------- fact views

    private EventView EventOf(Event e) => new()
    {
        Id = e.Id.Value,
        Date = DateDisplay.Format(e.Date?.On),
        DateBasis = e.Date is { } d ? Legends.Words(d.Basis.ToKey()) : "—",
        End = e.End is { } end ? DateDisplay.Format(end.On) : null,
        Title = e.Title,
        Type = Legends.Words(e.Type.ToKey()),
        Participants = Names(e.Participants),
        Places = e.Places.IsDefaultOrEmpty ? "—" : string.Join(", ", e.Places.Select(p => cat[p].Name)),
        Topics = e.Topics.IsDefaultOrEmpty ? "—" : string.Join(", ", e.Topics.Select(t => t.ToKey())),
        Summary = e.Summary,
        Notes = e.Notes,
        Refs = notes.Add(e.Citations),
    };

    private StatementView StatementOf(Statement s) => new()
    {
        Id = s.Id.Value,
        Speaker = cat[s.Speaker].Name,
        Date = DateDisplay.Format(s.Date?.On),
        Summary = s.Summary,
        Quote = QuoteOf(s.Quote),
        Event = s.Event is { } ev ? cat[ev].Title : null,
        Notes = s.Notes,
        Refs = notes.Add(s.Citations),
    };

    private EstimateView EstimateOf(Estimate e) => new()
    {
        Id = e.Id.Value,
        Subject = e.Subject,
        Figure = Figure(e),
        Estimator = cat[e.Estimator].Name,
        AsOf = DateDisplay.Format(e.AsOf.On),
        AsOfBasis = Legends.Words(e.AsOf.Basis.ToKey()),
        Place = e.Place is { } p ? cat[p].Name : "—",
        Rank = e.Rank is { } r ? r.ToKey() : "—",
        IsDeprecated = e.Rank == Rank.Deprecated,
        Notes = e.Notes,
        Refs = notes.Add(e.Citations),
    };

    private ClaimView ClaimOf(Claim c, bool withResponses)
    {
        var refs = notes.Add(c.Citations);
        var responses = withResponses
            ? ByDate(sel.Responses.Where(r => r.Claim == c.Id), r => r.Date).Select(ResponseOf).ToList()
            : [];
        return new ClaimView
        {
            Id = c.Id.Value,
            Claimant = cat[c.Claimant].Name,
            Date = DateDisplay.Format(c.Date?.On),
            Text = c.Text,
            Quote = QuoteOf(c.Quote),
            Status = c.Status.ToKey(),
            StatusMeaning = Legends.Trim(c.Status.Describe()),
            Notes = c.Notes,
            Refs = refs,
            Responses = responses,
        };
    }

    private List<ClaimView> ClaimViews()
    {
        var ids = ClaimIds();
        return ByDate(cat.Claims.Where(c => ids.Contains(c.Id)), c => c.Date).Select(c => ClaimOf(c, withResponses: true)).ToList();
    }

    /// <summary>A claim is shown when it is selected, or when a selected response answers it.</summary>
    private HashSet<ClaimId> ClaimIds() =>
        sel.Claims.Select(c => c.Id).Concat(sel.Responses.Select(r => r.Claim)).Distinct().ToHashSet();

    private ResponseView ResponseOf(Response r) => new()
    {
        Id = r.Id.Value,
        Responder = cat[r.Responder].Name,
        Stance = r.Stance.ToKey(),
        Date = DateDisplay.Format(r.Date?.On),
        Text = r.Text,
        ClaimText = cat[r.Claim].Text,
        Quote = QuoteOf(r.Quote),
        Notes = r.Notes,
        Refs = notes.Add(r.Citations),
    };

    private DemandView DemandOf(Demand d, bool withPositions)
    {
        var refs = notes.Add(d.Citations);
        var positions = withPositions
            ? ByDate(sel.Positions.Where(p => p.Demand == d.Id), p => p.Date).Select(PositionOf).ToList()
            : [];
        return new DemandView
        {
            Id = d.Id.Value,
            By = cat[d.By].Name,
            Of = Names(d.Of),
            Date = DateDisplay.Format(d.Date?.On),
            Text = d.Text,
            Quote = QuoteOf(d.Quote),
            Notes = d.Notes,
            Refs = refs,
            Positions = positions,
        };
    }

    private PositionView PositionOf(Position p) => new()
    {
        Id = p.Id.Value,
        Holder = cat[p.Holder].Name,
        Stance = p.Stance.ToKey(),
        Date = DateDisplay.Format(p.Date?.On),
        Text = p.Text,
        DemandText = cat[p.Demand].Text,
        Notes = p.Notes,
        Refs = notes.Add(p.Citations),
    };

    private MeasureView MeasureOf(Measure m)
    {
        var size = new List<string>();
        if (m.Amount is { } amount)
        {
            size.Add($"{amount.ToString("#,0.##", Inv)} {m.Currency ?? ""}".TrimEnd());
        }

        if (m.Troops is { } troops)
        {
            size.Add($"{troops.ToString("#,0", Inv)} troops");
        }

        var targets = Names(m.Target);
        var places = m.Destinations.IsDefaultOrEmpty ? null : string.Join(", ", m.Destinations.Select(p => cat[p].Name));
        return new MeasureView
        {
            Id = m.Id.Value,
            Type = Legends.Words(m.Type.ToKey()),
            Stage = m.Stage.ToKey(),
            Title = m.Title,
            By = Names(m.By),
            Target = places is null ? targets : targets == "—" ? places : $"{targets}; {places}",
            Size = size.Count == 0 ? "—" : string.Join(", ", size),
            Date = DateDisplay.Format(m.Date?.On),
            Condition = m.Condition,
            Summary = m.Summary,
            Refs = notes.Add(m.Citations),
        };
    }

    private AssessmentView AssessmentOf(Assessment a) => new()
    {
        Id = a.Id.Value,
        Assessor = cat[a.Assessor].Role is { } role ? $"{cat[a.Assessor].Name} ({role})" : cat[a.Assessor].Name,
        Date = DateDisplay.Format(a.Date?.On),
        Text = a.Text,
        Likelihood = a.Likelihood is { } l ? Legends.Trim(l.Describe()) : "not stated on the scale",
        StatedLikelihood = a.StatedLikelihood ?? "—",
        Quote = QuoteOf(a.Quote),
        Notes = a.Notes,
        Refs = notes.Add(a.Citations),
    };

    private List<EstimateGroup> EstimateGroups(Func<MeasuredQuantity, bool> which)
    {
        var groups = new List<EstimateGroup>();
        foreach (var q in Enum.GetValues<MeasuredQuantity>().Where(which))
        {
            var items = ByDate(sel.Estimates.Where(e => e.Quantity == q), e => e.AsOf).Select(EstimateOf).ToList();
            if (items.Count > 0)
            {
                groups.Add(new EstimateGroup(Legends.Trim(q.Describe()), q.ToKey(), items));
            }
        }

        return groups;
    }

    private static MermaidTimeline TimelineChart(string title, IEnumerable<Event> dated)
    {
        var periods = dated.GroupBy(e => DateDisplay.Format(e.Date!.On))
            .Select(g => new TimelinePeriod(g.Key, g.Select(e => e.Title).ToList()))
            .ToList();
        return new MermaidTimeline(title, periods);
    }

    // ---------------------------------------------------------------- helpers

    /// <summary>The display form of an estimate's figure: qualifier, value, unit ("more than 100,000 soldiers").</summary>
    public static string Figure(Estimate e)
    {
        var n = e.Value.ToString("#,0.##", Inv);
        return e.Qualifier switch
        {
            Qualifier.About => $"about {n} {e.Unit}",
            Qualifier.MoreThan => $"more than {n} {e.Unit}",
            Qualifier.UpTo => $"up to {n} {e.Unit}",
            Qualifier.Planned => $"{n} {e.Unit} (planned)",
            Qualifier.TensOfThousands => $"tens of thousands of {e.Unit}",
            Qualifier.Range when e.Upper is { } upper => $"between {n} and {upper.ToString("#,0.##", Inv)} {e.Unit}",
            Qualifier.Range => $"at least {n} {e.Unit} (a range without its upper bound)",
            _ => $"{n} {e.Unit}",
        };
    }

    /// <summary>A one-line label for any fact (used in source lists and "latest").</summary>
    public string LabelOf(IFact fact) => fact switch
    {
        Event e => e.Title,
        Statement s => $"{cat[s.Speaker].Name}: {s.Summary}",
        Estimate e => $"{cat[e.Estimator].Name}: {Figure(e)} ({e.Subject})",
        Claim c => $"{cat[c.Claimant].Name} claims: {c.Text}",
        Response r => $"{cat[r.Responder].Name} {r.Stance.ToKey()}: {r.Text}",
        Demand d => $"{cat[d.By].Name} demands: {d.Text}",
        Position p => $"{cat[p.Holder].Name} {p.Stance.ToKey()}: {p.Text}",
        Measure m => m.Title,
        Assessment a => $"{cat[a.Assessor].Name}: {a.Text}",
        Actor a => a.Name,
        Place p => p.Name,
        _ => fact.Key,
    };

    private static QuoteView? QuoteOf(BilingualText? q) => q is null ? null : new QuoteView(q.Original, q.Language, q.English);

    private string Names(ImmutableArray<ActorId> ids) =>
        ids.IsDefaultOrEmpty ? "—" : string.Join(", ", ids.Select(i => cat[i].Name));

    private static Topic? PrimaryTopic(Event e) =>
        e.Topics.IsDefaultOrEmpty ? null : e.Topics.Where(t => t is Topic.Military or Topic.Diplomatic or Topic.Economic).Cast<Topic?>().FirstOrDefault();

    private static IEnumerable<Event> Chronological(IEnumerable<Event> events) =>
        events.OrderBy(e => e.Date is null ? 1 : 0).ThenBy(e => e.Date?.On).ThenBy(e => e.Id.Value, StringComparer.Ordinal);

    private static IEnumerable<T> ByDate<T>(IEnumerable<T> items, Func<T, Dating?> date)
        where T : IFact =>
        items.OrderBy(x => date(x) is null ? 1 : 0).ThenBy(x => date(x)?.On).ThenBy(x => x.Key, StringComparer.Ordinal);

    private static IEnumerable<Measure> OrderMeasures(IEnumerable<Measure> measures) =>
        measures.OrderBy(m => m.Type).ThenBy(m => m.Stage).ThenBy(m => m.Date is null ? 1 : 0).ThenBy(m => m.Date?.On).ThenBy(m => m.Id.Value, StringComparer.Ordinal);

    private static string Plural(int n, string word) => n == 1 ? $"1 {word}" : $"{n.ToString(Inv)} {word}s";

    private static string Capitalise(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];
}
