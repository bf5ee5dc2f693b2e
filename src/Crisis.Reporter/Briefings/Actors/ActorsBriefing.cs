using Crisis.Model;
using Crisis.Reporter.Briefings.Shared;
using Crisis.Reporter.Selection;
using Crisis.Reporter.Text;
using static Crisis.Reporter.Briefings.Shared.FactOrder;

namespace Crisis.Reporter.Briefings.Actors;

/// <summary>
/// The actors briefing: the actors by involvement (the most involved first, with their number of facts), then a dossier
/// per actor by name: who they are, what they said, what they took part in. The dossiers keep an order that no new fact
/// changes, so a fact added to an actor's dossier changes its own line and its actor's count in the index, not the
/// place of a whole dossier. Its template is <c>actors.scriban</c> beside this file.
/// </summary>
public sealed class ActorsBriefing() : Briefing<ActorsModel>(
    "actors",
    "the actors by involvement, then a dossier per actor by name: who they are, what they said, what they took part in",
    "Actors in the Russia–Ukraine crisis")
{
    /// <summary>A dossier per actor (sections in the template's order, so notes number in reading order).</summary>
    protected override ActorsModel Build(BriefingContext context)
    {
        var sel = context.Selection;
        var cat = context.Catalog;
        var notes = context.Notes;
        var actors = sel.Filter.Actors.Count > 0
            ? cat.Actors.Where(a => sel.Filter.Actors.Contains(a.Id.Value, StringComparer.Ordinal))
            : cat.Actors.AsEnumerable();
        // Involvement: the number of selected facts that are each actor's own (they speak, estimate, claim, …), the facts
        // their dossier shows (Involvement: one definition of who takes part in a fact). The index ranks by it; the
        // dossiers follow by name, so that one new fact never moves a dossier.
        var rank = sel.Evidence.SelectMany(f => Involvement.PartiesTo(f).Distinct()).CountBy(a => a).ToDictionary();
        var byName = actors.OrderBy(a => a.Name, StringComparer.OrdinalIgnoreCase).ThenBy(a => a.Name, StringComparer.Ordinal).ThenBy(a => a.Id.Value, StringComparer.Ordinal).ToList();
        var index = byName.Where(a => sel.Filter.Actors.Count > 0 || !FactViewBuilder.IsOwnVoice(a)).OrderByDescending(a => rank.GetValueOrDefault(a.Id))
            .Select(a => new ActorIndexRow(Wording.ReaderName(a.Name), a.Type.Label(), rank.GetValueOrDefault(a.Id)))
            .ToList();
        var dossiers = new List<ActorDossier>();
        // A source's own voice is not an actor: what it says is "unattributed (S4)" on the other pages, and it has no dossier.
        foreach (var a in byName.Where(a => sel.Filter.Actors.Count > 0 || !FactViewBuilder.IsOwnVoice(a)))
        {
            var id = a.Id;
            bool Theirs(IFact fact) => Involvement.IsPartyTo(id, fact);
            var refs = notes.Add(a.Citations);
            dossiers.Add(new ActorDossier
            {
                Id = id.Value,
                Name = Wording.ReaderName(a.Name),
                Anchor = Anchors.Slug(Wording.ReaderName(a.Name)),
                IsParty = a.Type is ActorType.State or ActorType.Alliance or ActorType.Organisation,
                IsPerson = a.Type == ActorType.Person,
                Type = a.Type.Label(),
                Role = a.Role,
                Affiliation = a.Affiliation is { } af ? cat[af].Name : null,
                Aliases = a.Aliases.IsDefaultOrEmpty ? null : string.Join(", ", a.Aliases),
                Description = a.Description is { } description ? context.Notes.ReaderText(description) : null,
                Refs = refs,
                Statements = ByDate(sel.Of<Statement>().Where(Theirs), s => s.Date).Select(context.Views.StatementOf).ToList(),
                Assessments = ByDate(sel.Of<Assessment>().Where(Theirs), x => x.Date).Select(context.Views.AssessmentOf).ToList(),
                Claims = ByDate(sel.Of<Claim>().Where(Theirs), c => c.Date).Select(c => context.Views.ClaimOf(c, withResponses: false)).ToList(),
                Responses = ByDate(sel.Of<Response>().Where(Theirs), r => r.Date).Select(context.Views.ResponseOf).ToList(),
                Demands = ByDate(sel.Of<Demand>().Where(Theirs), d => d.Date).Select(d => context.Views.DemandOf(d, withPositions: false)).ToList(),
                Positions = ByDate(sel.Of<Position>().Where(Theirs), p => p.Date).Select(context.Views.PositionOf).ToList(),
                Estimates = ByDate(sel.Of<Estimate>().Where(Theirs), e => e.AsOf).Select(context.Views.EstimateOf).ToList(),
                Measures = OrderMeasures(sel.Of<Measure>().Where(Theirs)).Select(context.Views.MeasureOf).ToList(),
                Events = Chronological(sel.Of<Event>().Where(Theirs)).Select(context.Views.EventOf).ToList(),
                Others = OtherSections(context, sel.Evidence.Where(Theirs)),
            });
        }

        return new ActorsModel
        {
            Index = index,
            Actors = dossiers,
        };
    }

    /// <summary>The kinds this briefing shows in sections of their own (above); the facts of any other kind go in <see cref="OtherSections"/>.</summary>
    private static readonly HashSet<Type> OwnSections =
        [typeof(Statement), typeof(Assessment), typeof(Claim), typeof(Response), typeof(Demand), typeof(Position), typeof(Estimate), typeof(Measure), typeof(Event)];

    /// <summary>A section per other kind of fact the actor is party to, kinds in schema order, each fact as a dated line.</summary>
    private static List<FactSection> OtherSections(BriefingContext context, IEnumerable<IFact> theirs) =>
        [.. theirs.Where(f => !OwnSections.Contains(f.GetType()))
            .GroupBy(f => f.Kind)
            .Select(g => new FactSection(FactSchema.KindOf(g.First()), ByDate(g, FactViewBuilder.OwnDate).Select(context.Views.FactLineOf).ToList()))];
}

/// <summary>The actors by involvement, then a dossier per actor by name.</summary>
public sealed class ActorsModel : DocumentModel
{
    /// <summary>Every actor shown, the most involved first (then by name), with the number of selected facts they are party to.</summary>
    public required IReadOnlyList<ActorIndexRow> Index { get; init; }

    /// <summary>A dossier per actor, by name.</summary>
    public required IReadOnlyList<ActorDossier> Actors { get; init; }

    /// <summary>The states, alliances and organisations among <see cref="Actors"/>, in its order: the table of contents' first line.</summary>
    public IReadOnlyList<ActorDossier> Parties => [.. Actors.Where(a => a.IsParty)];

    /// <summary>The named people among <see cref="Actors"/>, in its order.</summary>
    public IReadOnlyList<ActorDossier> People => [.. Actors.Where(a => a.IsPerson)];
}

/// <summary>A row of the actors' index: name, type, and the number of selected facts they are party to.</summary>
public sealed record ActorIndexRow(string Name, string Type, int Facts) : Crisis.Reporter.Templating.ITemplateView;
