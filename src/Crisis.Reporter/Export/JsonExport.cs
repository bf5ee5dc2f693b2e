using System.Collections.Immutable;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Crisis.Model;
using Crisis.Reporter.Selection;
using Crisis.Reporter.Text;

namespace Crisis.Reporter.Export;

/// <summary>
/// Machine-readable exports of the (filtered) fact base, written by System.Text.Json from source-generated
/// metadata: <c>json</c> (every fact with its kind, id, fields and citations, field names as in the YAML) and
/// <c>timelinejs</c> (TimelineJS's JSON format).
/// </summary>
public static class JsonExport
{
    /// <summary>The export formats.</summary>
    public static IReadOnlyList<string> Formats { get; } = ["json", "timelinejs"];

    /// <summary>Text as readers see it: «, ’, é and the like unescaped (the exports are UTF-8 files, not HTML).</summary>
    internal static JavaScriptEncoder Encoder => JavaScriptEncoder.UnsafeRelaxedJsonEscaping;


    /// <summary>The fact base as JSON: reference data (sources, actors, places) whole, other kinds filtered.</summary>
    public static string Json(FactCatalog catalog, BriefingFilter filter)
    {
        var sel = new FactSelection(catalog, filter);
        var document = new FactBaseDocument
        {
            Export = ExportIdentity.Current,
            Filters = filter.Describe(catalog) ?? "none",
            Counts = new KindCounts(
                catalog.Sources.Length, catalog.Actors.Length, catalog.Places.Length, sel.Events.Length, sel.Statements.Length, sel.Estimates.Length,
                sel.Claims.Length, sel.Responses.Length, sel.Demands.Length, sel.Positions.Length, sel.Measures.Length, sel.Assessments.Length,
                catalog.Judgments.Length, catalog.WatchItems.Length),
            Sources = catalog.Sources,
            Actors = catalog.Actors,
            Places = catalog.Places,
            Events = sel.Events,
            Statements = sel.Statements,
            Estimates = sel.Estimates,
            Claims = sel.Claims,
            Responses = sel.Responses,
            Demands = sel.Demands,
            Positions = sel.Positions,
            Measures = sel.Measures,
            Assessments = sel.Assessments,
            Judgments = catalog.Judgments,
            WatchItems = catalog.WatchItems,
        };
        return JsonSerializer.Serialize(document, ExportJson.Type<FactBaseDocument>()) + "\n";
    }

    /// <summary>The selected events as a TimelineJS timeline (undated events are left out: TimelineJS needs a year).</summary>
    public static string TimelineJs(FactCatalog catalog, BriefingFilter filter)
    {
        var sel = new FactSelection(catalog, filter);
        var events = sel.Events.Where(e => e.Date is not null).OrderBy(e => e.Date!.On).ThenBy(e => e.Id.Value, StringComparer.Ordinal)
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

/// <summary>
/// The <c>json</c> export: what it is (<see cref="ExportIdentity"/>), the filters in words, the count of each kind, then
/// each kind's facts. Judgments and watch items are the analysts' layer over the whole fact base: exported whole, like
/// the reference data.
/// </summary>
public sealed record FactBaseDocument
{
    public required ExportIdentity Export { get; init; }
    public required string Filters { get; init; }
    public required KindCounts Counts { get; init; }
    public required ImmutableArray<Source> Sources { get; init; }
    public required ImmutableArray<Actor> Actors { get; init; }
    public required ImmutableArray<Place> Places { get; init; }
    public required ImmutableArray<Event> Events { get; init; }
    public required ImmutableArray<Statement> Statements { get; init; }
    public required ImmutableArray<Estimate> Estimates { get; init; }
    public required ImmutableArray<Claim> Claims { get; init; }
    public required ImmutableArray<Response> Responses { get; init; }
    public required ImmutableArray<Demand> Demands { get; init; }
    public required ImmutableArray<Position> Positions { get; init; }
    public required ImmutableArray<Measure> Measures { get; init; }
    public required ImmutableArray<Assessment> Assessments { get; init; }
    public required ImmutableArray<Judgment> Judgments { get; init; }
    public required ImmutableArray<WatchItem> WatchItems { get; init; }
}

/// <summary>How many facts of each kind the export holds.</summary>
public sealed record KindCounts(int Sources, int Actors, int Places, int Events, int Statements, int Estimates, int Claims, int Responses, int Demands, int Positions, int Measures, int Assessments, int Judgments, int WatchItems);

/// <summary>
/// How the exports become JSON (one source-generated context): kebab-case names as in the YAML, nulls left out, ids and partial dates as
/// their text, vocabulary values as their YAML keys, and each fact's <c>kind</c> first.
/// </summary>
public static class ExportJson
{
    /// <summary>
    /// One converter per id type and per vocabulary: the generated types share no interface that a single
    /// converter could use, and a type missing here would be written as an object or a number
    /// (ExportSnapshotTests checks that every id and vocabulary type of the model is listed).
    /// </summary>
    public static IReadOnlyList<JsonConverter> Converters { get; } =
    [
        new TextConverter<PartialDate>(d => d.ToString()),
        new TextConverter<SourceId>(id => id.Value), new TextConverter<ActorId>(id => id.Value), new TextConverter<PlaceId>(id => id.Value),
        new TextConverter<EventId>(id => id.Value), new TextConverter<StatementId>(id => id.Value), new TextConverter<EstimateId>(id => id.Value),
        new TextConverter<ClaimId>(id => id.Value), new TextConverter<ResponseId>(id => id.Value), new TextConverter<DemandId>(id => id.Value),
        new TextConverter<PositionId>(id => id.Value), new TextConverter<MeasureId>(id => id.Value), new TextConverter<AssessmentId>(id => id.Value),
        new TextConverter<JudgmentId>(id => id.Value), new TextConverter<WatchItemId>(id => id.Value),
        new TextConverter<Reliability>(v => v.ToKey()), new TextConverter<DateBasis>(v => v.ToKey()), new TextConverter<ActorType>(v => v.ToKey()),
        new TextConverter<PlaceType>(v => v.ToKey()), new TextConverter<EventType>(v => v.ToKey()), new TextConverter<Topic>(v => v.ToKey()),
        new TextConverter<Qualifier>(v => v.ToKey()), new TextConverter<MeasuredQuantity>(v => v.ToKey()), new TextConverter<Rank>(v => v.ToKey()),
        new TextConverter<ClaimStatus>(v => v.ToKey()), new TextConverter<Stance>(v => v.ToKey()), new TextConverter<PositionStance>(v => v.ToKey()),
        new TextConverter<MeasureType>(v => v.ToKey()), new TextConverter<MeasureStage>(v => v.ToKey()), new TextConverter<Likelihood>(v => v.ToKey()),
        new TextConverter<Salience>(v => v.ToKey()), new TextConverter<EventStatus>(v => v.ToKey()), new TextConverter<Confidence>(v => v.ToKey()),
        new TextConverter<Relay>(v => v.ToKey()),
    ];

    /// <summary>The options the exports are written with (after <see cref="Converters"/>, which they use).</summary>
    private static readonly JsonSerializerOptions Options = Create();

    /// <summary>The source-generated metadata of an export document.</summary>
    public static JsonTypeInfo<T> Type<T>() => (JsonTypeInfo<T>)Options.GetTypeInfo(typeof(T));

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(ExportContext.Default.Options)
        {
            TypeInfoResolver = ExportContext.Default.WithAddedModifier(KindFirst),
            Encoder = JsonExport.Encoder,
        };
        foreach (var converter in Converters)
        {
            options.Converters.Add(converter);
        }

        return options;
    }

    /// <summary>Every fact starts with its kind (<see cref="IFact.Kind"/> is an explicit interface member, so not a property of the record).</summary>
    private static void KindFirst(JsonTypeInfo type)
    {
        if (type.Kind == JsonTypeInfoKind.Object && typeof(IFact).IsAssignableFrom(type.Type))
        {
            // The metadata API the source generator itself uses: unlike CreateJsonPropertyInfo, safe when trimmed.
            var kind = JsonMetadataServices.CreatePropertyInfo(type.Options, new JsonPropertyInfoValues<string>
            {
                IsProperty = true,
                IsPublic = true,
                DeclaringType = type.Type,
                PropertyName = "Kind",
                JsonPropertyName = "kind",
                Getter = fact => ((IFact)fact).Kind,
                PropertyTypeInfo = (JsonTypeInfo<string>)type.Options.GetTypeInfo(typeof(string)),
            });
            type.Properties.Insert(0, kind);
        }
    }
}

/// <summary>Writes a value as a JSON string (export only: reading is not supported).</summary>
internal sealed class TextConverter<T>(Func<T, string> text) : JsonConverter<T>
{
    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("The export is written, never read back.");

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => writer.WriteStringValue(text(value));
}

[JsonSourceGenerationOptions(
    WriteIndented = true,
    NewLine = "\n",
    PropertyNamingPolicy = JsonKnownNamingPolicy.KebabCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(FactBaseDocument))]
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
