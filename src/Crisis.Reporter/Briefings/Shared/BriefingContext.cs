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
    }

    /// <summary>When things are (dates, the newest source, the as-of date): the selection's one chronology.</summary>
    public Chronology Chronology => sel.Chronology;

    /// <summary>True when an event had not happened when the sources were written: scheduled or planned, or dated after the newest source.</summary>
    public bool IsAhead(Event e) => AheadWord(e) is not null;

    /// <summary>How an event that had not happened is shown: "scheduled", "planned" (its status) or "expected" (dated after the newest source); null when it took place.</summary>
    public string? AheadWord(Event e) => e.Status is { } status && status != EventStatus.TookPlace
        ? status.Label()
        : Chronology.IsAfterNewestSource(e.Date?.On) ? "expected" : null;

    /// <summary>
    /// True on a page that must stay short (the situation briefing): each fact is cited by its strongest citation
    /// only. Otherwise every citation of a fact gets its note.
    /// </summary>
    public bool OneNotePerFact { get; set; }

    /// <summary>The note numbers of a fact's citations, as this document cites them (see <see cref="OneNotePerFact"/>).</summary>
    public IReadOnlyList<int> Cite(System.Collections.Immutable.ImmutableArray<Citation> citations) =>
        OneNotePerFact ? notes.AddStrongest(citations) : notes.Add(citations);

    /// <summary>
    /// A fact named in a judgment's evidence: a one-line label (its reader label; an event still ahead says so, an
    /// estimate gives its figure), its date and its notes.
    /// </summary>
    public EvidenceView EvidenceOf(IFact fact) => new(
        (fact switch
        {
            Event e when AheadWord(e) is { } ahead => $"{e.Title} ({ahead})",
            Estimate e => $"{Figure(e)} ({Parties(e.Estimators)}, {DateDisplay.Format(e.AsOf.On)})",
            ILabelFact labelled => notes.ReaderText(labelled.Label),
            _ => fact.Key,
        }).TrimEnd('.'),
        OwnDate(fact) is { } d ? DateDisplay.Format(d.On) : null,
        Cite(fact));

    /// <summary>
    /// The date a fact itself gives, which views show: never one it inherits (a response without a date of its own is
    /// "undated" on the page, though filters and counts place it at its claim's date, <see cref="Chronology.DateOf"/>).
    /// </summary>
    public static Dating? OwnDate(IFact fact) => (fact as IDateFact)?.Date;

    /// <summary>The facts a list of evidence names, in the list's order (the analysts' rank).</summary>
    public IReadOnlyList<IFact> FactsOf(ImmutableArray<EvidenceItem> evidence) =>
        evidence.IsDefaultOrEmpty ? [] : [.. evidence.Select(item => cat[item.Fact])];

    /// <summary>The note numbers of a fact's citations (none for a fact that cites nothing).</summary>
    public IReadOnlyList<int> Cite(IFact fact) => fact is ICitedFact cited ? Cite(cited.Citations) : [];

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
        model.AsOf = DateDisplay.Format(Chronology.AsOf(sel.Evidence), "undated");
        model.Coverage = Chronology.Coverage(sel.Evidence) is { } coverage ? DateDisplay.Range(coverage.First, coverage.Last) : "no dated facts";
        var factCount = sel.Evidence.Length;
        var sourceCount = sel.Evidence.OfType<ICitedFact>().SelectMany(f => f.Citations).Select(c => c.Source.Value).Distinct(StringComparer.Ordinal).Count();
        model.BasedOn = $"{Plural(factCount, "fact")} from {Plural(sourceCount, "source")}, {Plural(cat.Actors.Length, "actor")} and {Plural(cat.Places.Length, "place")}";
        model.Published = Chronology is { OldestSource: { } oldest, NewestSource: { } newest } ? DateDisplay.Range(oldest, newest) : null;
        model.Notes = notes.Notes;
        model.Sources = cat.Sources.Where(s => notes.IsCited(s.Id)).Select(s => SourceOf(s, [])).ToList();
        return model;
    }

    public EventView EventOf(Event e) => new()
    {
        Id = e.Id.Value,
        Date = DateDisplay.Format(e.Date?.On),
        DateBasis = e.Date is { } d ? d.Basis.Label() : "—",
        End = e.End is { } end ? DateDisplay.Format(end.On) : null,
        Title = e.Title,
        Ahead = AheadWord(e),
        Type = e.Type.Label(),
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
        AsOfBasis = e.AsOf.Basis.Label(),
        Place = e.Place is { } p ? cat[p].Name : "—",
        Rank = e.Rank is { } r ? r.Label() : "—",
        IsDeprecated = e.Rank == Rank.Deprecated,
        Notes = e.Notes,
        Refs = Cite(e.Citations),
    };

    public ClaimView ClaimOf(Claim c, bool withResponses)
    {
        var refs = Cite(c.Citations);
        var responses = withResponses
            ? ByDate(sel.Of<Response>().Where(r => r.Claim == c.Id), r => r.Date).Select(ResponseOf).ToList()
            : [];
        return new ClaimView
        {
            Id = c.Id.Value,
            Claimant = Attribution(c.Claimants, c.ReportedBy),
            Date = DateDisplay.Format(c.Date?.On),
            Text = c.Text,
            Quote = QuoteOf(c.Quote),
            Status = c.Status.Label(),
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
        sel.Of<Claim>().Select(c => c.Id).Concat(sel.Of<Response>().Select(r => r.Claim)).Distinct().ToHashSet();

    public ResponseView ResponseOf(Response r) => new()
    {
        Id = r.Id.Value,
        Responder = Attribution(r.Responders, r.ReportedBy),
        Stance = r.Stance.Label(),
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
            ? ByDate(sel.Of<Position>().Where(p => p.Demand == d.Id), p => p.Date).Select(PositionOf).ToList()
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
        Stance = p.Stance.Label(),
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
            Type = m.Type.Label(),
            Stage = m.Stage.Label(),
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
            var items = ByDate(sel.Of<Estimate>().Where(e => e.Quantity == q), e => e.AsOf).Select(EstimateOf).ToList();
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

    /// <summary>A fact of a kind no template shows in its own way, as a dated line: its own date, its label, its notes.</summary>
    public FactLine FactLineOf(IFact fact) =>
        new(fact.Kind, fact.Key, DateDisplay.Format(OwnDate(fact)?.On), LabelOf(fact), Cite(fact));

    /// <summary>
    /// A one-line label for any fact (the sources briefing's lists): the kinds the briefings show in their own way are
    /// worded so ("Russia claims: …"); any other fact is its parties, then its reader label ("Russia: …").
    /// </summary>
    public string LabelOf(IFact fact) => notes.ReaderText(fact switch
    {
        Event e => e.Title,
        Statement s => $"{Parties([s.Speaker])}: {s.Summary}",
        Estimate e => $"{Parties(e.Estimators)}: {Figure(e)} ({e.Subject})",
        Claim c => $"{Parties(c.Claimants)} claims: {c.Text}",
        Response r => $"{Parties(r.Responders)} {r.Stance.Label()}: {r.Text}",
        Demand d => $"{cat[d.By].Name} demands: {d.Text}",
        Position p => $"{cat[p.Holder].Name} {p.Stance.Label()}: {p.Text}",
        Measure m => m.Title,
        Assessment a => $"{Capitalise(Parties(a.Assessors))}: {a.Text}",
        Actor a => a.Name,
        Place p => p.Name,
        IPartiesFact { Parties.Length: > 0 } acted => $"{Capitalise(Parties(acted.Parties))}: {(fact as ILabelFact)?.Label ?? fact.Key}",
        ILabelFact labelled => labelled.Label,
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
        Language = s.Language.ToKey(),
        Published = s.Published is { } p ? DateDisplay.Format(p.On) : "date not known",
        Grade = s.Reliability.Label(),
        GradeMeaning = Legends.Trim(s.Reliability.Describe()),
        GradeReason = s.ReliabilityReason,
        QualityNotes = s.QualityNotes.IsDefault ? [] : s.QualityNotes,
        Facts = facts,
    };

    private static QuoteView? QuoteOf(BilingualText? q) => q is null ? null : new QuoteView(q.Original, q.Language, q.English);
}
