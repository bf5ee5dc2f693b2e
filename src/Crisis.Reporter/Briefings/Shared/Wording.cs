using System.Globalization;
using Crisis.Model;

namespace Crisis.Reporter.Briefings.Shared;

/// <summary>How figures and counts are worded in every briefing (invariant culture).</summary>
public static class Wording
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <summary>The display form of an estimate's figure: qualifier, value, unit ("more than 100,000 soldiers", "$200 million", "about 1 hour").</summary>
    public static string Figure(Estimate e) => Figure(e, withUnit: true);

    /// <summary>
    /// The figure, without its unit when a table's header names the unit ("more than 100,000"), and always with its
    /// scope when the source gives one ("…, including separatist forces"): wherever a figure is shown, what it counts
    /// goes with it.
    /// </summary>
    public static string Figure(Estimate e, bool withUnit) => Bare(e, withUnit) + Scope(e);

    /// <summary>What a figure counts besides its subject or leaves out, as its source says (", including …", ", not counting …"); empty when it says nothing.</summary>
    public static string Scope(Estimate e) =>
        (e.Includes is { } included ? $", including {included}" : "") + (e.Excludes is { } excluded ? $", not counting {excluded}" : "");

    /// <summary>True when a figure counts something its subject does not, or leaves something out: it is not one of a series of plain counts.</summary>
    public static bool HasOwnScope(Estimate e) => e.Includes is not null || e.Excludes is not null;

    private static string Bare(Estimate e, bool withUnit)
    {
        // A figure given only in words has no number: its words are shown, never a stand-in value.
        if (e.Value is not { } value)
        {
            var words = e.StatedAs ?? "a figure given without a number";
            return withUnit ? $"{words} of {e.Unit}" : words;
        }

        var n = Quantity(value, withUnit ? e.Unit : null);
        return e.Qualifier switch
        {
            Qualifier.About => $"about {n}",
            Qualifier.MoreThan => $"more than {n}",
            Qualifier.UpTo => $"up to {n}",
            Qualifier.Planned => $"{n} (planned)",
            Qualifier.Range when e.Upper is { } upper => $"between {Number(value)} and {Quantity(upper, withUnit ? e.Unit : null)}",
            Qualifier.Range => $"at least {n} (a range without its upper bound)",
            _ => n,
        };
    }

    /// <summary>
    /// A number with its unit as a reader writes it: money with its symbol and in millions or billions
    /// ("$200 million"), a count of one in the singular ("1 hour"), other counts with thousands separators.
    /// </summary>
    public static string Quantity(decimal value, string? unit)
    {
        if (unit is { } code && Currencies.TryGetValue(code, out var symbol))
        {
            return Money(value, symbol);
        }

        var number = Number(value);
        if (string.IsNullOrEmpty(unit))
        {
            return number;
        }

        return value == 1 && unit.EndsWith('s') ? $"{number} {unit[..^1]}" : $"{number} {unit}";
    }

    private static readonly Dictionary<string, string> Currencies = new(StringComparer.Ordinal)
    {
        ["USD"] = "$",
        ["EUR"] = "€",
        ["GBP"] = "£",
    };

    private static string Money(decimal value, string symbol) => value switch
    {
        >= 1_000_000_000 => $"{symbol}{Number(value / 1_000_000_000)} billion",
        >= 1_000_000 => $"{symbol}{Number(value / 1_000_000)} million",
        _ => $"{symbol}{Number(value)}",
    };

    private static string Number(decimal value) => value.ToString("#,0.##", Inv);

    /// <summary>What reader text says when the source gives an act to no one.</summary>
    public const string Unattributed = "unattributed in the source";

    /// <summary>
    /// The one way reader text names the parties to one act: "Russia", "Russia and Belarus", "A, B and C", or
    /// <see cref="Unattributed"/> when there are none.
    /// </summary>
    public static string Parties(IReadOnlyList<string> names) => names.Count == 0 ? Unattributed : List(names);

    /// <summary>Items as a reader lists them: "A", "A and B", "A, B and C".</summary>
    public static string List(IReadOnlyList<string> items) => items.Count switch
    {
        0 => "",
        1 => items[0],
        _ => $"{string.Join(", ", items.Take(items.Count - 1))} and {items[^1]}",
    };

    /// <summary>
    /// Who relayed words that are not the parties' own: "reported by Yuri Ushakov", then how, in the words the schema
    /// gives the relay ("reported by The Kremlin in a readout"; the label of a relay a reader needs no word for is empty).
    /// </summary>
    public static string ReportedBy(string relayer, Relay how) =>
        how.Label() is { Length: > 0 } words ? $"reported by {relayer} {words}" : $"reported by {relayer}";

    public static string Plural(int n, string word) => Plural(n, word, word + "s");

    /// <summary>"1 actor", "61 actors": a count with the word it counts.</summary>
    public static string Plural(int n, string singular, string plural) => n == 1 ? $"1 {singular}" : $"{n.ToString(Inv)} {plural}";

    public static string Capitalise(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];
}
