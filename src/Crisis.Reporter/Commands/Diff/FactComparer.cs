using System.Collections.Immutable;
using System.Text.Json;
using Crisis.Model;
using Crisis.Reporter.Commands.Export;

namespace Crisis.Reporter.Commands.Diff;

/// <summary>
/// Compares two exports fact by fact (matched by id) and field by field. What a field means comes from the compiled
/// schema (<see cref="FactSchema"/>): a date is a block the schema dates (its field with the role date), a fact's
/// label its field with the role label, the sources the kind citations name; a citation is an object with
/// <c>source</c>, a reference a text equal to the id of a fact in either export. A new field or kind needs no code
/// here; a field the schema does not know (an export of another schema) is compared as plain JSON.
/// The fact's place in its YAML file (<c>defined-at</c>) is not compared: moving a fact does not change it.
/// </summary>
public static class FactComparer
{
    /// <summary>The rules of "what to check", in the order they are listed.</summary>
    public static IReadOnlyList<string> Rules => RuleOrder;

    // The order a reviewer with the article open goes through them: the source's grade, the grades of the items, the
    // dates, the words, the answers, the figures, then how many sources a fact rests on.
    private static readonly string[] RuleOrder =
    [
        "new-source", "graded-1", "grade-raised", "damaged-sentence", "date-basis-changed", "public-record-date", "quote-changed",
        "answer", "figure-scope", "one-article", "single-source",
    ];

    private const int LabelLength = 100;
    private const int NameLength = 60;

    /// <summary>Compares <paramref name="oldExport"/> with <paramref name="newExport"/>.</summary>
    /// <exception cref="ReporterException">The exports cannot be compared (exit code 3): different layouts, fact schemas or filters.</exception>
    public static ExportDiff Compare(FactExport oldExport, FactExport newExport, bool allowSchemaChange = false)
    {
        var notes = Comparability(oldExport, newExport, allowSchemaChange);
        var plurals = newExport.Plurals.Concat(oldExport.Plurals.Where(p => !newExport.Plurals.Contains(p))).ToList();
        IEnumerable<ExportedFact> Ordered(IEnumerable<ExportedFact> facts) =>
            facts.OrderBy(f => plurals.IndexOf(f.Plural)).ThenBy(f => f.Id, StringComparer.Ordinal);

        // Names for references: the new name wins when a fact was renamed. Sources are known by their ids
        // (article-001), which curators cite; their headlines would only lengthen every citation.
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var f in oldExport.Facts.Values.Concat(newExport.Facts.Values).Where(f => f.Kind != FactSchema.SourceKind))
        {
            names[f.Id] = Shorten(Label(f), NameLength);
        }

        var added = Ordered(newExport.Facts.Values.Where(f => !oldExport.Facts.ContainsKey(f.Id))).ToList();
        var removed = Ordered(oldExport.Facts.Values.Where(f => !newExport.Facts.ContainsKey(f.Id))).ToList();
        var changed = new List<(ExportedFact Fact, ChangedFact Change)>();
        var checks = new List<Check>();
        var review = new AdditionReview(newExport, names);
        foreach (var fact in added)
        {
            checks.AddRange(review.Added(fact).Select(c => new Check(c.Rule, fact.Id, fact.Kind, c.Field, c.Text)));
        }

        foreach (var now in Ordered(newExport.Facts.Values))
        {
            if (!oldExport.Facts.TryGetValue(now.Id, out var before))
            {
                continue;
            }

            var fact = new FactChanges(names);
            fact.CompareObject("", before.Json, now.Json, FactSchema.Kind(now.Kind)?.Fields ?? []);
            fact.CheckSources(Sources(before), Sources(now));
            if (fact.Changes.Count > 0)
            {
                changed.Add((now, new ChangedFact(now.Id, now.Kind, Shorten(Label(now), LabelLength), fact.Changes)));
                checks.AddRange(fact.Checks.Concat(review.Changed(before, now)).Select(c => new Check(c.Rule, now.Id, now.Kind, c.Field, c.Text)));
            }
        }

        var counts = plurals.Select(p => new KindCount(
            p,
            oldExport.Facts.Values.Count(f => f.Plural == p),
            newExport.Facts.Values.Count(f => f.Plural == p),
            added.Count(f => f.Plural == p),
            removed.Count(f => f.Plural == p),
            changed.Count(c => c.Fact.Plural == p))).ToList();

        // Stable sort: within a rule, added facts first, then changed ones, each in kind-then-id order, and a fact's checks in field order.
        var orderedChecks = checks.Select((c, i) => (c, i)).OrderBy(x => Array.IndexOf(RuleOrder, x.c.Rule)).ThenBy(x => x.i).Select(x => x.c).ToList();
        return new ExportDiff(
            Side(oldExport),
            Side(newExport),
            notes,
            counts,
            orderedChecks,
            [.. added.Select(Summary)],
            [.. removed.Select(Summary)],
            [.. changed.Select(c => c.Change)]);
    }

    private static List<string> Comparability(FactExport oldExport, FactExport newExport, bool allowSchemaChange)
    {
        var notes = new List<string>();
        foreach (var e in new[] { oldExport, newExport })
        {
            if (e.Identity is { Version: > ExportIdentity.CurrentVersion } id)
            {
                throw new ReporterException(ExitCodes.Data, $"{e.Name} is in export format version {id.Version}; this crisis-brief reads version {ExportIdentity.CurrentVersion}. Use the crisis-brief that made it.");
            }
        }

        if (oldExport.Identity is { } o && newExport.Identity is { } n)
        {
            if (o.Version != n.Version)
            {
                throw new ReporterException(ExitCodes.Data, $"{oldExport.Name} is in export format version {o.Version} and {newExport.Name} in version {n.Version}: export both with the same crisis-brief.");
            }

            if (o.FactSchema != n.FactSchema)
            {
                if (!allowSchemaChange)
                {
                    throw new ReporterException(ExitCodes.Data, $"{oldExport.Name} and {newExport.Name} were made from different fact schemas ({o.FactSchema} and {n.FactSchema}): a field the schema added, removed or retyped would show as a change on every fact. Compare exports of the same schema, or pass --allow-schema-change to compare them anyway.");
                }

                notes.Add($"The fact schema changed ({o.FactSchema} → {n.FactSchema}): a field that appears or disappears on every fact of a kind comes from the schema, not from the facts.");
            }
        }
        else
        {
            foreach (var e in new[] { oldExport, newExport }.Where(e => e.Identity is null))
            {
                notes.Add($"{e.Name} does not say which fact schema it was made from (it was exported by an older crisis-brief), so the schemas were not compared.");
            }
        }

        if (oldExport.Filters != newExport.Filters)
        {
            throw new ReporterException(ExitCodes.Data, $"{oldExport.Name} was exported with the filters \"{oldExport.Filters}\" and {newExport.Name} with \"{newExport.Filters}\": facts outside one of them would show as added or removed. Export both with the same filters.");
        }

        return notes;
    }

    private static ExportSide Side(FactExport e) => new(e.Name, e.Identity?.Version, e.Identity?.FactSchema, e.Filters, e.Facts.Count);

    private static FactSummary Summary(ExportedFact f) => new(f.Id, f.Kind, Shorten(Label(f), LabelLength), Sources(f));

    /// <summary>The sources a fact cites, each once, in citation order.</summary>
    private static List<string> Sources(ExportedFact f) =>
        f.Json.TryGetProperty("citations", out var citations) && citations.ValueKind == JsonValueKind.Array
            ? [.. citations.EnumerateArray().Select(c => Text(c, "source")).OfType<string>().Distinct(StringComparer.Ordinal)]
            : [];

    /// <summary>What a reader calls the fact: its field with the role label (a bilingual text's English, else its original), else its id.</summary>
    private static string Label(ExportedFact f)
    {
        if (FactSchema.Kind(f.Kind)?.FieldsWith(FactRole.Label) is [var field, ..] && f.Json.TryGetProperty(field.Name, out var v))
        {
            var text = v.ValueKind == JsonValueKind.Object ? Text(v, "english") ?? Text(v, "original") : v.ValueKind == JsonValueKind.String ? v.GetString() : null;
            if (!string.IsNullOrWhiteSpace(text))
            {
                return text;
            }
        }

        return f.Id;
    }

    /// <summary>The name of the field a value of this field is dated by, when the schema makes it a date (a block with a field of role date).</summary>
    private static string? DateField(FactFieldInfo? field) =>
        field is { Type: FactFieldType.Block, Target: { } block } ? FactSchema.Block(block)?.DateField?.Name : null;

    /// <summary>The fields of a value of this field: a block's, else none.</summary>
    private static ImmutableArray<FactFieldInfo> FieldsOf(FactFieldInfo? field) =>
        field is { Type: FactFieldType.Block, Target: { } block } && FactSchema.Block(block) is { } info ? info.Fields : [];

    private static string? Text(JsonElement o, string name) => FactExport.Text(o, name);

    /// <summary>One line of at most <paramref name="max"/> characters, cut at a word with an ellipsis.</summary>
    private static string Shorten(string text, int max)
    {
        var line = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (line.Length <= max)
        {
            return line;
        }

        var cut = line.LastIndexOf(' ', max - 1);
        return line[..(cut > max / 2 ? cut : max - 1)].TrimEnd(',', ';', ':', '.') + "…";
    }

    /// <summary>The differences within one fact, and what they give a reviewer to check.</summary>
    private sealed class FactChanges(IReadOnlyDictionary<string, string> names)
    {
        public List<FieldChange> Changes { get; } = [];

        public List<(string Rule, string Field, string Text)> Checks { get; } = [];

        public void CompareObject(string prefix, JsonElement before, JsonElement after, ImmutableArray<FactFieldInfo> fields)
        {
            foreach (var key in Keys(before, after))
            {
                if (prefix.Length == 0 && key == "defined-at")
                {
                    continue;
                }

                CompareValue(prefix.Length == 0 ? key : prefix + "." + key, key, Get(before, key), Get(after, key), fields.FirstOrDefault(f => f.Name == key));
            }
        }

        public void CheckSources(List<string> before, List<string> after)
        {
            if (before.Count >= 2 && after.Count == 1)
            {
                Checks.Add(("single-source", "citations", $"now rests on {Name(after[0])} alone; it also cited {string.Join(", ", before.Where(s => s != after[0]).Select(Name))}"));
            }
        }

        private void CompareValue(string path, string key, JsonElement? before, JsonElement? after, FactFieldInfo? field)
        {
            switch (before, after)
            {
                case (null, null):
                    return;
                case (null, { } b):
                    if (b.ValueKind == JsonValueKind.Array)
                    {
                        Items(path, key, [], [.. b.EnumerateArray()], field);
                    }
                    else
                    {
                        Add(path, "added", null, Show(key, b, field));
                    }

                    CheckQuote(path, key, "added");
                    return;
                case ({ } a, null):
                    if (a.ValueKind == JsonValueKind.Array)
                    {
                        Items(path, key, [.. a.EnumerateArray()], [], field);
                    }
                    else
                    {
                        Add(path, "removed", Show(key, a, field), null);
                    }

                    CheckQuote(path, key, "removed");
                    return;
            }

            var (x, y) = (before.Value, after.Value);
            if (JsonElement.DeepEquals(x, y))
            {
                return;
            }

            if (x.ValueKind == JsonValueKind.Object && y.ValueKind == JsonValueKind.Object)
            {
                if (DateField(field) is { } on)
                {
                    CompareDate(path, x, y, on, FieldsOf(field));
                }
                else
                {
                    CompareObject(path, x, y, FieldsOf(field));
                }

                return;
            }

            if (x.ValueKind == JsonValueKind.Array && y.ValueKind == JsonValueKind.Array)
            {
                Items(path, key, [.. x.EnumerateArray()], [.. y.EnumerateArray()], field);
                return;
            }

            Add(path, "changed", Show(key, x, field), Show(key, y, field));
            CheckGrade(path, key, x, y);
            CheckQuote(path, key, "changed");
        }

        /// <summary>A date is shown whole with its basis ("2022-01-21 (stated)"); how it was established, apart.</summary>
        private void CompareDate(string path, JsonElement before, JsonElement after, string on, ImmutableArray<FactFieldInfo> fields)
        {
            if (!Same(before, after, on) || !Same(before, after, "basis"))
            {
                Add(path, "changed", ShowDate(before, on), ShowDate(after, on));
                if (!Same(before, after, "basis") && Get(before, "basis") is not null && Get(after, "basis") is not null)
                {
                    Checks.Add(("date-basis-changed", path, $"{ShowDate(before, on)} → {ShowDate(after, on)}"));
                }
            }

            foreach (var key in Keys(before, after).Where(k => k != on && k != "basis"))
            {
                CompareValue(path + "." + key, key, Get(before, key), Get(after, key), fields.FirstOrDefault(f => f.Name == key));
            }
        }

        /// <summary>
        /// Lists: plain values as items added and removed; objects (citations) paired first when equal, then by
        /// source and locator, then by source alone, so an edited citation shows as changes inside it. Items are matched
        /// through keys (<see cref="Match"/>), so a list of n items costs about n steps, not n².
        /// </summary>
        private void Items(string path, string key, List<JsonElement> before, List<JsonElement> after, FactFieldInfo? field)
        {
            if (before.Concat(after).All(e => e.ValueKind is not (JsonValueKind.Object or JsonValueKind.Array)))
            {
                var plain = new int[before.Count];
                Array.Fill(plain, -1);
                var plainTaken = new bool[after.Count];
                Match(before, after, plain, plainTaken, Canonical);
                foreach (var item in before.Where((_, i) => plain[i] < 0))
                {
                    Add(path, "item-removed", Show(key, item, field), null);
                }

                var added = after.Where((_, j) => !plainTaken[j]).ToList();
                foreach (var item in added)
                {
                    Add(path, "item-added", null, Show(key, item, field));
                }

                if (plain.All(j => j >= 0) && added.Count == 0)
                {
                    Add(path, "reordered", string.Join(", ", before.Select(i => Show(key, i, field))), string.Join(", ", after.Select(i => Show(key, i, field))));
                }

                return;
            }

            var partner = new int[before.Count];
            Array.Fill(partner, -1);
            var taken = new bool[after.Count];
            Match(before, after, partner, taken, Canonical);
            Match(before, after, partner, taken, ItemKey);
            Match(before, after, partner, taken, item => Text(item, "source"));
            var pairs = Enumerable.Range(0, before.Count).Where(i => partner[i] >= 0).OrderBy(i => partner[i]).ToList();
            foreach (var i in pairs)
            {
                var (a, b) = (before[i], after[partner[i]]);
                if (a.ValueKind == JsonValueKind.Object && b.ValueKind == JsonValueKind.Object)
                {
                    CompareObject($"{path}[{ItemLabel(b)}]", a, b, FieldsOf(field));
                }
                else if (!JsonElement.DeepEquals(a, b))
                {
                    CompareValue($"{path}[{ItemLabel(b)}]", key, a, b, field); // a list mixing objects and other values
                }
            }

            for (var i = 0; i < before.Count; i++)
            {
                if (partner[i] < 0)
                {
                    Add(path, "item-removed", Show(key, before[i], field), null);
                }
            }

            for (var j = 0; j < after.Count; j++)
            {
                if (!taken[j])
                {
                    Add(path, "item-added", null, Show(key, after[j], field));
                }
            }

            if (pairs.Count == before.Count && pairs.Count == after.Count && pairs.All(i => JsonElement.DeepEquals(before[i], after[partner[i]])))
            {
                Add(path, "reordered", string.Join(", ", before.Select(ItemLabel)), string.Join(", ", after.Select(ItemLabel)));
            }
        }

        /// <summary>
        /// Pairs each unpaired item of <paramref name="before"/>, in order, with the first unpaired item of
        /// <paramref name="after"/> of the same key (null: no key, never paired): one dictionary of queues, linear.
        /// </summary>
        private static void Match(List<JsonElement> before, List<JsonElement> after, int[] partner, bool[] taken, Func<JsonElement, string?> keyOf)
        {
            var waiting = new Dictionary<string, Queue<int>>(StringComparer.Ordinal);
            for (var j = 0; j < after.Count; j++)
            {
                if (!taken[j] && keyOf(after[j]) is { } k)
                {
                    if (!waiting.TryGetValue(k, out var queue))
                    {
                        waiting[k] = queue = new Queue<int>();
                    }

                    queue.Enqueue(j);
                }
            }

            for (var i = 0; i < before.Count; i++)
            {
                if (partner[i] < 0 && keyOf(before[i]) is { } k && waiting.TryGetValue(k, out var queue) && queue.Count > 0)
                {
                    partner[i] = queue.Dequeue();
                    taken[partner[i]] = true;
                }
            }
        }

        /// <summary>
        /// A text equal for two values exactly when <see cref="JsonElement.DeepEquals"/> holds for them as the exporter
        /// writes them: objects with their keys sorted, text by its value, numbers as written.
        /// </summary>
        private static string Canonical(JsonElement value)
        {
            var builder = new System.Text.StringBuilder();
            Append(builder, value);
            return builder.ToString();

            static void Append(System.Text.StringBuilder b, JsonElement v)
            {
                switch (v.ValueKind)
                {
                    case JsonValueKind.Object:
                        b.Append('{');
                        foreach (var p in v.EnumerateObject().OrderBy(p => p.Name, StringComparer.Ordinal))
                        {
                            b.Append(JsonEncodedText.Encode(p.Name).ToString()).Append(':');
                            Append(b, p.Value);
                            b.Append(',');
                        }

                        b.Append('}');
                        break;
                    case JsonValueKind.Array:
                        b.Append('[');
                        foreach (var item in v.EnumerateArray())
                        {
                            Append(b, item);
                            b.Append(',');
                        }

                        b.Append(']');
                        break;
                    case JsonValueKind.String:
                        b.Append('"').Append(JsonEncodedText.Encode(v.GetString()!).ToString()).Append('"');
                        break;
                    default:
                        b.Append(v.GetRawText());
                        break;
                }
            }
        }

        private static string? ItemKey(JsonElement item) =>
            Text(item, "source") is { } s ? s + "\n" + Text(item, "locator") : null;

        private static string ItemLabel(JsonElement item) =>
            Text(item, "source") is { } s ? (Text(item, "locator") is { } l ? $"{s}, {l}" : s) : item.GetRawText();

        private void CheckGrade(string path, string key, JsonElement before, JsonElement after)
        {
            // Reliability A (completely reliable) … F; credibility 1 (confirmed) … 6: a smaller grade is a stronger one.
            var raised = key switch
            {
                "reliability" => before.ValueKind == JsonValueKind.String && after.ValueKind == JsonValueKind.String
                    && string.CompareOrdinal(after.GetString(), before.GetString()) < 0,
                "credibility" => before.ValueKind == JsonValueKind.Number && after.ValueKind == JsonValueKind.Number
                    && before.TryGetInt32(out var a) && after.TryGetInt32(out var b) && b < a,
                _ => false,
            };
            if (raised)
            {
                Checks.Add(("grade-raised", path, $"{Show(key, before, null)} → {Show(key, after, null)}"));
            }
        }

        private void CheckQuote(string path, string key, string how)
        {
            // The article's own words: a citation's quote, or the original of a fact's bilingual quote.
            if (key == "quote" || path == "quote.original" || path.EndsWith(".quote.original", StringComparison.Ordinal))
            {
                Checks.Add(("quote-changed", path, how));
            }
        }

        private void Add(string path, string change, string? before, string? after) => Changes.Add(new FieldChange(path, change, before, after));

        private string Name(string id) => names.TryGetValue(id, out var name) ? $"{name} ({id})" : id;

        /// <summary>A value as a reviewer reads it: references named, dates with their basis, objects as "field: value; …".</summary>
        private string Show(string key, JsonElement value, FactFieldInfo? field) => value.ValueKind switch
        {
            JsonValueKind.String when key is "id" or "kind" => value.GetString()!,
            JsonValueKind.String => Name(value.GetString()!),
            JsonValueKind.Array => value.GetArrayLength() == 0 ? "(none)" : string.Join(", ", value.EnumerateArray().Select(v => Show(key, v, field))),
            JsonValueKind.Object when DateField(field) is { } on => ShowDate(value, on) + (Text(value, "how") is { } how ? "; how: " + how : ""),
            JsonValueKind.Object => string.Join("; ", value.EnumerateObject().Select(p => $"{p.Name}: {Show(p.Name, p.Value, FieldsOf(field).FirstOrDefault(f => f.Name == p.Name))}")),
            _ => value.GetRawText(),
        };

        private static string ShowDate(JsonElement date, string on) =>
            (Text(date, on) ?? "?") + (Text(date, "basis") is { } basis ? $" ({basis})" : "");

        private static bool Same(JsonElement a, JsonElement b, string key) => (Get(a, key), Get(b, key)) switch
        {
            (null, null) => true,
            ({ } x, { } y) => JsonElement.DeepEquals(x, y),
            _ => false,
        };

        /// <summary>The fields of both, in the new order (schema order), then those only the old one has.</summary>
        private static IEnumerable<string> Keys(JsonElement before, JsonElement after) =>
            after.EnumerateObject().Select(p => p.Name)
                .Concat(before.EnumerateObject().Select(p => p.Name).Where(k => !after.TryGetProperty(k, out _)));

        private static JsonElement? Get(JsonElement o, string key) => o.TryGetProperty(key, out var v) ? v : null;
    }
}
