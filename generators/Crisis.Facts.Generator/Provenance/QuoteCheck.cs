using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading;
using Crisis.Facts.Generator.Common;
using Crisis.Facts.Generator.Diagnostics;
using Crisis.Shared;

namespace Crisis.Facts.Generator.Provenance;

/// <summary>
/// Checks the citations of one fact file: each locator's notation, and each quote at its locator in its source's text
/// (with the counting rule of <see cref="NumberedText"/>). One error per citation at most: a locator that is not in the
/// notation is not also looked up; a citation of a source that is unknown, or whose text is missing or changed, is not
/// checked (that is reported once, at the source).
/// </summary>
internal static class QuoteCheck
{
    private static readonly Regex Word = new(@"\w+", RegexOptions.CultureInvariant);

    public static EquatableArray<DiagnosticInfo> Check(CitationsOfFile file, EquatableArray<CheckableSource> sources, CancellationToken cancellationToken)
    {
        var diagnostics = new List<DiagnosticInfo>();
        if (file.Citations.Count == 0)
        {
            return EquatableArray<DiagnosticInfo>.Empty;
        }

        var texts = new Dictionary<string, CheckableSource>(StringComparer.Ordinal);
        foreach (var source in sources)
        {
            texts[source.Id] = source;
        }

        foreach (var citation in file.Citations)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!Locator.TryParse(citation.Locator, out var locator))
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.LocatorNotation, file.Path, citation.LocatorLocation,
                    citation.Locator, NotationHint(citation.Locator, citation.Quote)));
                continue;
            }

            if (citation.Quote is not { } quote || !texts.TryGetValue(citation.Source, out var source))
            {
                continue;
            }

            var text = source.Text;
            if (text.Holds(locator, quote))
            {
                if (text.IsWiderThanNeeded(locator, quote))
                {
                    var needed = text.Find(quote).First(l => l.Paragraph == locator.Paragraph && l.First >= locator.First && l.Last <= locator.Last);
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.LocatorTooWide, file.Path, citation.LocatorLocation,
                        needed.ToString(), source.Id, locator.ToString()));
                }

                continue;
            }

            var found = text.Find(quote);
            if (found.Count > 0)
            {
                const int Listed = 3;
                var places = string.Join(", ", found.Take(Listed)) + (found.Count > Listed ? $" and {found.Count - Listed} more places" : string.Empty);
                var advice = found.Count == 1 ? $" Write \"{found[0]}\"." : " Write the one this citation means.";
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.QuoteElsewhere, file.Path, citation.LocatorLocation,
                    locator.ToString(), source.Id, source.File, places, advice));
                continue;
            }

            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.QuoteNotInText, file.Path, citation.QuoteLocation,
                source.Id, source.File, QuoteHint.Explain(text, quote, locator)));
        }

        return diagnostics.ToEquatableArray();
    }

    /// <summary>What is wrong with a locator that is not in the notation, when it can be told.</summary>
    private static string NotationHint(string locator, string? quote)
    {
        if (quote is not null && RepeatsQuote(locator, quote))
        {
            return " A locator says where the quote is and nothing else: leave the quote's words out of it.";
        }

        if (locator.IndexOf('§') >= 0)
        {
            return " Paragraphs are marked ¶ (the pilcrow), not §.";
        }

        var range = Regex.Match(locator, @"^¶([0-9]+) s\.([0-9]+)–([0-9]+)\z", RegexOptions.CultureInvariant);
        if (range.Success && int.TryParse(range.Groups[2].Value, out var first) && int.TryParse(range.Groups[3].Value, out var last) && last <= first)
        {
            return last == first
                ? $" A range runs from a sentence to a later one: for one sentence write \"¶{range.Groups[1].Value} s.{first}\"."
                : " A range runs from a sentence to a later one.";
        }

        if (Regex.IsMatch(locator, @"^¶[0-9]+ s\.[0-9]+\s*[-–—−]\s*[0-9]+\z", RegexOptions.CultureInvariant))
        {
            return " Join the first and last sentence of a range with an en dash (–), without spaces.";
        }

        var start = Regex.Match(locator, @"^¶[1-9][0-9]* s\.[1-9][0-9]*(–[1-9][0-9]*)?", RegexOptions.CultureInvariant);
        if (start.Success && Locator.TryParse(start.Value, out _))
        {
            return $" Keep \"{start.Value}\" only: a locator says where the quote is and nothing else.";
        }

        return string.Empty;
    }

    /// <summary>Three consecutive words of the quote in the locator: the locator repeats what the quote says.</summary>
    private static bool RepeatsQuote(string locator, string quote)
    {
        var words = Words(quote);
        var locatorText = " " + string.Join(" ", Words(locator)) + " ";
        for (var i = 0; i + 2 < words.Count; i++)
        {
            if (locatorText.IndexOf(" " + words[i] + " " + words[i + 1] + " " + words[i + 2] + " ", StringComparison.Ordinal) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    private static List<string> Words(string text) =>
        Word.Matches(text.ToLowerInvariant()).Cast<Match>().Select(m => m.Value).ToList();
}
