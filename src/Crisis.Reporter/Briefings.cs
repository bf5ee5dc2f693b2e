namespace Crisis.Reporter;

/// <summary>The briefings the reporter renders, in the order <c>list</c> shows them.</summary>
public static class Briefings
{
    /// <summary>Each briefing's name and what it holds.</summary>
    public static IReadOnlyList<(string Name, string Description)> All { get; } =
    [
        ("situation", "one page in the order analysts read: bottom line, assessments, developments, forces, claims, measures, indicators, sources"),
        ("timeline", "every event in order, dates shown by precision, with a Mermaid timeline"),
        ("actors", "a dossier per actor: who they are, what they said, what they took part in"),
        ("claims", "claims with claimant, date, status and the responses to them; demands and positions"),
        ("estimates", "all figures grouped by what they measure, with a chart of the troop estimates"),
        ("measures", "sanctions threatened or imposed, aid announced or delivered, deployments"),
        ("sources", "each article with its grade, quality notes and the facts that rest on it"),
    ];

    /// <summary>The briefing names.</summary>
    public static IReadOnlyList<string> Names { get; } = All.Select(b => b.Name).ToList();

    /// <summary>True for a shipped briefing name (ordinal).</summary>
    public static bool IsKnown(string name) => Names.Contains(name, StringComparer.Ordinal);
}
