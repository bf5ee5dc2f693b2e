using System.Globalization;
using Crisis.Model;

namespace Crisis.Reporter.Briefings.Shared;

/// <summary>How figures and counts are worded in every briefing (invariant culture).</summary>
public static class Wording
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <summary>The display form of an estimate's figure: qualifier, value, unit ("more than 100,000 soldiers").</summary>
    public static string Figure(Estimate e)
    {
        // A figure given only in words has no number: its words are shown, never a stand-in value.
        if (e.Value is not { } value)
        {
            return $"{e.StatedAs ?? "a figure given without a number"} of {e.Unit}";
        }

        var n = value.ToString("#,0.##", Inv);
        return e.Qualifier switch
        {
            Qualifier.About => $"about {n} {e.Unit}",
            Qualifier.MoreThan => $"more than {n} {e.Unit}",
            Qualifier.UpTo => $"up to {n} {e.Unit}",
            Qualifier.Planned => $"{n} {e.Unit} (planned)",
            Qualifier.Range when e.Upper is { } upper => $"between {n} and {upper.ToString("#,0.##", Inv)} {e.Unit}",
            Qualifier.Range => $"at least {n} {e.Unit} (a range without its upper bound)",
            _ => $"{n} {e.Unit}",
        };
    }

    /// <summary>What reader text says when the source gives an act to no one.</summary>
    public const string Unattributed = "unattributed in the source";

    /// <summary>
    /// The one way reader text names the parties to one act: "Russia", "Russia and Belarus", "A, B and C", or
    /// <see cref="Unattributed"/> when there are none.
    /// </summary>
    public static string Parties(IReadOnlyList<string> names) => names.Count switch
    {
        0 => Unattributed,
        1 => names[0],
        _ => $"{string.Join(", ", names.Take(names.Count - 1))} and {names[^1]}",
    };

    /// <summary>Who relayed words that are not the parties' own: "reported by Yuri Ushakov", "reported by The Kremlin in a readout".</summary>
    public static string ReportedBy(string relayer, Relay how) => how switch
    {
        Relay.Readout => $"reported by {relayer} in a readout",
        Relay.ToldReporters => $"reported by {relayer} to reporters",
        Relay.PressReport => $"reported by {relayer} in a press report",
        _ => $"reported by {relayer}",
    };

    public static string Plural(int n, string word) => n == 1 ? $"1 {word}" : $"{n.ToString(Inv)} {word}s";

    public static string Capitalise(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];
}
