using System.Globalization;
using System.Text;

namespace Crisis.Benchmarks;

/// <summary>
/// Writes a synthetic fact base of a given size against the real schema: 2% sources, 18% actors, 40% events,
/// 40% estimates, every fact cited and cross-referenced, split into files of at most 1,000 facts as curators would.
/// </summary>
public static class SyntheticFacts
{
    public const int FactsPerFile = 1000;

    public static IReadOnlyList<(string Name, string Text)> Create(int count)
    {
        var sources = Math.Max(1, count / 50);
        var actors = Math.Max(1, count * 18 / 100);
        var events = count * 40 / 100;
        var estimates = count - sources - actors - events;
        var files = new List<(string, string)>();
        files.AddRange(Split("sources", sources, Source));
        files.AddRange(Split("actors", actors, i => Actor(i, actors, sources)));
        files.AddRange(Split("events", events, i => Event(i, actors, sources)));
        files.AddRange(Split("estimates", estimates, i => Estimate(i, actors, sources)));
        return files;
    }

    private static IEnumerable<(string, string)> Split(string plural, int count, Func<int, string> fact)
    {
        for (var start = 0; start < count; start += FactsPerFile)
        {
            var text = new StringBuilder(plural).Append(":\n");
            for (var i = start; i < Math.Min(count, start + FactsPerFile); i++)
            {
                text.Append(fact(i));
            }

            yield return (string.Create(CultureInfo.InvariantCulture, $"{plural}-{start / FactsPerFile:D3}.yaml"), text.ToString());
        }
    }

    private static string Citation(int i, int sources) => string.Create(CultureInfo.InvariantCulture,
        $"    citations:\n      - source: source-{i % sources}\n        locator: \"§{i % 40}\"\n        quote: \"Quote number {i}.\"\n        credibility: {1 + (i % 6)}\n");

    private static string Source(int i) => string.Create(CultureInfo.InvariantCulture,
        $"  - id: source-{i}\n    file: {i:D3}_synthetic.txt\n    title: {{ original: \"Article {i}\", language: fr, english: \"Article {i}\" }}\n    language: fr\n    reliability: C\n    reliability-reason: Synthetic.\n");

    private static string Actor(int i, int actors, int sources) => string.Create(CultureInfo.InvariantCulture,
        $"  - id: actor-{i}\n    name: Actor {i}\n    type: person\n    role: Role {i}\n{(i > 0 ? $"    affiliation: actor-{i / 2}\n" : string.Empty)}    aliases: [A{i}, Actor number {i}]\n") + Citation(i, sources);

    private static string Event(int i, int actors, int sources) => string.Create(CultureInfo.InvariantCulture,
        $"  - id: event-{i}\n    title: Event {i}\n    type: call\n    date: {{ on: 2022-{1 + (i % 12):D2}-{1 + (i % 28):D2}, basis: stated }}\n    participants: [actor-{i % actors}, actor-{(i * 7) % actors}]\n    topics: [diplomatic]\n    summary: >\n      Synthetic event {i}.\n") + Citation(i, sources);

    private static string Estimate(int i, int actors, int sources) => string.Create(CultureInfo.InvariantCulture,
        $"  - id: estimate-{i}\n    quantity: troops-near-ukraine\n    subject: Troops {i}\n    value: {1000 + i}\n    unit: soldiers\n    qualifier: about\n    estimator: actor-{i % actors}\n    as-of: {{ on: ~2022-{1 + (i % 12):D2}, basis: inferred, how: Synthetic. }}\n") + Citation(i, sources);
}
