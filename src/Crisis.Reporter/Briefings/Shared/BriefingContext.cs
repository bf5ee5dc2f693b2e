using System.Collections.Immutable;
using System.Globalization;
using Crisis.Model;
using Crisis.Reporter.Selection;
using Crisis.Reporter.Text;
using static Crisis.Reporter.Briefings.Shared.FactOrder;
using static Crisis.Reporter.Briefings.Shared.Wording;

namespace Crisis.Reporter.Briefings.Shared;

/// <summary>
/// What one document is built from: the selected facts, and its own <see cref="NoteRegistry"/>, which numbers
/// citations in the order the document shows them (a new context per document, so notes start at 1). Holds the
/// views of facts every briefing shares, and fills the header and footer every briefing shares.
/// </summary>
public sealed class BriefingContext
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;
    private readonly FactSelection sel;
    private readonly FactCatalog cat;
    private readonly NoteRegistry notes;

    /// <summary>A context for one document over <paramref name="selection"/>.</summary>
    public BriefingContext(FactSelection selection)
    {
        sel = selection;
        cat = selection.Catalog;
        notes = new NoteRegistry(cat);
        var published = cat.Sources.Where(s => s.Published is not null).Select(s => s.Published!.On).ToList();
        NewestSource = published.Count == 0 ? null : published.Max();
    }

    /// <summary>
    /// The publication date of the newest source: what the fact base knows "as of". Anything dated after it was
    /// ahead when the sources were written (scheduled or expected), never news.
    /// </summary>
    public PartialDate? NewestSource { get; }

    /// <summary>True when an event had not happened when the sources were written: scheduled or planned, or dated after the newest source.</summary>
    public bool IsAhead(Event e) =>
        e.Status is EventStatus.Scheduled or EventStatus.Planned || IsAfterNewestSource(e.Date);

    /// <summary>True when a date starts after the newest source's publication date.</summary>
    public bool IsAfterNewestSource(Dating? date) =>
        date is { } d && NewestSource is { } newest && d.On.Start > newest.End;

    /// <summary>How an event that had not happened is shown: "scheduled", "planned" or "expected"; null when it took place.</summary>
    public string? AheadWord(Event e) => e.Status switch
    {
        EventStatus.Scheduled => "scheduled",
        EventStatus.Planned => "planned",
        _ => IsAfterNewestSource(e.Date) ? "expected" : null,
    };

    /// <summary>
    /// True on a page that must stay short (the situation briefing): each fact is cited by its strongest citation
    /// only. Otherwise every citation of a fact gets its note.
    /// </summary>
    public bool OneNotePerFact { get; set; }

    /// <summary>The note numbers of a fact's citations, as this document cites them (see <see cref="OneNotePerFact"/>).</summary>
    public IReadOnlyList<int> Cite(System.Collections.Immutable.ImmutableArray<Citation> citations) =>
        OneNotePerFact ? notes.AddStrongest(citations) : notes.Add(citations);

    /// <summary>A fact named in a judgment's evidence: a one-line label, its date and its notes.</summary>
    public EvidenceView EvidenceOf(ICitedFact fact) => new(
        (fact switch
        {
            Event e when AheadWord(e) is { } ahead => $"{e.Title} ({ahead})",
            Statement s => s.Summary,
            Estimate e => $"{Figure(e)} ({Parties(e.Estimators)}, {DateDisplay.Format(e.AsOf.On)})",
            Claim c => c.Text,
            Response r => r.Text,
            Position p => p.Text,
            Assessment a => a.Text,
            _ => LabelOf(fact),
        }).TrimEnd('.'),
        DateOf(fact) is { } d ? DateDisplay.Format(d.On) : null,
        Cite(fact.Citations));

    /// <summary>The facts an evidence block lists, kind by kind in schema order, each list in its curated order.</summary>
    public IEnumerable<ICitedFact> FactsOf(Evidence? evidence)
    {
        if (evidence is null)
        {
            return [];
        }

        return Enumerable.Empty<ICitedFact>()
            .Concat(evidence.Events.Select(i => (ICitedFact)cat[i]))
            .Concat(evidence.Statements.Select(i => (ICitedFact)cat[i]))
            .Concat(evidence.Estimates.Select(i => (ICitedFact)cat[i]))
            .Concat(evidence.Claims.Select(i => (ICitedFact)cat[i]))
            .Concat(evidence.Responses.Select(i => (ICitedFact)cat[i]))
            .Concat(evidence.Demands.Select(i => (ICitedFact)cat[i]))
            .Concat(evidence.Positions.Select(i => (ICitedFact)cat[i]))
            .Concat(evidence.Measures.Select(i => (ICitedFact)cat[i]))
            .Concat(evidence.Assessments.Select(i => (ICitedFact)cat[i]));
    }

    /// <summary>The date a fact is about (an estimate's as-of), or null.</summary>
    public static Dating? DateOf(IFact fact) => fact switch
    {
        Event e => e.Date,
        Statement s => s.Date,
        Estimate e => e.AsOf,
        Claim c => c.Date,
        Response r => r.Date,
        Demand d => d.Date,
        Position p => p.Date,
        Measure m => m.Date,
        Assessment a => a.Date,
        _ => null,
    };

    /// <summary>The selected facts.</summary>
    public FactSelection Selection => sel;

    /// <summary>The whole catalog (for lookups of actors, places, sources, claims and demands).</summary>
    public FactCatalog Catalog => cat;

    /// <summary>This document's notes.</summary>
    public NoteRegistry Notes => notes;

    /// <summary>Fills what every briefing's header and footer share: dates, counts, filters, notes, sources, legends.</summary>
    public T Finish<T>(Briefing briefing, T model)
        where T : DocumentModel
    {
        model.Briefing = briefing.Name;
        model.Title = briefing.Title;
        model.Filters = sel.Filter.Describe(cat);
        model.LikelihoodLegend = Legends.LikelihoodLegend();
        model.ReliabilityLegend = Legends.ReliabilityLegend();
        model.CredibilityLegend = Legends.CredibilityLegend();
        // As of the newest source, never the latest date in the data: a visit scheduled after it is not news yet.
        var dates = sel.DatedFacts().Where(x => x.Date is not null).Select(x => x.Date!.On).ToList();
        if (dates.Count > 0)
        {
            var first = dates.Min();
            var last = NewestSource is { } newest && newest >= first ? newest : dates.Max();
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

    public EventView EventOf(Event e) => new()
    {
        Id = e.Id.Value,
        Date = DateDisplay.Format(e.Date?.On),
        DateBasis = e.Date is { } d ? Legends.Words(d.Basis.ToKey()) : "—",
        End = e.End is { } end ? DateDisplay.Format(end.On) : null,
        Title = e.Title,
        Ahead = AheadWord(e),
        Type = Legends.Words(e.Type.ToKey()),
        Participants = Names(e.Participants),
        Places = e.Places.IsDefaultOrEmpty ? "—" : string.Join(", ", e.Places.Select(p => cat[p].Name)),
        Topics = e.Topics.IsDefaultOrEmpty ? "—" : string.Join(", ", e.Topics.Select(t => t.ToKey())),
        Summary = notes.ReaderText(e.Summary),
        Notes = e.Notes,
        Refs = Cite(e.Citations),
    };

    public StatementView StatementOf(Statement s) => new()
    {
        Id = s.Id.Value,
        Speaker = Attribution([s.Speaker], s.ReportedBy),
        Date = DateDisplay.Format(s.Date?.On),
        Summary = notes.ReaderText(s.Summary),
        Quote = QuoteOf(s.Quote),
        Event = s.Event is { } ev ? cat[ev].Title : null,
        Notes = s.Notes,
        Refs = Cite(s.Citations),
    };

    public EstimateView EstimateOf(Estimate e) => new()
    {
        Id = e.Id.Value,
        Subject = e.Subject,
        Figure = Figure(e),
        Estimator = Attribution(e.Estimators, e.ReportedBy),
        AsOf = DateDisplay.Format(e.AsOf.On),
        AsOfBasis = Legends.Words(e.AsOf.Basis.ToKey()),
        Place = e.Place is { } p ? cat[p].Name : "—",
        Rank = e.Rank is { } r ? r.ToKey() : "—",
        IsDeprecated = e.Rank == Rank.Deprecated,
        Notes = e.Notes,
        Refs = Cite(e.Citations),
    };

    public ClaimView ClaimOf(Claim c, bool withResponses)
    {
        var refs = Cite(c.Citations);
        var responses = withResponses
            ? ByDate(sel.Responses.Where(r => r.Claim == c.Id), r => r.Date).Select(ResponseOf).ToList()
            : [];
        return new ClaimView
        {
            Id = c.Id.Value,
            Claimant = Attribution(c.Claimants, c.ReportedBy),
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

    public List<ClaimView> ClaimViews()
    {
        var ids = ClaimIds();
        return ByDate(cat.Claims.Where(c => ids.Contains(c.Id)), c => c.Date).Select(c => ClaimOf(c, withResponses: true)).ToList();
    }

    /// <summary>A claim is shown when it is selected, or when a selected response answers it.</summary>
    public HashSet<ClaimId> ClaimIds() =>
        sel.Claims.Select(c => c.Id).Concat(sel.Responses.Select(r => r.Claim)).Distinct().ToHashSet();

    public ResponseView ResponseOf(Response r) => new()
    {
        Id = r.Id.Value,
        Responder = Attribution(r.Responders, r.ReportedBy),
        Stance = r.Stance.ToKey(),
        Date = DateDisplay.Format(r.Date?.On),
        Text = r.Text,
        ClaimText = cat[r.Claim].Text,
        Quote = QuoteOf(r.Quote),
        Notes = r.Notes,
        Refs = Cite(r.Citations),
    };

    public DemandView DemandOf(Demand d, bool withPositions)
    {
        var refs = Cite(d.Citations);
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

    public PositionView PositionOf(Position p) => new()
    {
        Id = p.Id.Value,
        Holder = cat[p.Holder].Name,
        Stance = p.Stance.ToKey(),
        Date = DateDisplay.Format(p.Date?.On),
        Text = p.Text,
        DemandText = cat[p.Demand].Text,
        Notes = p.Notes,
        Refs = Cite(p.Citations),
    };

    public MeasureView MeasureOf(Measure m)
    {
        var size = new List<string>();
        if (m.Amount is { } amount)
        {
            size.Add(Quantity(amount, m.Currency));
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
            By = Parties(m.By),
            Target = places is null ? targets : targets == "—" ? places : $"{targets}; {places}",
            Size = size.Count == 0 ? "—" : string.Join(", ", size),
            Date = DateDisplay.Format(m.Date?.On),
            Condition = m.Condition,
            Summary = m.Summary is { } summary ? notes.ReaderText(summary) : null,
            Refs = Cite(m.Citations),
        };
    }

    public AssessmentView AssessmentOf(Assessment a) => new()
    {
        Id = a.Id.Value,
        Assessor = Attribution(a.Assessors, a.ReportedBy, withRoles: true),
        Date = DateDisplay.Format(a.Date?.On),
        Text = a.Text,
        Likelihood = a.Likelihood is { } l ? Legends.Trim(l.Describe()) : "not stated on the scale",
        StatedLikelihood = a.StatedLikelihood ?? "—",
        Quote = QuoteOf(a.Quote),
        Notes = a.Notes,
        Refs = Cite(a.Citations),
    };

    public List<EstimateGroup> EstimateGroups(Func<MeasuredQuantity, bool> which)
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

    /// <summary>The most columns a timeline diagram has: more do not read at GitHub's width (about 880 px).</summary>
    public const int MaxTimelineColumns = 12;

    /// <summary>
    /// A Mermaid timeline of dated events in chronological order, at most <see cref="MaxTimelineColumns"/> columns:
    /// one per day when that fits, else per week (from Monday), else per month. An event known only to the month
    /// (or year) keeps a column of its own rather than be put in a week it may not belong to.
    /// </summary>
    public MermaidTimeline TimelineChart(string title, IEnumerable<Event> dated)
    {
        var events = Chronological(dated).ToList();
        List<TimelinePeriod> Group(Func<PartialDate, (DateOnly Key, string Label)> column) =>
            events.GroupBy(e => column(e.Date!.On)).OrderBy(g => g.Key.Key)
                .Select(g => new TimelinePeriod(g.Key.Label, g.Select(e => AheadWord(e) is { } ahead ? $"{e.Title} ({ahead})" : e.Title).ToList()))
                .ToList();

        static (DateOnly, string) Coarse(PartialDate d) => (d.Start, DateDisplay.Format(d));
        var byDay = Group(Coarse);
        if (byDay.Count <= MaxTimelineColumns)
        {
            return new MermaidTimeline(title, byDay);
        }

        var byWeek = Group(d =>
        {
            if (d.Precision != DatePrecision.Day)
            {
                return Coarse(d);
            }

            var monday = d.Start.AddDays(-(((int)d.Start.DayOfWeek + 6) % 7));
            return (monday, "week of " + DateDisplay.Format(monday));
        });
        if (byWeek.Count <= MaxTimelineColumns)
        {
            return new MermaidTimeline(title, byWeek);
        }

        return new MermaidTimeline(title, Group(d => d.Precision == DatePrecision.Year ? Coarse(d) : (new DateOnly(d.Year, d.Month!.Value, 1), DateDisplay.MonthOf(d))));
    }

    /// <summary>A one-line label for any fact (used in source lists and "latest").</summary>
    public string LabelOf(IFact fact) => notes.ReaderText(fact switch
    {
        Event e => e.Title,
        Statement s => $"{Parties([s.Speaker])}: {s.Summary}",
        Estimate e => $"{Parties(e.Estimators)}: {Figure(e)} ({e.Subject})",
        Claim c => $"{Parties(c.Claimants)} claims: {c.Text}",
        Response r => $"{Parties(r.Responders)} {r.Stance.ToKey()}: {r.Text}",
        Demand d => $"{cat[d.By].Name} demands: {d.Text}",
        Position p => $"{cat[p.Holder].Name} {p.Stance.ToKey()}: {p.Text}",
        Measure m => m.Title,
        Assessment a => $"{Capitalise(Parties(a.Assessors))}: {a.Text}",
        Actor a => a.Name,
        Place p => p.Name,
        _ => fact.Key,
    });

    /// <summary>The parties to one act, named through <see cref="Wording.Parties"/> (with their roles where asked).</summary>
    public string Parties(ImmutableArray<ActorId> ids, bool withRoles = false) =>
        Wording.Parties(ids.IsDefault ? [] : [.. ids.Select(i => withRoles && cat[i].Role is { } role ? $"{cat[i].Name} ({role})" : cat[i].Name)]);

    /// <summary>The parties, and who relayed their words when they reached the source through someone else.</summary>
    public string Attribution(ImmutableArray<ActorId> ids, ReportedBy? reportedBy, bool withRoles = false) =>
        reportedBy is null ? Parties(ids, withRoles) : $"{Parties(ids, withRoles)}, {Wording.ReportedBy(cat[reportedBy.By].Name, reportedBy.How)}";

    public string Names(ImmutableArray<ActorId> ids) =>
        ids.IsDefaultOrEmpty ? "—" : string.Join(", ", ids.Select(i => cat[i].Name));

    public SourceView SourceOf(Source s, IReadOnlyList<SourceFact> facts) => new()
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

    private static QuoteView? QuoteOf(BilingualText? q) => q is null ? null : new QuoteView(q.Original, q.Language, q.English);
}
