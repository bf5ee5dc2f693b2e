using System;
using System.Collections.Generic;

namespace Crisis.Shared;

/// <summary>"Did you mean …?" suggestions, by edit distance (nothing in the BCL does this).</summary>
internal static class Suggestions
{
    /// <summary>The closest candidate, when it is close enough to be a plausible typo; otherwise null.</summary>
    public static string? Closest(string input, IEnumerable<string> candidates, bool excludeLookAlikes = false)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        var limit = Math.Max(2, input.Length / 3);
        foreach (var candidate in candidates)
        {
            if (Math.Abs(candidate.Length - input.Length) > limit || (excludeLookAlikes && LookAlikes.LookTheSame(input, candidate)))
            {
                continue; // the length difference alone is more edits than a typo
            }

            var distance = Distance(input, candidate, limit);
            if (distance <= limit &&
                (distance < bestDistance || (distance == bestDistance && string.CompareOrdinal(candidate, best) < 0)))
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        return best;
    }

    /// <summary>
    /// " Did you mean 'x'?" or an empty string. A name that holds a character outside ASCII has it named first ("Its 8th
    /// character is U+0435 CYRILLIC SMALL LETTER IE, …"), and a candidate that looks the same as the input (the Latin
    /// spelling of a look-alike) is never offered: "Did you mean 'united-states'?" for a Cyrillic 'а' would read as nonsense.
    /// </summary>
    public static string DidYouMean(string input, IEnumerable<string> candidates)
    {
        var foreign = LookAlikes.DescribeFirstForeign(input);
        var closest = Closest(input, candidates, excludeLookAlikes: true);
        return (foreign is null ? string.Empty : " I" + foreign.Substring(1) + ".") +
            (closest is null ? string.Empty : $" Did you mean '{closest}'?");
    }

    /// <summary>The smallest value of a row of the distance table: no later row can go below it.</summary>
    private static int Min(int[] row)
    {
        var min = int.MaxValue;
        foreach (var value in row)
        {
            min = Math.Min(min, value);
        }

        return min;
    }

    /// <summary>Levenshtein distance; stops early, returning more than <paramref name="limit"/>, once it must exceed it.</summary>
    public static int Distance(string a, string b, int limit = int.MaxValue)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
            if (Min(previous) > limit)
            {
                return limit + 1;
            }
        }

        return previous[b.Length];
    }
}
