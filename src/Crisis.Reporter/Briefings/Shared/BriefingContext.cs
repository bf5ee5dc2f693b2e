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

    public EventView EventOf(Event e) => new()
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

    public StatementView StatementOf(Statement s) => new()
    {
        Id = s.Id.Value,
        Speaker = Attribution([s.Speaker], s.ReportedBy),
        Date = DateDisplay.Format(s.Date?.On),
        Summary = s.Summary,
        Quote = QuoteOf(s.Quote),
        Event = s.Event is { } ev ? cat[ev].Title : null,
        Notes = s.Notes,
        Refs = notes.Add(s.Citations),
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
        Refs = notes.Add(e.Citations),
    };

    public ClaimView ClaimOf(Claim c, bool withResponses)
    {
        var refs = notes.Add(c.Citations);
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
        Refs = notes.Add(r.Citations),
    };

    public DemandView DemandOf(Demand d, bool withPositions)
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

    public PositionView PositionOf(Position p) => new()
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

    public MeasureView MeasureOf(Measure m)
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
            By = Parties(m.By),
            Target = places is null ? targets : targets == "—" ? places : $"{targets}; {places}",
            Size = size.Count == 0 ? "—" : string.Join(", ", size),
            Date = DateDisplay.Format(m.Date?.On),
            Condition = m.Condition,
            Summary = m.Summary,
            Refs = notes.Add(m.Citations),
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
        Refs = notes.Add(a.Citations),
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

    public MermaidTimeline TimelineChart(string title, IEnumerable<Event> dated)
    {
        var periods = dated.GroupBy(e => DateDisplay.Format(e.Date!.On))
            .Select(g => new TimelinePeriod(g.Key, g.Select(e => e.Title).ToList()))
            .ToList();
        return new MermaidTimeline(title, periods);
    }

    /// <summary>A one-line label for any fact (used in source lists and "latest").</summary>
    public string LabelOf(IFact fact) => fact switch
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
    };

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
