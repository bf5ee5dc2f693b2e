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
        var n = e.Value.ToString("#,0.##", Inv);
        return e.Qualifier switch
        {
            Qualifier.About => $"about {n} {e.Unit}",
            Qualifier.MoreThan => $"more than {n} {e.Unit}",
            Qualifier.UpTo => $"up to {n} {e.Unit}",
            Qualifier.Planned => $"{n} {e.Unit} (planned)",
            Qualifier.TensOfThousands => $"tens of thousands of {e.Unit}",
            Qualifier.Range when e.Upper is { } upper => $"between {n} and {upper.ToString("#,0.##", Inv)} {e.Unit}",
            Qualifier.Range => $"at least {n} {e.Unit} (a range without its upper bound)",
            _ => $"{n} {e.Unit}",
        };
    }

    public static string Plural(int n, string word) => n == 1 ? $"1 {word}" : $"{n.ToString(Inv)} {word}s";

    public static string Capitalise(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];
}
