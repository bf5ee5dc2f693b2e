using System.Globalization;
using System.Text;

namespace Crisis.Benchmarks;

/// <summary>
/// Writes a synthetic fact base of a given size against the real schema: 2% sources, 18% actors, 40% events,
/// 40% estimates, every fact cited and cross-referenced, split into files of at most 1,000 facts as curators would.
/// Every source's text is <see cref="Text"/> (one file, pinned): citation i of each kind quotes "Quote number i." at
/// "¶(1 + i mod 40) s.(1 + i / 40)", where that text has it, so the quote check finds every quote at its locator.
/// </summary>
public static class SyntheticFacts
{
    public const int FactsPerFile = 1000;

    public const string TextName = "synthetic.txt";

    private const int Paragraphs = 40;

    public static IReadOnlyList<(string Name, string Text)> Create(int count)
    {
        var pin = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(Text(count))));
        var sources = Math.Max(1, count / 50);
        var actors = Math.Max(1, count * 18 / 100);
        var events = count * 40 / 100;
        var estimates = count - sources - actors - events;
        var files = new List<(string, string)>();
        files.AddRange(Split("sources", sources, i => Source(i, pin)));
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

    /// <summary>The text every synthetic source cites: paragraph p holds "Quote number i." for each i = p - 1 (mod 40), in order.</summary>
    public static string Text(int count)
    {
        var citing = count * 40 / 100; // the largest kind (events, estimates) numbers its facts below this
        var text = new StringBuilder();
        for (var p = 0; p < Paragraphs; p++)
        {
            for (var i = p; i <= citing; i += Paragraphs)
            {
                text.Append(CultureInfo.InvariantCulture, $"Quote number {i}. ");
            }

            text.Length--;
            text.Append('\n');
        }

        return text.ToString();
    }

    private static string Citation(int i, int sources) => string.Create(CultureInfo.InvariantCulture,
        $"    citations:\n      - source: source-{i % sources}\n        locator: \"¶{1 + (i % Paragraphs)} s.{1 + (i / Paragraphs)}\"\n        quote: \"Quote number {i}.\"\n        credibility: {1 + (i % 6)}\n");

    private static string Source(int i, string pin) => string.Create(CultureInfo.InvariantCulture,
        $"  - id: source-{i}\n    file: {TextName}\n    sha256: {pin}\n    title: {{ original: \"Article {i}\", language: fr, english: \"Article {i}\" }}\n    language: fr\n    reliability: C\n    reliability-reason: Synthetic.\n");

    private static string Actor(int i, int actors, int sources) => string.Create(CultureInfo.InvariantCulture,
        $"  - id: actor-{i}\n    name: Actor {i}\n    type: person\n    role: Role {i}\n{(i > 0 ? $"    affiliation: actor-{i / 2}\n" : string.Empty)}    aliases: [A{i}, Actor number {i}]\n") + Citation(i, sources);

    private static string Event(int i, int actors, int sources) => string.Create(CultureInfo.InvariantCulture,
        $"  - id: event-{i}\n    title: Event {i}\n    type: call\n    salience: {(i % 3 == 0 ? "key" : i % 3 == 1 ? "major" : "minor")}\n    date: {{ on: 2022-{1 + (i % 12):D2}-{1 + (i % 28):D2}, basis: stated }}\n    participants: [actor-{i % actors}, actor-{(i * 7) % actors}]\n    topics: [diplomatic]\n    summary: >\n      Synthetic event {i}.\n") + Citation(i, sources);

    private static string Estimate(int i, int actors, int sources) => string.Create(CultureInfo.InvariantCulture,
        $"  - id: estimate-{i}\n    quantity: troops-near-ukraine\n    subject: Troops {i}\n    value: {1000 + i}\n    unit: soldiers\n    qualifier: about\n    estimators: [actor-{i % actors}]\n    as-of: {{ on: ~2022-{1 + (i % 12):D2}, basis: inferred, how: Synthetic. }}\n") + Citation(i, sources);
}
