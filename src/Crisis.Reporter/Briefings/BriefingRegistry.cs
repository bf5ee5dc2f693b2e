using Crisis.Reporter.Briefings.Actors;
using Crisis.Reporter.Briefings.Claims;
using Crisis.Reporter.Briefings.Estimates;
using Crisis.Reporter.Briefings.Measures;
using Crisis.Reporter.Briefings.Shared;
using Crisis.Reporter.Briefings.Situation;
using Crisis.Reporter.Briefings.Sources;
using Crisis.Reporter.Briefings.Timeline;

namespace Crisis.Reporter.Briefings;

/// <summary>
/// The shipped briefings, in the order <c>list</c> shows them. Adding one is a folder under <c>Briefings/</c>
/// (its <see cref="Briefing{TModel}"/> and its template) and a line here.
/// </summary>
public static class BriefingRegistry
{
    /// <summary>Every shipped briefing.</summary>
    public static IReadOnlyList<Briefing> All { get; } =
    [
        new SituationBriefing(),
        new TimelineBriefing(),
        new ActorsBriefing(),
        new ClaimsBriefing(),
        new EstimatesBriefing(),
        new MeasuresBriefing(),
        new SourcesBriefing(),
    ];

    /// <summary>The briefing names.</summary>
    public static IReadOnlyList<string> Names { get; } = [.. All.Select(b => b.Name)];

    /// <summary>True for the template of a shipped briefing's other pages ("timeline-period"), which is no briefing of its own.</summary>
    public static bool IsPageTemplate(string name) => All.Any(b => b.PageTemplates.Contains(name, StringComparer.Ordinal));

    /// <summary>The shipped briefing of that name (ordinal), or null.</summary>
    public static Briefing? Find(string name) => All.FirstOrDefault(b => string.Equals(b.Name, name, StringComparison.Ordinal));
}
