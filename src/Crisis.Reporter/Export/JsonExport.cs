using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Crisis.Model;
using Crisis.Reporter.Selection;
using Crisis.Reporter.Text;

namespace Crisis.Reporter.Export;

/// <summary>
/// Machine-readable exports of the (filtered) fact base: <c>json</c> (every fact with its id, fields and
/// citations, field names as in the YAML) and <c>timelinejs</c> (TimelineJS's JSON format).
/// </summary>
public static class JsonExport
{
    /// <summary>The export formats.</summary>
    public static IReadOnlyList<string> Formats { get; } = ["json", "timelinejs"];

    private static readonly JsonWriterOptions WriterOptions = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, NewLine = "\n" };

    /// <summary>The fact base as JSON: reference data (sources, actors, places) whole, other kinds filtered.</summary>
    public static string Json(FactCatalog catalog, BriefingFilter filter)
    {
        var sel = new FactSelection(catalog, filter);
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, WriterOptions))
        {
            w.WriteStartObject();
            w.WriteString("filters", filter.Describe(catalog) ?? "none");
            w.WriteStartObject("counts");
            var kinds = Kinds(catalog, sel);
            foreach (var (name, facts) in kinds)
            {
                w.WriteNumber(name, facts.Count);
            }

            w.WriteEndObject();
            foreach (var (name, facts) in kinds)
            {
                w.WriteStartArray(name);
                foreach (var f in facts)
                {
                    WriteValue(w, f);
                }

                w.WriteEndArray();
            }

            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    /// <summary>The selected events as a TimelineJS timeline (undated events are left out: TimelineJS needs a year).</summary>
    public static string TimelineJs(FactCatalog catalog, BriefingFilter filter)
    {
        var sel = new FactSelection(catalog, filter);
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, WriterOptions))
        {
            w.WriteStartObject();
            w.WriteStartObject("title");
            w.WriteStartObject("text");
            w.WriteString("headline", "The Russia–Ukraine crisis");
            w.WriteString("text", Html(filter.Describe(catalog) is { } d ? "Events " + d + "." : "Every dated event in the fact base."));
            w.WriteEndObject();
            w.WriteEndObject();
            w.WriteStartArray("events");
            foreach (var e in sel.Events.Where(e => e.Date is not null).OrderBy(e => e.Date!.On).ThenBy(e => e.Id.Value, StringComparer.Ordinal))
            {
                w.WriteStartObject();
                w.WriteString("unique_id", e.Id.Value);
                WriteDate(w, "start_date", e.Date!.On);
                if (e.End is { } end)
                {
                    WriteDate(w, "end_date", end.On);
                }

                w.WriteStartObject("text");
                w.WriteString("headline", Html(e.Title));
                var sources = string.Join("; ", e.Citations.Select(c => $"{catalog[c.Source].File}, {c.Locator}"));
                w.WriteString("text", $"<p>{Html(e.Summary)}</p><p>Sources: {Html(sources)}</p>");
                w.WriteEndObject();
                if (!e.Topics.IsDefaultOrEmpty)
                {
                    w.WriteString("group", e.Topics[0].ToKey());
                }

                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static void WriteDate(Utf8JsonWriter w, string name, PartialDate d)
    {
        w.WriteStartObject(name);
        w.WriteString("year", d.Year.ToString("0000", CultureInfo.InvariantCulture));
        if (d.Month is { } m)
        {
            w.WriteString("month", m.ToString(CultureInfo.InvariantCulture));
        }

        if (d.Day is { } day)
        {
            w.WriteString("day", day.ToString(CultureInfo.InvariantCulture));
        }

        w.WriteString("display_date", DateDisplay.Format(d));
        w.WriteEndObject();
    }

    private static string Html(string s) =>
        s.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);

    private static List<(string Name, IReadOnlyList<IFact> Facts)> Kinds(FactCatalog c, FactSelection s) =>
    [
        ("sources", [.. c.Sources]),
        ("actors", [.. c.Actors]),
        ("places", [.. c.Places]),
        ("events", [.. s.Events]),
        ("statements", [.. s.Statements]),
        ("estimates", [.. s.Estimates]),
        ("claims", [.. s.Claims]),
        ("responses", [.. s.Responses]),
        ("demands", [.. s.Demands]),
        ("positions", [.. s.Positions]),
        ("measures", [.. s.Measures]),
        ("assessments", [.. s.Assessments]),
    ];

    private static readonly Dictionary<Type, MethodInfo?> ToKeyMethods = [];

    private static void WriteValue(Utf8JsonWriter w, object? value)
    {
        switch (value)
        {
            case null:
                w.WriteNullValue();
                return;
            case string s:
                w.WriteStringValue(s);
                return;
            case bool b:
                w.WriteBooleanValue(b);
                return;
            case int i:
                w.WriteNumberValue(i);
                return;
            case decimal d:
                w.WriteNumberValue(d);
                return;
            case PartialDate pd:
                w.WriteStringValue(pd.ToString());
                return;
            case Enum e:
                w.WriteStringValue(KeyOf(e));
                return;
            case IEnumerable list:
                w.WriteStartArray();
                foreach (var item in list)
                {
                    WriteValue(w, item);
                }

                w.WriteEndArray();
                return;
        }

        var type = value.GetType();
        if (type.IsValueType && type.Name.EndsWith("Id", StringComparison.Ordinal))
        {
            w.WriteStringValue(value.ToString());
            return;
        }

        w.WriteStartObject();
        if (value is IFact fact)
        {
            w.WriteString("kind", fact.Kind);
        }

        foreach (var p in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).OrderBy(p => p.MetadataToken))
        {
            if (p.Name is "Key" or "Kind" or "EqualityContract" || p.GetIndexParameters().Length > 0)
            {
                continue;
            }

            var v = p.GetValue(value);
            if (v is null)
            {
                continue;
            }

            w.WritePropertyName(Kebab(p.Name));
            WriteValue(w, v);
        }

        w.WriteEndObject();
    }

    private static string KeyOf(Enum e)
    {
        var type = e.GetType();
        if (!ToKeyMethods.TryGetValue(type, out var method))
        {
            method = type.Assembly.GetTypes()
                .Where(t => t.IsAbstract && t.IsSealed)
                .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Static))
                .FirstOrDefault(m => m.Name == "ToKey" && m.GetParameters() is [var p] && p.ParameterType == type);
            ToKeyMethods[type] = method;
        }

        return method?.Invoke(null, [e]) as string ?? e.ToString();
    }

    /// <summary>PascalCase → kebab-case, the YAML spelling ("AsOf" → "as-of").</summary>
    public static string Kebab(string name)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsUpper(c) && i > 0)
            {
                sb.Append('-');
            }

            sb.Append(char.ToLowerInvariant(c));
        }

        return sb.ToString();
    }
}
