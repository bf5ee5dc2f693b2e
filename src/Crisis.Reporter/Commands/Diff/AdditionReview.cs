using System.Globalization;
using System.Text.Json;
using Crisis.Model;

namespace Crisis.Reporter.Commands.Diff;

/// <summary>
/// What an added fact, an added citation or a changed answer gives a reviewer to check: what only a person holding the
/// article can settle, however correct the build says the data is. A pull request that adds a source changes no value,
/// so these rules read what is new:
/// <list type="bullet">
/// <item><c>new-source</c>: an added source, its reliability and the grades its citations carry.</item>
/// <item><c>graded-1</c>: a new citation graded 1 (confirmed by other sources), and the other sources it rests on.</item>
/// <item><c>damaged-sentence</c>: a new citation graded 3 to 6, or with a note (a repair): does the grade fit the damage?</item>
/// <item><c>public-record-date</c>: a new date taken from the public record, with how.</item>
/// <item><c>answer</c>: a new answer (a kind with a field of role <c>inherits</c>: a response, a position) or a changed
/// stance: does the article present the words as an answer, and is the stance worded or inferred?</item>
/// <item><c>figure-scope</c>: a new figure that joins a series (facts of its kind with the same <c>quantity</c>) while
/// counting something else than most of them (another <c>unit</c>, <c>includes</c> or <c>excludes</c>; an absent field reads
/// as "—"): a figure that counts as most of its series does is not flagged for the few that count otherwise.</item>
/// <item><c>one-article</c>: a new fact of the evidence layer that rests on one source.</item>
/// </list>
/// Besides the schema's roles, the rules read these field names, the citation convention's and the estimate's:
/// <c>source</c>, <c>locator</c>, <c>credibility</c>, <c>note</c>, <c>quote</c> of a citation; <c>reliability</c> and
/// <c>reliability-reason</c> of a source; <c>quantity</c>, <c>unit</c>, <c>includes</c>, <c>excludes</c> of a figure. A
/// kind without them is not checked by the rule that needs them. Every value is read as it may be (a text, a number or
/// anything else), and each rule is one pass over the facts: the review stays linear in the size of the exports.
/// </summary>
internal sealed class AdditionReview
{
    /// <summary>The fields that say what a figure counts: a figure that differs from its series in one of them is another series.</summary>
    private static readonly string[] ScopeFields = ["unit", "includes", "excludes"];

    private const string SeriesField = "quantity";

    private readonly IReadOnlyDictionary<string, string> names;

    /// <summary>For each source id, how many citations of the new export carry each credibility grade.</summary>
    private readonly Dictionary<string, SortedDictionary<string, int>> gradesBySource = new(StringComparer.Ordinal);

    /// <summary>
    /// The new export's figures by kind and measured quantity: how many have each scope (<see cref="ScopeFields"/>, "—"
    /// when absent), keyed by the scope's values joined. A series has a few scopes, so a figure is compared with each
    /// scope once, not with each figure.
    /// </summary>
    private readonly Dictionary<(string Kind, string Quantity), Dictionary<string, (string[] Scope, int Count)>> series = [];

    /// <summary>Reads what the rules compare against from the new export, once.</summary>
    public AdditionReview(FactExport newExport, IReadOnlyDictionary<string, string> names)
    {
        this.names = names;
        foreach (var fact in newExport.Facts.Values)
        {
            foreach (var citation in Citations(fact.Json))
            {
                if (FactExport.Text(citation, "source") is { } source)
                {
                    if (!gradesBySource.TryGetValue(source, out var grades))
                    {
                        gradesBySource[source] = grades = new SortedDictionary<string, int>(StringComparer.Ordinal);
                    }

                    var grade = Grade(citation) ?? "?";
                    grades[grade] = grades.GetValueOrDefault(grade) + 1;
                }
            }

            if (FactExport.Text(fact.Json, SeriesField) is { } quantity)
            {
                var key = (fact.Kind, quantity);
                if (!series.TryGetValue(key, out var scopes))
                {
                    series[key] = scopes = new Dictionary<string, (string[] Scope, int Count)>(StringComparer.Ordinal);
                }

                var scope = Scope(fact.Json);
                var joined = ScopeKey(scope);
                scopes[joined] = (scope, scopes.TryGetValue(joined, out var seen) ? seen.Count + 1 : 1);
            }
        }
    }

    /// <summary>The checks an added fact gives.</summary>
    public IEnumerable<(string Rule, string Field, string Text)> Added(ExportedFact fact)
    {
        var kind = FactSchema.Kind(fact.Kind);
        if (fact.Kind == FactSchema.SourceKind)
        {
            yield return ("new-source", "reliability", NewSource(fact));
        }

        foreach (var check in NewCitations(fact, [.. Citations(fact.Json)]))
        {
            yield return check;
        }

        foreach (var field in kind?.Fields ?? [])
        {
            if (DateField(field) is { } on && Get(fact.Json, field.Name) is { } date && IsPublicRecord(date))
            {
                yield return ("public-record-date", field.Name, ShowDate(date, on));
            }
        }

        if (kind?.FieldsWith(FactRole.Inherits) is [var answers, ..])
        {
            yield return ("answer", answers.Name, Answer(fact, answers, changed: null));
        }

        if (Scope(fact) is { } scope)
        {
            yield return ("figure-scope", SeriesField, scope);
        }

        if (kind?.Layer == FactLayer.Evidence && Sources(fact.Json) is [var only])
        {
            yield return ("one-article", "citations", $"rests on {only} alone");
        }
    }

    /// <summary>The checks a changed fact gives beyond its changed values: its new citations, a changed answer or stance, a changed scope.</summary>
    public IEnumerable<(string Rule, string Field, string Text)> Changed(ExportedFact before, ExportedFact now)
    {
        var kind = FactSchema.Kind(now.Kind);
        // Citations are paired as the diff pairs them, by source and locator: one without a partner is new; one whose
        // grade or note changed is new enough to ask whether its grade fits the damage (a raised grade is grade-raised's).
        var old = Citations(before.Json).GroupBy(ItemLabel, StringComparer.Ordinal).ToDictionary(g => g.Key, g => new Queue<JsonElement>(g), StringComparer.Ordinal);
        var added = new List<JsonElement>();
        var regraded = new List<JsonElement>();
        foreach (var c in Citations(now.Json))
        {
            if (!old.TryGetValue(ItemLabel(c), out var partners) || partners.Count == 0)
            {
                added.Add(c);
            }
            else if (partners.Dequeue() is var was && (!SameText(was, c, "note") || !SameText(was, c, "credibility")) && Damaged(c))
            {
                regraded.Add(c);
            }
        }

        foreach (var check in NewCitations(now, added).Concat(DamagedSentences(regraded)))
        {
            yield return check;
        }

        foreach (var field in kind?.Fields ?? [])
        {
            // A date that is new, or moved, and still from the public record (a basis that changed is date-basis-changed's).
            if (DateField(field) is { } on && Get(now.Json, field.Name) is { } date && IsPublicRecord(date)
                && (Get(before.Json, field.Name) is not { } was || (IsPublicRecord(was) && !SameText(was, date, on))))
            {
                yield return ("public-record-date", field.Name, ShowDate(date, on));
            }
        }

        if (kind?.FieldsWith(FactRole.Inherits) is [var answers, ..])
        {
            var stances = kind.Fields.Where(f => f.Name == answers.Name || (f.Type == FactFieldType.Vocabulary && f.Role != FactRole.Topics)).ToList();
            var changed = stances.Where(f => !SameText(before.Json, now.Json, f.Name)).ToList();
            if (changed.Count > 0)
            {
                yield return ("answer", changed[0].Name, Answer(now, answers, changed.Select(f => $"{f.Name} was {Show(Get(before.Json, f.Name))}").ToList()));
            }
        }

        if ((ScopeFields.Append(SeriesField).Any(f => !SameText(before.Json, now.Json, f))) && Scope(now) is { } scope)
        {
            yield return ("figure-scope", SeriesField, scope);
        }
    }

    private static IEnumerable<(string Rule, string Field, string Text)> NewCitations(ExportedFact fact, List<JsonElement> citations)
    {
        var all = Citations(fact.Json).ToList();
        foreach (var c in citations.Where(c => Grade(c) == "1"))
        {
            var others = all.Where(o => FactExport.Text(o, "source") is { } s && s != FactExport.Text(c, "source"))
                .Select(o => $"{ItemLabel(o)} (graded {Grade(o) ?? "?"})").Distinct(StringComparer.Ordinal).ToList();
            yield return ("graded-1", $"citations[{ItemLabel(c)}].credibility", others.Count == 0
                ? "graded 1 (confirmed by other sources), but the fact cites no other source"
                : $"graded 1 (confirmed by other sources): the other source{(others.Count == 1 ? "" : "s")} of the fact: {string.Join("; ", others)}");
        }

        foreach (var check in DamagedSentences(citations.Where(Damaged)))
        {
            yield return check;
        }
    }

    /// <summary>A citation graded 3 to 6 (a repaired reading, a conflict, a lost item) or with a note (a repair, a slip): does the grade fit the sentence?</summary>
    private static bool Damaged(JsonElement citation) => Grade(citation) is "3" or "4" or "5" or "6" || FactExport.Text(citation, "note") is not null;

    private static IEnumerable<(string Rule, string Field, string Text)> DamagedSentences(IEnumerable<JsonElement> citations) =>
        citations.Select(c => ("damaged-sentence", $"citations[{ItemLabel(c)}].credibility",
            $"graded {Grade(c) ?? "?"}" + (FactExport.Text(c, "note") is { } note ? $"; note: {note}" : ", with no note of what is damaged or repaired")));

    /// <summary>"reliability F (reason …); its 14 citations are graded 1 ×2, 2 ×10, 3 ×1, 6 ×1".</summary>
    private string NewSource(ExportedFact source)
    {
        var reliability = Show(Get(source.Json, "reliability"));
        var reason = FactExport.Text(source.Json, "reliability-reason");
        var text = $"reliability {reliability}" + (reason is null ? " (no reason given)" : $" ({reason})");
        if (!gradesBySource.TryGetValue(source.Id, out var grades))
        {
            return text + "; no fact cites it yet";
        }

        var count = grades.Values.Sum();
        return text + $"; its {count.ToString(CultureInfo.InvariantCulture)} citation{(count == 1 ? " is" : "s are")} graded "
            + string.Join(", ", grades.Select(g => $"{g.Key} ×{g.Value.ToString(CultureInfo.InvariantCulture)}"));
    }

    /// <summary>"answers “…” (claim-id), stance denies", and whether words of the answer are quoted.</summary>
    private string Answer(ExportedFact fact, FactFieldInfo answers, IReadOnlyList<string>? changed)
    {
        var answered = Get(fact.Json, answers.Name) is { ValueKind: JsonValueKind.String } a ? Name(a.GetString()!) : "(nothing named)";
        var kind = FactSchema.Kind(fact.Kind)!;
        var stances = kind.Fields.Where(f => f.Type == FactFieldType.Vocabulary && f.Role != FactRole.Topics && Get(fact.Json, f.Name) is not null)
            .Select(f => $"{f.Name} {Show(Get(fact.Json, f.Name))}").ToList();
        var worded = kind.Fields.Any(f => f.Type == FactFieldType.BilingualText && Get(fact.Json, f.Name) is not null)
            || Citations(fact.Json).Any(c => FactExport.Text(c, "quote") is not null);
        return $"answers {answered}" + (stances.Count > 0 ? $", {string.Join(", ", stances)}" : "")
            + (changed is null ? "" : $" ({string.Join("; ", changed)})")
            + (worded ? "" : "; no words of the answer are quoted: the stance may be inferred");
    }

    /// <summary>What a figure counts that others of its series do not; null when it joins no series or counts as they do.</summary>
    private string? Scope(ExportedFact fact)
    {
        if (FactExport.Text(fact.Json, SeriesField) is not { } quantity || !series.TryGetValue((fact.Kind, quantity), out var scopes))
        {
            return null;
        }

        var own = Scope(fact.Json);
        var ownKey = ScopeKey(own);
        // The other figures of the series, by scope: the fact itself is one of its own scope's count.
        var others = scopes.Select(s => (s.Value.Scope, Count: s.Key == ownKey ? s.Value.Count - 1 : s.Value.Count)).Where(s => s.Count > 0).ToList();
        // The series is what most of its figures count: a figure counting as they do joins it, whatever a few others count.
        // (A figure that counts otherwise than the usual scope differs from it in some field, so the list below is never empty.)
        var usual = others.OrderByDescending(m => m.Count).ThenBy(m => ScopeKey(m.Scope), StringComparer.Ordinal).Select(m => m.Scope).FirstOrDefault();
        if (usual is null || ScopeKey(usual) == ownKey)
        {
            return null;
        }

        var differing = Enumerable.Range(0, ScopeFields.Length).Where(i => others.Any(m => m.Scope[i] != own[i])).ToList();

        string Describe(string[] scope) => string.Join(", ", differing.Select(i => $"{ScopeFields[i]}: {scope[i]}"));
        string Count(int n) => n.ToString(CultureInfo.InvariantCulture);
        var same = others.Where(m => differing.All(i => m.Scope[i] == own[i])).Sum(m => m.Count);
        var counts = others.Where(m => differing.Any(i => m.Scope[i] != own[i])).GroupBy(m => Describe(m.Scope), StringComparer.Ordinal)
            .Select(g => (Scope: g.Key, Count: g.Sum(m => m.Count))).OrderByDescending(g => g.Count).ThenBy(g => g.Scope, StringComparer.Ordinal)
            .Select(g => $"{g.Scope} ({Count(g.Count)})");
        var total = others.Sum(m => m.Count);
        return $"its {Describe(own)}; the {Count(total)} other figure{(total == 1 ? "" : "s")} of {quantity}: "
            + string.Join("; ", counts) + (same > 0 ? $"; as it ({Count(same)})" : "");
    }

    private static string ScopeKey(string[] scope) => string.Join('\u001f', scope);

    private static string[] Scope(JsonElement fact) => [.. ScopeFields.Select(f => Get(fact, f) is { } v ? Show(v) : "—")];

    private static IEnumerable<JsonElement> Citations(JsonElement fact) =>
        Get(fact, "citations") is { ValueKind: JsonValueKind.Array } list ? list.EnumerateArray().Where(c => c.ValueKind == JsonValueKind.Object) : [];

    /// <summary>The sources a fact cites, each once.</summary>
    private static List<string> Sources(JsonElement fact) =>
        [.. Citations(fact).Select(c => FactExport.Text(c, "source")).OfType<string>().Distinct(StringComparer.Ordinal)];

    private static string? Grade(JsonElement citation) => Get(citation, "credibility") is { } v
        ? v.ValueKind == JsonValueKind.Number ? v.GetRawText() : Show(v)
        : null;

    private static string ItemLabel(JsonElement citation) =>
        FactExport.Text(citation, "source") is { } s ? (FactExport.Text(citation, "locator") is { } l ? $"{s}, {l}" : s) : citation.GetRawText();

    private static string? DateField(FactFieldInfo field) =>
        field is { Type: FactFieldType.Block, Target: { } block } ? FactSchema.Block(block)?.DateField?.Name : null;

    private static bool IsPublicRecord(JsonElement date) => FactExport.Text(date, "basis") == "public-record";

    private static string ShowDate(JsonElement date, string on) =>
        $"{FactExport.Text(date, on) ?? "?"} from the public record" + (FactExport.Text(date, "how") is { } how ? $": {how}" : ", with no word of how");

    private static bool SameText(JsonElement a, JsonElement b, string key) => (Get(a, key), Get(b, key)) switch
    {
        (null, null) => true,
        ({ } x, { } y) => JsonElement.DeepEquals(x, y),
        _ => false,
    };

    private static string Show(JsonElement? value) => value switch
    {
        null => "—",
        { ValueKind: JsonValueKind.String } v => v.GetString()!,
        { } v => v.GetRawText(),
    };

    private string Name(string id) => names.TryGetValue(id, out var name) ? $"“{name}” ({id})" : id;

    private static JsonElement? Get(JsonElement o, string key) =>
        o.ValueKind == JsonValueKind.Object && o.TryGetProperty(key, out var v) ? v : null;
}
