using Crisis.Model;
using Crisis.Reporter.Briefings.Shared;
using static Crisis.Reporter.Briefings.Shared.FactOrder;

namespace Crisis.Reporter.Briefings.Actors;

/// <summary>The actors briefing: a dossier per actor, the most involved first: who they are, what they said, what they took part in. Its template is <c>actors.scriban</c> beside this file.</summary>
public sealed class ActorsBriefing() : Briefing<ActorsModel>(
    "actors",
    "a dossier per actor, the most involved first: who they are, what they said, what they took part in",
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
        // Most involved first: the number of selected facts each actor takes part in (speaks, estimates, claims, …).
        var involvement = sel.DatedFacts().SelectMany(x => sel.ActorsOf(x.Fact).Distinct()).CountBy(a => a).ToDictionary();
        var dossiers = new List<ActorDossier>();
        foreach (var a in actors.OrderByDescending(a => involvement.GetValueOrDefault(a.Id)).ThenBy(a => a.Name, StringComparer.Ordinal).ThenBy(a => a.Id.Value, StringComparer.Ordinal))
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
                Description = a.Description is { } description ? context.Notes.ReaderText(description) : null,
                Refs = refs,
                Statements = ByDate(sel.Statements.Where(s => s.Speaker == id), s => s.Date).Select(context.StatementOf).ToList(),
                Assessments = ByDate(sel.Assessments.Where(x => x.Assessors.Contains(id)), x => x.Date).Select(context.AssessmentOf).ToList(),
                Claims = ByDate(sel.Claims.Where(c => c.Claimants.Contains(id)), c => c.Date).Select(c => context.ClaimOf(c, withResponses: false)).ToList(),
                Responses = ByDate(sel.Responses.Where(r => r.Responders.Contains(id)), r => r.Date).Select(context.ResponseOf).ToList(),
                Demands = ByDate(sel.Demands.Where(d => d.By == id), d => d.Date).Select(d => context.DemandOf(d, withPositions: false)).ToList(),
                Positions = ByDate(sel.Positions.Where(p => p.Holder == id), p => p.Date).Select(context.PositionOf).ToList(),
                Estimates = ByDate(sel.Estimates.Where(e => e.Estimators.Contains(id)), e => e.AsOf).Select(context.EstimateOf).ToList(),
                Measures = OrderMeasures(sel.Measures.Where(m => m.By.Contains(id))).Select(context.MeasureOf).ToList(),
                Events = Chronological(sel.Events.Where(e => e.Participants.Contains(id))).Select(context.EventOf).ToList(),
            });
        }

        return new ActorsModel
        {
            Actors = dossiers,
        };
    }
}

/// <summary>A dossier per actor.</summary>
public sealed class ActorsModel : DocumentModel
{
    public required IReadOnlyList<ActorDossier> Actors { get; init; }
}
