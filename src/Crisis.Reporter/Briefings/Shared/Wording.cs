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

    /// <summary>True when a figure's unit is a currency ("USD"): a sum of money, not a count.</summary>
    public static bool IsMoney(string? unit) => unit is not null && Currencies.ContainsKey(unit);

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

    private static readonly string[] SmallCounts = ["no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];

    /// <summary>A count as prose writes it: in words below ten ("the three fronts"), in digits from ten.</summary>
    public static string CountWord(int count) => count is >= 0 and < 10 ? SmallCounts[count] : count.ToString(Inv);

    /// <summary>What reader text says when the source gives an act to no one.</summary>
    public const string Unattributed = "unattributed";

    /// <summary>
    /// Who an unattributed act is left to: the sources whose own voice it is ("unattributed (S4)", "unattributed (S1,
    /// S3)"), or <see cref="Unattributed"/> alone when the fact cites none. Never a stand-in actor's name.
    /// </summary>
    public static string UnattributedIn(IReadOnlyList<string> sourceLabels) =>
        sourceLabels.Count == 0 ? Unattributed : $"{Unattributed} ({string.Join(", ", sourceLabels)})";

    /// <summary>
    /// The one way reader text names the parties to one act: "Russia", "Russia and Belarus", "A, B and C", or
    /// <see cref="Unattributed"/> when there are none.
    /// </summary>
    public static string Parties(IReadOnlyList<string> names) => names.Count == 0 ? Unattributed : List(names);

    /// <summary>
    /// An actor's name as running text gives it: a trailing parenthesis of several words is the curators' way of telling
    /// two unnamed officials apart ("US officials (unnamed, collectively)", "Senior US administration official (briefing
    /// after the 12 February call)") and is left out; one word in it is another name the reader knows ("US Department of
    /// Defense (Pentagon)", "Group of Eight (G8)") and stays.
    /// </summary>
    public static string ReaderName(string name)
    {
        if (!name.EndsWith(')'))
        {
            return name;
        }

        var open = name.LastIndexOf(" (", StringComparison.Ordinal);
        return open > 0 && name.AsSpan(open + 2, name.Length - open - 3).Contains(' ') ? name[..open] : name;
    }

    /// <summary>
    /// True when a verb after these parties takes the plural ("US officials dispute", "Russia and Belarus say"): more than
    /// one party, or one collective whose name's head noun is plural ("European countries", "Western officials familiar
    /// with the matter"). A state or a body is one party, whatever its name ("the United States says").
    /// </summary>
    public static bool IsPlural(IReadOnlyList<(string Name, ActorType Type)> parties) =>
        parties.Count > 1 || (parties.Count == 1 && parties[0].Type is ActorType.Group or ActorType.Collective or ActorType.Official && HeadNounIsPlural(ReaderName(parties[0].Name)));

    /// <summary>Words that end the head of a noun phrase in an actor's name: what follows qualifies it ("officials familiar with …").</summary>
    private static readonly string[] Qualifiers = ["familiar", "close", "on", "of", "in", "at", "during", "from", "with"];

    private static bool HeadNounIsPlural(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var end = Array.FindIndex(words, w => Qualifiers.Contains(w, StringComparer.Ordinal));
        var head = (end > 0 ? words[end - 1] : words[^1]).TrimEnd(',', '.');
        return head.EndsWith('s') && !head.EndsWith("ss", StringComparison.Ordinal);
    }

    /// <summary>
    /// A verb phrase in the third person singular, as the schema's reader labels give it ("denies", "is open to talks"),
    /// made to agree with its subject: "deny", "are open to talks" after a plural one.
    /// </summary>
    public static string Agree(string phrase, bool plural)
    {
        if (!plural || phrase.Length == 0)
        {
            return phrase;
        }

        var space = phrase.IndexOf(' ', StringComparison.Ordinal);
        var (verb, rest) = space < 0 ? (phrase, "") : (phrase[..space], phrase[space..]);
        var plain = verb switch
        {
            "is" => "are",
            "has" => "have",
            "does" => "do",
            _ when verb.EndsWith("ies", StringComparison.Ordinal) => verb[..^3] + "y",
            _ when verb.EndsWith("sses", StringComparison.Ordinal) || verb.EndsWith("shes", StringComparison.Ordinal) || verb.EndsWith("ches", StringComparison.Ordinal) || verb.EndsWith("xes", StringComparison.Ordinal) => verb[..^2],
            _ when verb.EndsWith('s') => verb[..^1],
            _ => verb,
        };
        return plain + rest;
    }

    /// <summary>
    /// A sentence without the elaboration it sets off with a spaced dash ("NATO must withdraw to its 1997 lines — withdrawing
    /// foreign forces …": "NATO must withdraw to its 1997 lines."), for a table cell; the text stays whole elsewhere.
    /// </summary>
    public static string MainClause(string text)
    {
        var dash = text.IndexOf(" — ", StringComparison.Ordinal);
        return dash <= 0 ? text : text[..dash].TrimEnd(',', ';', ':') + ".";
    }

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

    /// <summary>
    /// Words someone relayed, with who relayed them said once, before the words, as the articles say it: "The White
    /// House said in a readout that Biden and Macron discussed …", "An Élysée official told reporters that Putin
    /// told Macron …", "According to the Kremlin, Putin told Macron …". Before, not after: a reader learns whose account
    /// a long sentence is before reading it, and no parenthesis holds a name that has its own ("(reported by a French
    /// presidency (Élysée) official to reporters)").
    /// </summary>
    public static string RelayedWords(string relayer, Relay how, string words)
    {
        var who = Capitalise(relayer);
        var said = how switch
        {
            Relay.Readout => $"{who} said in a readout that ",
            Relay.ToldReporters => $"{who} told reporters that ",
            _ => $"According to {relayer}, ",
        };
        // "The Kremlin said …" reads "the Kremlin" inside the sentence; a name ("Putin told …") keeps its capital.
        var lead = words.StartsWith("The ", StringComparison.Ordinal) || words.StartsWith("A ", StringComparison.Ordinal) || words.StartsWith("An ", StringComparison.Ordinal)
            ? Uncapitalise(words) : words;
        return said + lead;
    }

    public static string Plural(int n, string word) => Plural(n, word, word + "s");

    /// <summary>
    /// True for a word of rank or description that opens an unnamed official's name and a sentence writes in lower case
    /// after "a" ("Senior US State Department official": "a senior US State Department official"); a nationality
    /// ("French", "US") keeps its capital. English gives no rule that tells the two apart, hence the short list.
    /// </summary>
    public static bool IsRank(string word) => word is "Senior" or "Unnamed" or "Deputy" or "Top";

    /// <summary>A text with its first letter in lower case, for a vocabulary description used inside a sentence.</summary>
    public static string Uncapitalise(string s) => s.Length == 0 ? s : char.ToLowerInvariant(s[0]) + s[1..];

    /// <summary>"1 actor", "61 actors": a count with the word it counts.</summary>
    public static string Plural(int n, string singular, string plural) => n == 1 ? $"1 {singular}" : $"{n.ToString(Inv)} {plural}";

    public static string Capitalise(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];
}
