using System.Globalization;
using System.Text;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

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

    /// <summary>
    /// <paramref name="count"/> more events made of the real ones, as issue 22 measured its pages: event i is the real
    /// event i mod n (of the n in data/facts) under the id "ID-copy-K" (K = i / n), every other field as written (same
    /// dates, participants, citations), so the pages grow as a real fact base would, within the real period. Each copy
    /// is the original's text with its id replaced (the spans come from YamlDotNet's marks), in files of
    /// <see cref="FactsPerFile"/> events.
    /// </summary>
    public static IReadOnlyList<(string Name, string Text)> CopiesOfRealEvents(string repositoryRoot, int count)
    {
        var originals = RealEvents(repositoryRoot);
        return Split("events", count, i =>
        {
            var (text, idStart, idLength, id) = originals[i % originals.Count];
            var copy = string.Create(CultureInfo.InvariantCulture, $"{id}-copy-{i / originals.Count}");
            return "  - " + text[..idStart] + copy + text[(idStart + idLength)..] + "\n";
        }).Select(file => ("copies-of-" + file.Item1, file.Item2)).ToList();
    }

    /// <summary>
    /// Each real event's text (from its first key to where the next event, or the list, starts; without the next item's
    /// "-"), and where its id's value is in that text. Read with YamlDotNet's parser, whose events carry their positions.
    /// </summary>
    private static List<(string Text, int IdStart, int IdLength, string Id)> RealEvents(string repositoryRoot)
    {
        var events = new List<(string, int, int, string)>();
        foreach (var (_, text) in BenchTools.RealFacts(repositoryRoot))
        {
            var parser = new Parser(new StringReader(text));
            parser.Consume<StreamStart>();
            if (!parser.TryConsume<DocumentStart>(out _) || !parser.TryConsume<MappingStart>(out _))
            {
                continue;
            }

            while (!parser.TryConsume<MappingEnd>(out _))
            {
                if (parser.Consume<Scalar>().Value != "events")
                {
                    parser.SkipThisAndNestedEvents();
                    continue;
                }

                parser.Consume<SequenceStart>();
                var items = new List<(int Start, Scalar Id)>();
                int listEnd;
                while (true)
                {
                    if (parser.TryConsume<SequenceEnd>(out var sequenceEnd))
                    {
                        listEnd = (int)sequenceEnd.Start.Index;
                        break;
                    }

                    var start = (int)parser.Consume<MappingStart>().Start.Index;
                    Scalar? id = null;
                    while (!parser.TryConsume<MappingEnd>(out _))
                    {
                        if (parser.Consume<Scalar>().Value == "id")
                        {
                            id = parser.Consume<Scalar>();
                        }
                        else
                        {
                            parser.SkipThisAndNestedEvents();
                        }
                    }

                    items.Add((start, id ?? throw new InvalidOperationException($"An event without an id at offset {start}.")));
                }

                for (var i = 0; i < items.Count; i++)
                {
                    var (start, id) = items[i];
                    var last = i + 1 == items.Count;
                    var item = text[start..(last ? listEnd : items[i + 1].Start)].TrimEnd();
                    item = last ? item : item[..^1].TrimEnd(); // the next item's "-"
                    events.Add((item, (int)id.Start.Index - start, (int)(id.End.Index - id.Start.Index), id.Value));
                }
            }
        }

        return events.Count > 0 ? events : throw new InvalidOperationException("No events in data/facts to copy.");
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
