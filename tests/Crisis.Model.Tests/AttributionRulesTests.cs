using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Crisis.Model;

namespace Crisis.Model.Tests;

/// <summary>
/// The attribution rules of the schema (issue 9, part 1) that a machine can check on the real fact base: joint
/// parties are listed, not explained in prose; relayed words name who relayed them; a figure given only in words
/// carries no number. See the header of data/schema/crisis.schema.yaml.
/// </summary>
public sealed class AttributionRulesTests
{
    private static FactCatalog Catalog => Facts.Catalog;

    /// <summary>
    /// Every fact with parties (the schema's role 'parties'), with those parties and its reader and curator prose: its
    /// label and its multiline texts (summary, notes), read by the schema's field names. A new kind is checked too.
    /// </summary>
    private static IEnumerable<(IFact Fact, ImmutableArray<ActorId> Parties, string Prose)> PartyFacts() =>
        Catalog.All.OfType<IPartiesFact>().Select(f => ((IFact)f, f.Parties, Prose(f)));

    /// <summary>Every fact that can carry relayed words (the role 'relayed-by'), with who relayed them and its prose.</summary>
    private static IEnumerable<(IFact Fact, ReportedBy? ReportedBy, string Prose)> RelayFacts() =>
        Catalog.All.OfType<IRelayedByFact>().Select(f => ((IFact)f, f.RelayedBy, Prose(f)));

    /// <summary>The fact's label and multiline texts, as its record writes them (the schema's own names).</summary>
    private static string Prose(IFact fact)
    {
        var fields = FactSchema.KindOf(fact).Fields.Where(f => f.Role == FactRole.Label || f.Type == FactFieldType.MultilineText).Select(f => f.Name).ToHashSet();
        var buffer = new System.IO.MemoryStream();
        using (var writer = new System.Text.Json.Utf8JsonWriter(buffer))
        {
            fact.WriteJson(writer);
        }

        using var json = System.Text.Json.JsonDocument.Parse(buffer.ToArray());
        return string.Join("\n", json.RootElement.EnumerateObject()
            .Where(p => fields.Contains(p.Name) && p.Value.ValueKind == System.Text.Json.JsonValueKind.String)
            .Select(p => p.Value.GetString()));
    }

    [Fact]
    public void Every_fact_with_parties_has_prose_to_check()
    {
        // Reading the prose by the schema's names must find it: an empty text would make the rules below pass unseen.
        Assert.NotEmpty(PartyFacts());
        Assert.All(PartyFacts(), x => Assert.False(string.IsNullOrWhiteSpace(x.Prose), $"{FactLocation.Describe(x.Fact)}: no prose read"));
    }

    // Prose that explains the data instead of the world: the schema's old limits leaking into reader text.
    private static readonly Regex Machinery = new(
        @"\bjointly\b|\bthe schema\b|\bfield allows\b|\ballows (only )?one\b|\bstands as (assessor|claimant|estimator|responder)\b|\bis (recorded|listed) (as|because)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    [Fact]
    public void Joint_parties_are_listed_not_explained_in_prose()
    {
        var wrong = new List<string>();
        foreach (var (fact, parties, prose) in PartyFacts())
        {
            if (Machinery.Match(prose) is { Success: true } m)
            {
                wrong.Add($"{FactLocation.Describe(fact)}: \"{m.Value}\" explains the data; list the parties instead");
            }

            // One party listed, but the prose makes it the first of several: "Russia and Belarus said …",
            // "according to the United States and the United Kingdom".
            if (parties.Length == 1)
            {
                var actor = Catalog[parties[0]];
                foreach (var name in actor.Aliases.Prepend(actor.Name).Where(n => n.Length > 3 && char.IsUpper(n[0])))
                {
                    var joint = new Regex($@"(^|\n|according to |; )(the )?{Regex.Escape(name)} and ", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
                    if (joint.IsMatch(prose))
                    {
                        wrong.Add($"{FactLocation.Describe(fact)}: the prose gives it to \"{name} and …\", the fact to {actor.Id} alone");
                        break;
                    }
                }
            }
        }

        Assert.True(wrong.Count == 0, "Joint parties explained in prose instead of listed:\n" + string.Join("\n", wrong));
    }

    // "According to a senior US official, Kishida …", "(as reported by Ushakov)": words that reached the article through someone else.
    private static readonly Regex Relayed = new(
        @"(^|\n)According to |\bas reported by\b|\(reported by\b|\bvia (a|an|the) ",
        RegexOptions.CultureInvariant);

    [Fact]
    public void Relayed_words_name_who_relayed_them()
    {
        var wrong = RelayFacts()
            .Where(x => x.ReportedBy is null && Relayed.IsMatch(x.Prose))
            .Select(x => $"{FactLocation.Describe(x.Fact)}: \"{Relayed.Match(x.Prose).Value.Trim()}\" without reported-by")
            .ToList();
        Assert.True(wrong.Count == 0, "Relayed words without a reported-by (who relayed them, how):\n" + string.Join("\n", wrong));
    }

    [Fact]
    public void The_relayer_is_not_one_of_the_parties()
    {
        var parties = PartyFacts().ToDictionary(x => x.Fact.Key, x => x.Parties, StringComparer.Ordinal);
        var wrong = RelayFacts()
            .Where(x => x.ReportedBy is { } r && parties[x.Fact.Key].Contains(r.By))
            .Select(x => $"{FactLocation.Describe(x.Fact)}: {x.ReportedBy!.By} is both a party and the relayer")
            .ToList();
        Assert.True(wrong.Count == 0, "Words relayed by their own author (leave reported-by out):\n" + string.Join("\n", wrong));
    }

    [Fact]
    public void A_figure_in_words_carries_no_number_and_every_other_figure_has_one()
    {
        var wrong = new List<string>();
        foreach (var e in Catalog.Estimates)
        {
            var inWords = e.Qualifier == Qualifier.InWords;
            if (inWords && e.Value is not null)
            {
                wrong.Add($"{FactLocation.Describe(e)}: in-words with value {e.Value} (leave the value out)");
            }

            if (inWords && (e.StatedAs is null || e.StatedAs.Any(char.IsDigit)))
            {
                wrong.Add($"{FactLocation.Describe(e)}: in-words needs stated-as, the source's words without a number");
            }

            if (!inWords && e.Value is null)
            {
                wrong.Add($"{FactLocation.Describe(e)}: qualifier {e.Qualifier.ToKey()} needs a value (or qualifier in-words)");
            }

            if (!inWords && e.StatedAs is not null)
            {
                wrong.Add($"{FactLocation.Describe(e)}: stated-as is only for qualifier in-words");
            }
        }

        Assert.True(wrong.Count == 0, "Figures in words and numbers mixed up:\n" + string.Join("\n", wrong));
    }
}
