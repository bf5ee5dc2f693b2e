using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Crisis.Model;
using Crisis.Reporter.Selection;
using Crisis.Reporter.Text;

namespace Crisis.Reporter.Commands.Export;

/// <summary>
/// Machine-readable exports of the (filtered) fact base: <c>json</c> (every fact with its kind, id, fields and
/// citations, written by each record's generated writer with the schema's own field names) and <c>timelinejs</c>
/// (TimelineJS's JSON format, by System.Text.Json's source generator).
/// </summary>
public static class JsonExport
{
    /// <summary>The export formats.</summary>
    public static IReadOnlyList<string> Formats { get; } = ["json", "timelinejs"];

    /// <summary>Text as readers see it: «, ’, é and the like unescaped (the exports are UTF-8 files, not HTML).</summary>
    internal static JavaScriptEncoder Encoder => JavaScriptEncoder.UnsafeRelaxedJsonEscaping;


    /// <summary>
    /// The fact base as JSON: what the export is, the filters, the count of each kind, then each kind's facts, kinds in
    /// schema order and each fact as its record writes itself (the schema's own field names). The reference and analysis
    /// layers are exported whole, the evidence layer as the filter selects it.
    /// </summary>
    public static string Json(FactCatalog catalog, BriefingFilter filter)
    {
        var sel = new FactSelection(catalog, filter);
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, NewLine = "\n", Encoder = Encoder }))
        {
            writer.WriteStartObject();
            writer.WritePropertyName(ExportIdentity.PropertyName);
            ExportIdentity.Current.WriteJson(writer);
            writer.WriteString("filters", filter.Describe(catalog) ?? "none");
            writer.WriteStartObject("counts");
            foreach (var kind in FactSchema.Kinds)
            {
                writer.WriteNumber(kind.Plural, sel.OfKind(kind.Name).Length);
            }

            writer.WriteEndObject();
            foreach (var kind in FactSchema.Kinds)
            {
                writer.WriteStartArray(kind.Plural);
                foreach (var fact in sel.OfKind(kind.Name))
                {
                    fact.WriteJson(writer);
                }

                writer.WriteEndArray();
            }

            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan) + "\n";
    }

    /// <summary>The selected events as a TimelineJS timeline (undated events are left out: TimelineJS needs a year).</summary>
    public static string TimelineJs(FactCatalog catalog, BriefingFilter filter)
    {
        var sel = new FactSelection(catalog, filter);
        var events = sel.Of<Event>().Where(e => e.Date is not null).OrderBy(e => e.Date!.On).ThenBy(e => e.Id.Value, StringComparer.Ordinal)
            .Select(e => new TimelineEvent(
                e.Id.Value,
                TimelineDate.Of(e.Date!.On),
                e.End is { } end ? TimelineDate.Of(end.On) : null,
                new TimelineText(Html(e.Title), $"<p>{Html(e.Summary)}</p><p>Sources: {Html(string.Join("; ", e.Citations.Select(c => $"{catalog[c.Source].File}, {c.Locator}")))}</p>"),
                e.Topics.IsDefaultOrEmpty ? null : e.Topics[0].ToKey()))
            .ToList();
        var title = new TimelineTitle(new TimelineText(
            "The Russia–Ukraine crisis",
            Html(filter.Describe(catalog) is { } d ? "Events " + d + "." : "Every dated event in the fact base.")));
        return JsonSerializer.Serialize(new TimelineDocument(title, events), ExportJson.Type<TimelineDocument>()) + "\n";
    }

    private static string Html(string s) =>
        s.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);
}

/// <summary>The TimelineJS export's source-generated serializer: its own names (snake_case where TimelineJS says so), nulls left out.</summary>
public static class ExportJson
{
    private static readonly JsonSerializerOptions Options = new(ExportContext.Default.Options) { Encoder = JsonExport.Encoder };

    /// <summary>The source-generated metadata of an export document.</summary>
    public static JsonTypeInfo<T> Type<T>() => (JsonTypeInfo<T>)Options.GetTypeInfo(typeof(T));
}

[JsonSourceGenerationOptions(
    WriteIndented = true,
    NewLine = "\n",
    PropertyNamingPolicy = JsonKnownNamingPolicy.KebabCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(TimelineDocument))]
internal sealed partial class ExportContext : JsonSerializerContext;

/// <summary>TimelineJS's JSON format (https://timeline.knightlab.com/docs/json-format.html): its names are snake_case.</summary>
public sealed record TimelineDocument(TimelineTitle Title, IReadOnlyList<TimelineEvent> Events);

public sealed record TimelineTitle(TimelineText Text);

public sealed record TimelineText(string Headline, string Text);

public sealed record TimelineEvent(
    [property: JsonPropertyName("unique_id")] string UniqueId,
    [property: JsonPropertyName("start_date")] TimelineDate StartDate,
    [property: JsonPropertyName("end_date")] TimelineDate? EndDate,
    TimelineText Text,
    string? Group);

public sealed record TimelineDate(string Year, string? Month, string? Day, [property: JsonPropertyName("display_date")] string DisplayDate)
{
    /// <summary>A partial date as TimelineJS wants it: parts as strings, only those known, and a display form.</summary>
    public static TimelineDate Of(PartialDate d) => new(
        d.Year.ToString("0000", CultureInfo.InvariantCulture),
        d.Month?.ToString(CultureInfo.InvariantCulture),
        d.Day?.ToString(CultureInfo.InvariantCulture),
        DateDisplay.Format(d));
}
