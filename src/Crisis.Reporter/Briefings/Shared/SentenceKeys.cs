using Crisis.Model;
using Crisis.Shared;

namespace Crisis.Reporter.Briefings.Shared;

/// <summary>
/// The sentences a citation covers, each as a key ("¶3 s.20–21" is two), so that facts resting on the same sentence can
/// be told apart from facts that only share a source: the one place a sentence is named for counting or matching.
/// </summary>
public static class SentenceKeys
{
    /// <summary>A key per sentence <paramref name="c"/> covers; a locator not in the notation is one passage of its own.</summary>
    public static IEnumerable<string> Of(Citation c) => Locator.TryParse(c.Locator, out var locator)
        ? Enumerable.Range(locator.First, locator.Last - locator.First + 1).Select(s => $"{c.Source.Value}\u001f{locator.Paragraph}\u001f{s}")
        : [$"{c.Source.Value}\u001f{c.Locator}"];

    /// <summary>The keys of every sentence <paramref name="fact"/> cites.</summary>
    public static HashSet<string> Of(ICitedFact fact) => fact.Citations.SelectMany(Of).ToHashSet(StringComparer.Ordinal);
}
