using System.Text.RegularExpressions;
using Crisis.Model;
using Crisis.Reporter.Briefings.Shared;
using static Crisis.Reporter.Briefings.Shared.Wording;

namespace Crisis.Reporter.Briefings.Sources;

/// <summary>
/// "How far the sources are independent", from the sources' records alone: their grades, whether two record the same
/// original, which say their original drew on wire copy, and how many facts rest on more than one source. The data
/// has no field naming the wire reports an original drew on, so this says what the records support and no more.
/// </summary>
public static partial class SourceIndependence
{
    /// <summary>The paragraph's sentences for the selected facts' sources.</summary>
    public static IReadOnlyList<string> Describe(BriefingContext context, IReadOnlyList<ICitedFact> cited)
    {
        var notes = context.Notes;
        var sources = notes.Sources;
        if (sources.Count == 0)
        {
            return [];
        }

        string Labels(IEnumerable<Source> list) => List([.. list.Select(s => notes.LabelOf(s.Id))]);
        var sentences = new List<string>
        {
            $"Grades: {string.Join("; ", sources.GroupBy(s => s.Reliability).OrderBy(g => g.Key).Select(g => $"{g.Key.Label()} ({Labels(g)})"))}.",
        };

        var shared = sources.Where(s => s.Original is not null).GroupBy(s => s.Original!, StringComparer.Ordinal).Where(g => g.Count() > 1).ToList();
        var unknown = sources.Where(s => s.Original is null).ToList();
        sentences.Add(shared.Count == 0
            ? "No two sources record the same original" + (unknown.Count == 0 ? "." : $"; {Labels(unknown)} {(unknown.Count == 1 ? "records" : "record")} no original.")
            : string.Join(" ", shared.Select(g => $"{Labels(g)} record the same original, so they count as one report.")));

        var wire = Wired(sources);
        if (wire.Count > 1)
        {
            sentences.Add($"The records of {Labels(wire)} say their originals drew on wire reporting; they do not say which wire reports, so what these sources share may be one report, not independent confirmation.");
        }

        var bySources = cited.Select(f => f.Citations.Select(c => c.Source).Distinct().ToList()).Where(l => l.Count > 1).ToList();
        var onlyWire = OnWireOnly(context, cited);
        var wireFacts = onlyWire.Sum(c => c.Facts);
        sentences.Add($"{Capitalise(Plural(bySources.Count, "fact"))} of {cited.Count} {(bySources.Count == 1 ? "rests" : "rest")} on more than one source"
            + (wireFacts == 0 ? "."
                : $"; {wireFacts} of them" + (onlyWire.Count == wireFacts ? "" : $", making {Plural(onlyWire.Count, "claim")} (facts that rest on the same sentences are one claim),")
                    + " only on sources whose originals drew on wire reporting, listed below: their second source may not confirm them."));
        sentences.Add("The data records each source's outlet and original in words, with no field for the reports an original drew on: a second source counts as confirmation only as far as these records show it to be independent.");
        return sentences;
    }

    /// <summary>
    /// The claims that rest on more than one source, all of whose originals drew on wire reporting, each as the reader
    /// knows it with its sources ("Russia wants written, legally binding guarantees … (S2 and S4)"): the confirmations to
    /// discount. Facts that rest on the same sentences (an aid measure and its figure) are one claim, listed once, so
    /// that one confirmation is not counted twice. Empty when fewer than two sources drew on wires.
    /// </summary>
    public static IReadOnlyList<WireClaim> OnWireOnly(BriefingContext context, IReadOnlyList<ICitedFact> cited)
    {
        var wire = Wired(context.Notes.Sources).Select(s => s.Id).ToHashSet();
        if (wire.Count < 2)
        {
            return [];
        }

        return [.. cited
            .Select(f => (Fact: f, Sources: f.Citations.Select(c => c.Source).Distinct().ToList()))
            .Where(x => x.Sources.Count > 1 && x.Sources.All(wire.Contains))
            .GroupBy(x => string.Join("\u001e", SentenceKeys.Of(x.Fact).Order(StringComparer.Ordinal)), StringComparer.Ordinal)
            .Select(g =>
            {
                var facts = g.Select(x => x.Fact).ToList();
                // A claim made of a figure and the fact it measures (an aid measure and its sum) reads as the figure's
                // sentence, which says who gave how much of what; any other claim as its first fact's label. The
                // paragraph above says facts on the same sentences count once, so the line does not count them again.
                var shown = facts.OfType<Estimate>().FirstOrDefault() is { } figure ? context.Views.EstimateSentence(figure) : context.Views.LabelOf(facts[0]);
                var sources = List([.. g.First().Sources.Select(context.Notes.LabelOf).Order(StringComparer.Ordinal)]);
                return new WireClaim($"{shown.TrimEnd('.')} ({sources})", facts.Count);
            })];
    }

    /// <summary>The sources whose records say their original (or outlet) drew on wire reporting.</summary>
    private static List<Source> Wired(IEnumerable<Source> sources) =>
        [.. sources.Where(s => WireWords().IsMatch(s.Original ?? "") || WireWords().IsMatch(s.Outlet ?? ""))];

    [GeneratedRegex(@"\bwire\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WireWords();
}

/// <summary>A claim resting only on wire-fed sources: its line ("… (S2 and S3)") and how many facts make it.</summary>
public sealed record WireClaim(string Text, int Facts) : Crisis.Reporter.Templating.ITemplateView;
