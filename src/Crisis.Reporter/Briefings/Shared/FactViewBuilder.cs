using System.Collections.Immutable;
using System.Globalization;
using Crisis.Model;
using Crisis.Reporter.Selection;
using Crisis.Reporter.Text;
using static Crisis.Reporter.Briefings.Shared.FactOrder;
using static Crisis.Reporter.Briefings.Shared.Wording;

namespace Crisis.Reporter.Briefings.Shared;

/// <summary>
/// The views of facts the briefings share, display-ready (dates by precision, names resolved, notes numbered in the
/// document's registry). The kinds the briefings show in their own way have their own view (an event, a claim, …);
/// a fact of any other kind is a <see cref="FactLine"/>: its date, its reader label and its notes.
/// </summary>
public sealed class FactViewBuilder(BriefingContext context)
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    private FactSelection sel => context.Selection;

    private FactCatalog cat => context.Catalog;

    private NoteRegistry notes => context.Notes;

    private IReadOnlyList<string> Cite(ImmutableArray<Citation> citations) => context.Cite(citations);

    private IReadOnlyList<string> Cite(IFact fact) => context.Cite(fact);

    /// <summary>
    /// The date a fact itself gives, which views show: never one it inherits (a response without a date of its own is
    /// "undated" on the page, though filters and counts place it at its claim's date, <see cref="Chronology.DateOf"/>).
    /// </summary>
    public static Dating? OwnDate(IFact fact) => (fact as IDateFact)?.Date;

    /// <summary>True when an event had not happened when the sources were written: scheduled or planned, or dated after the newest source.</summary>
    public bool IsAhead(Event e) => AheadWord(e) is not null;

    /// <summary>How an event that had not happened is shown: "scheduled", "planned" (its status) or "expected" (dated after the newest source); null when it took place.</summary>
    public string? AheadWord(Event e) => e.Status is { } status && status != EventStatus.TookPlace
        ? status.Label()
        : context.Chronology.IsAfterNewestSource(e.Date?.On) ? "expected" : null;

    public EventView EventOf(Event e) => new()
    {
        Id = e.Id.Value,
        Date = DateDisplay.Format(e.Date),
        IsDated = e.Date is not null,
        DateBasis = e.Date is { } d ? d.Basis.Label() : "—",
        End = e.End is { } end ? DateDisplay.Format(end) : null,
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
        Speaker = Attribution(s.Speakers, s.ReportedBy),
        Date = DateDisplay.Format(s.Date),
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
        AsOf = DateDisplay.Format(e.AsOf),
        AsOfBasis = e.AsOf.Basis.Label(),
        Place = e.Place is { } p ? cat[p].Name : "—",
        Rank = e.Rank is { } r ? r.Label() : "—",
        IsDeprecated = e.Rank == Rank.Deprecated,
        Notes = e.Notes,
        Refs = Cite(e.Citations),
    };

    /// <summary>A claim; with its answers (its selected responses and the facts that answer it) when <paramref name="withResponses"/>.</summary>
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
            Date = DateDisplay.Format(c.Date),
            Text = c.Text,
            Quote = QuoteOf(c.Quote),
            Status = c.Status.Label(),
            StatusMeaning = Legends.Trim(c.Status.Describe()),
            Notes = c.Notes,
            Refs = refs,
            Responses = responses,
            AnsweredBy = withResponses ? [.. AnswersOf(c).Select(a => AnswerOf(a.Fact, a.Stance))] : [],
        };
    }

    /// <summary>The selected facts that answer a claim without words said in answer (its answered-by), in the curators' order.</summary>
    public IEnumerable<(IFact Fact, Stance Stance)> AnswersOf(Claim c) => c.AnsweredBy.IsDefaultOrEmpty
        ? []
        : c.AnsweredBy.Select(a => (Fact: cat[a.Fact], a.Stance)).Where(a => sel.Shows(a.Fact));

    /// <summary>A fact as the answer to a claim: its one-line label, its stance, its own date and its notes.</summary>
    public FactAnswerView AnswerOf(IFact fact, Stance stance) =>
        new(LabelOf(fact).TrimEnd('.'), stance.Label(), DateDisplay.Format(OwnDate(fact)), Cite(fact));

    public ResponseView ResponseOf(Response r) => new()
    {
        Id = r.Id.Value,
        Responder = Attribution(r.Responders, r.ReportedBy),
        Stance = r.Stance.Label(),
        Date = DateDisplay.Format(r.Date),
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
            Date = DateDisplay.Format(d.Date),
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
        Date = DateDisplay.Format(p.Date),
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
            Date = DateDisplay.Format(m.Date),
            Condition = m.Condition,
            Summary = m.Summary is { } summary ? notes.ReaderText(summary) : null,
            Refs = Cite(m.Citations),
        };
    }

    public AssessmentView AssessmentOf(Assessment a) => new()
    {
        Id = a.Id.Value,
        Assessor = Attribution(a.Assessors, a.ReportedBy, withRoles: true),
        Date = DateDisplay.Format(a.Date),
        Text = a.Text,
        Likelihood = a.Likelihood is { } l ? Legends.Trim(l.Describe()) : "not stated on the scale",
        StatedLikelihood = a.StatedLikelihood ?? "—",
        Quote = QuoteOf(a.Quote),
        Notes = a.Notes,
        Refs = Cite(a.Citations),
    };

    /// <summary>A fact of a kind no template shows in its own way, as a dated line: its own date, its label, its notes.</summary>
    public FactLine FactLineOf(IFact fact) =>
        new(fact.Kind, fact.Key, DateDisplay.Format(OwnDate(fact)), LabelOf(fact), Cite(fact));

    /// <summary>
    /// A one-line label for any fact (the sources briefing's lists): the kinds the briefings show in their own way are
    /// worded so ("Russia claims: …"); any other fact is its parties, then its reader label ("Russia: …").
    /// </summary>
    public string LabelOf(IFact fact) => notes.ReaderText(fact switch
    {
        Event e => e.Title,
        Statement s => $"{Parties(s.Speakers)}: {s.Summary}",
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
        Published = s.Published is { } p ? DateDisplay.Format(p) : "date not known",
        Grade = s.Reliability.Label(),
        GradeMeaning = Legends.Trim(s.Reliability.Describe()),
        GradeReason = s.ReliabilityReason,
        QualityNotes = s.QualityNotes.IsDefault ? [] : s.QualityNotes,
        Facts = facts,
    };

    private static QuoteView? QuoteOf(BilingualText? q) => q is null ? null : new QuoteView(q.Original, q.Language, q.English);
}
