using System.Globalization;
using System.Text;
using Crisis.Facts.Generator.Facts;
using Crisis.Facts.Generator.Tests.Samples;
using Crisis.Facts.Generator.Tests.Support;
using CsCheck;

namespace Crisis.Facts.Generator.Tests;

/// <summary>
/// Any valid fact base, generated over the sample schema with text of every kind (accents, CJK, emoji, quotes, YAML's
/// own punctuation, tabs, leading and trailing spaces), builds with no diagnostic, and its catalog holds exactly what
/// the YAML says: every fact, every value as written. Fixed seeds, so a failure reproduces.
/// </summary>
public class GeneratedFactBaseTests
{
    /// <summary>Pieces of single-line text a curator may write; every one must reach the catalog unchanged.</summary>
    private static readonly Gen<string> Piece = Gen.Frequency(
        (6, Gen.Char['a', 'z'].Select(c => c.ToString())),
        (2, Gen.Char['\u00C0', '\u024F'].Select(c => c.ToString())),
        (1, Gen.Char['\u4E00', '\u4FFF'].Select(c => c.ToString())),
        (1, Gen.Char['\u0400', '\u04FF'].Select(c => c.ToString())),
        (3, Gen.OneOf(" ", "  ", "\t", "'", "\"", "\\", "#", ": ", "- ", "&a", "*a", "!t", "%", "@", "`", "{", "}", "[", "]", ",", "?", "|", ">",
            "«\u00A0", "\u00A0»", "’", "…", "€", "\U0001F600", "\U0001D11E", "null", "~", "true", "0x1F", "1e3", "\u200B", "\u2060")));

    private static readonly Gen<string> Text = Gen.Select(Gen.Char['A', 'Z'], Piece.Array[0, 12], (first, rest) => first + string.Concat(rest));

    /// <summary>Several lines: what a multiline-text field holds.</summary>
    private static readonly Gen<string> Lines = Text.Array[1, 3].Select(lines => string.Join("\n", lines));

    private static readonly Gen<string> Date = Gen.OneOf(
        Gen.Int[1990, 2030].Select(y => y.ToString(CultureInfo.InvariantCulture)),
        Gen.Select(Gen.Int[1990, 2030], Gen.Int[1, 12], (y, m) => $"{y:D4}-{m:D2}"),
        Gen.Select(Gen.Int[1990, 2030], Gen.Int[1, 12], Gen.Int[1, 28], Gen.Bool, (y, m, d, approximate) => $"{(approximate ? "~" : string.Empty)}{y:D4}-{m:D2}-{d:D2}"));

    private sealed record Citation(int Source, string Locator, string? Quote, int Credibility);

    private sealed record Source(string Original, string Language, string? English, string Reliability);

    private sealed record Actor(string Name, int[] MemberOf, Citation[] Citations);

    private sealed record Estimate(string Value, int? Troops, bool? Confirmed, string On, string? How, int Estimator, string[] Topics, string? Notes, Citation[] Citations);

    private sealed record FactBase(Source[] Sources, Actor[] Actors, Estimate[] Estimates);

    private static Gen<Citation> Citations(int sources) =>
        Gen.Select(Gen.Int[0, sources - 1], Text, Text.Null(), Gen.Int[1, 6], (s, locator, quote, credibility) => new Citation(s, locator, quote, credibility));

    private static readonly Gen<FactBase> FactBases =
        from sources in Gen.Select(Text, Gen.OneOf("fr", "en", "ukr"), Text.Null(), Gen.OneOf("A", "F"), (o, l, e, r) => new Source(o, l, e, r)).Array[1, 4]
        from actorCount in Gen.Int[1, 5]
        from actors in Gen.Select(Text, Gen.Int[0, actorCount - 1].Array[0, 3], Citations(sources.Length).Array[1, 2], (name, member, cited) => new Actor(name, member, cited)).Array[actorCount]
        from estimates in Gen.Select(
                Gen.Select(Gen.Int[0, 1_000_000], Gen.Int[0, 999].Nullable(), (whole, fraction) => fraction is null ? whole.ToString(CultureInfo.InvariantCulture) : $"{whole}.{fraction:D3}"),
                Gen.Int[0, 500_000].Nullable(), Gen.Bool.Nullable(), Date, Lines.Null(), Gen.Int[0, actorCount - 1],
                Gen.OneOf("military", "diplomatic", "nato-enlargement").Array[0, 2],
                Gen.Select(Lines.Null(), Citations(sources.Length).Array[1, 2], (notes, cited) => (notes, cited)),
                (value, troops, confirmed, date, how, estimator, topics, rest) => new Estimate(value, troops, confirmed, date, how, estimator, topics, rest.notes, rest.cited))
            .Array[0, 3]
            // A fact that names itself means nothing (FACT031), so a valid fact base never does.
        select new FactBase(sources, actors.Select((a, i) => a with { MemberOf = a.MemberOf.Where(m => m != i).ToArray() }).ToArray(), estimates);

    [Fact]
    public void Any_valid_fact_base_has_no_diagnostic_and_its_catalog_holds_exactly_what_the_YAML_says()
    {
        var pipeline = new Pipeline();
        foreach (var factBase in FactBases.Array[150].Generate(new PCG(5, 20211207), null, out _))
        {
            var yaml = Yaml(factBase);
            var output = pipeline.Run(new[] { (GeneratorHarness.SchemaPath, Sample.Schema), ("/data/facts/generated.yaml", yaml) });

            var diagnostics = output.Diagnostics.Select(d => $"{d.Id} {string.Join(" | ", d.Arguments)}").ToList();
            Assert.True(diagnostics.SequenceEqual(Uncited(factBase)), $"{string.Join("\n", diagnostics)}\n{yaml}");
            var catalog = output.Catalog.Model!.Facts.ToDictionary(f => f.Id, StringComparer.Ordinal);
            var expected = Expected(factBase);
            Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), catalog.Keys.Order(StringComparer.Ordinal));
            foreach (var (id, lines) in expected)
            {
                Assert.Equal(lines.Order(StringComparer.Ordinal), Project(catalog[id]).Order(StringComparer.Ordinal));
            }
        }
    }

    [Fact]
    public void Any_valid_fact_base_builds_into_C_sharp_that_compiles()
    {
        foreach (var factBase in FactBases.Array[12].Generate(new PCG(6, 20220121), null, out _))
        {
            var yaml = Yaml(factBase);

            var (result, output) = GeneratorHarness.Run((GeneratorHarness.SchemaPath, Sample.Schema), ("/data/facts/generated.yaml", yaml));

            var diagnostics = result.Diagnostics.Select(d => d.Id + " " + d.GetMessage(CultureInfo.InvariantCulture).Split('\'')[1]).Order(StringComparer.Ordinal);
            Assert.True(diagnostics.SequenceEqual(Uncited(factBase)), GeneratorHarness.DescribeAll(result.Diagnostics) + yaml);
            var errors = GeneratorHarness.CompilationErrors(output);
            Assert.True(errors.Count == 0, GeneratorHarness.DescribeAll(errors) + yaml);
        }
    }

    private static string SourceId(int i) => $"source-{i}";

    /// <summary>The one diagnostic a valid fact base may have: the FACT016 warning for each source no fact cites.</summary>
    private static IEnumerable<string> Uncited(FactBase factBase)
    {
        var cited = factBase.Actors.SelectMany(a => a.Citations).Concat(factBase.Estimates.SelectMany(e => e.Citations)).Select(c => c.Source).ToHashSet();
        return Enumerable.Range(0, factBase.Sources.Length).Where(i => !cited.Contains(i)).Select(i => "FACT016 " + SourceId(i));
    }

    private static string ActorId(int i) => $"actor-{i}";

    private static string EstimateId(int i) => $"estimate-{i}";

    /// <summary>A double-quoted YAML scalar: the only escapes needed are the quote, the backslash and line breaks.</summary>
    private static string Quote(string text) =>
        "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal) + "\"";

    private static string Yaml(FactBase factBase)
    {
        var yaml = new StringBuilder("sources:\n");
        for (var i = 0; i < factBase.Sources.Length; i++)
        {
            var s = factBase.Sources[i];
            yaml.Append(CultureInfo.InvariantCulture, $"  - id: {SourceId(i)}\n    title:\n      original: {Quote(s.Original)}\n      language: {s.Language}\n");
            if (s.English is not null)
            {
                yaml.Append(CultureInfo.InvariantCulture, $"      english: {Quote(s.English)}\n");
            }

            yaml.Append(CultureInfo.InvariantCulture, $"    reliability: {s.Reliability}\n");
        }

        yaml.Append("actors:\n");
        for (var i = 0; i < factBase.Actors.Length; i++)
        {
            var a = factBase.Actors[i];
            yaml.Append(CultureInfo.InvariantCulture, $"  - id: {ActorId(i)}\n    name: {Quote(a.Name)}\n");
            if (a.MemberOf.Length > 0)
            {
                yaml.Append(CultureInfo.InvariantCulture, $"    member-of: [{string.Join(", ", a.MemberOf.Select(ActorId))}]\n");
            }

            AppendCitations(yaml, a.Citations);
        }

        yaml.Append("estimates:\n");
        for (var i = 0; i < factBase.Estimates.Length; i++)
        {
            var e = factBase.Estimates[i];
            yaml.Append(CultureInfo.InvariantCulture, $"  - id: {EstimateId(i)}\n    value: {e.Value}\n");
            if (e.Troops is { } troops)
            {
                yaml.Append(CultureInfo.InvariantCulture, $"    troops: {troops}\n");
            }

            if (e.Confirmed is { } confirmed)
            {
                yaml.Append(CultureInfo.InvariantCulture, $"    confirmed: {(confirmed ? "true" : "false")}\n");
            }

            yaml.Append(CultureInfo.InvariantCulture, $"    as-of:\n      on: {Quote(e.On)}\n");
            if (e.How is not null)
            {
                yaml.Append(CultureInfo.InvariantCulture, $"      how: {Quote(e.How)}\n");
            }

            yaml.Append(CultureInfo.InvariantCulture, $"    estimator: {ActorId(e.Estimator)}\n");
            if (e.Topics.Length > 0)
            {
                yaml.Append(CultureInfo.InvariantCulture, $"    topics: [{string.Join(", ", e.Topics)}]\n");
            }

            if (e.Notes is not null)
            {
                yaml.Append(CultureInfo.InvariantCulture, $"    notes: {Quote(e.Notes)}\n");
            }

            AppendCitations(yaml, e.Citations);
        }

        return yaml.ToString();
    }

    private static void AppendCitations(StringBuilder yaml, Citation[] citations)
    {
        yaml.Append("    citations:\n");
        foreach (var c in citations)
        {
            yaml.Append(CultureInfo.InvariantCulture, $"      - source: {SourceId(c.Source)}\n        locator: {Quote(c.Locator)}\n");
            if (c.Quote is not null)
            {
                yaml.Append(CultureInfo.InvariantCulture, $"        quote: {Quote(c.Quote)}\n");
            }

            yaml.Append(CultureInfo.InvariantCulture, $"        credibility: {c.Credibility}\n");
        }
    }

    /// <summary>What the YAML says, as "field.path=value" lines per fact id.</summary>
    private static Dictionary<string, List<string>> Expected(FactBase factBase)
    {
        var facts = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        for (var i = 0; i < factBase.Sources.Length; i++)
        {
            var s = factBase.Sources[i];
            var lines = new List<string> { $"title.original={s.Original}", $"title.language={s.Language}", $"reliability={s.Reliability}" };
            if (s.English is not null)
            {
                lines.Add($"title.english={s.English}");
            }

            facts.Add(SourceId(i), lines);
        }

        for (var i = 0; i < factBase.Actors.Length; i++)
        {
            var a = factBase.Actors[i];
            var lines = new List<string> { $"name={a.Name}" };
            lines.AddRange(a.MemberOf.Select((m, k) => $"member-of[{k}]={ActorId(m)}"));
            lines.AddRange(CitationLines(a.Citations));
            facts.Add(ActorId(i), lines);
        }

        for (var i = 0; i < factBase.Estimates.Length; i++)
        {
            var e = factBase.Estimates[i];
            var lines = new List<string> { $"value={e.Value}", $"as-of.on={e.On}", $"estimator={ActorId(e.Estimator)}" };
            AddIf(lines, "troops", e.Troops?.ToString(CultureInfo.InvariantCulture));
            AddIf(lines, "confirmed", e.Confirmed is { } c ? (c ? "true" : "false") : null);
            AddIf(lines, "as-of.how", e.How);
            AddIf(lines, "notes", e.Notes);
            lines.AddRange(e.Topics.Select((t, k) => $"topics[{k}]={t}"));
            lines.AddRange(CitationLines(e.Citations));
            facts.Add(EstimateId(i), lines);
        }

        return facts;
    }

    private static void AddIf(List<string> lines, string name, string? value)
    {
        if (value is not null)
        {
            lines.Add($"{name}={value}");
        }
    }

    private static IEnumerable<string> CitationLines(Citation[] citations)
    {
        for (var k = 0; k < citations.Length; k++)
        {
            var c = citations[k];
            yield return $"citations[{k}].source={SourceId(c.Source)}";
            yield return $"citations[{k}].locator={c.Locator}";
            yield return $"citations[{k}].credibility={c.Credibility}";
            if (c.Quote is not null)
            {
                yield return $"citations[{k}].quote={c.Quote}";
            }
        }
    }

    /// <summary>What the catalog holds, in the same shape as <see cref="Expected"/>.</summary>
    private static IEnumerable<string> Project(FactModel fact) => fact.Fields.SelectMany(f => Project(f.Name, f.Value));

    private static IEnumerable<string> Project(string path, ValueModel value) => value.Kind switch
    {
        ValueKind.List => value.Items.SelectMany((item, k) => Project($"{path}[{k}]", item)),
        ValueKind.Block or ValueKind.Bilingual => value.Fields.SelectMany(f => Project($"{path}.{f.Name}", f.Value)),
        _ => new[] { $"{path}={value.Text}" },
    };
}
