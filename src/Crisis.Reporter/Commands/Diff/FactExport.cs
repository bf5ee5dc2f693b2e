using System.Globalization;
using System.Text;
using System.Text.Json;
using Crisis.Reporter.Commands.Export;

namespace Crisis.Reporter.Commands.Diff;

/// <summary>One fact of an export: its id, kind, the plural its list is named by, and its JSON.</summary>
public sealed record ExportedFact(string Id, string Kind, string Plural, JsonElement Json);

/// <summary>
/// A JSON export of the fact base (<c>crisis-brief export --format json</c>), read back for <c>diff</c>. Only
/// the export's layout is assumed (an object with <c>counts</c> and one list of facts per kind, each fact with
/// a <c>kind</c> and an <c>id</c>), never the fields of a kind: exports of other fact schemas read the same way.
/// </summary>
public sealed class FactExport
{
    private FactExport(string name, ExportIdentity? identity, string filters, IReadOnlyList<string> plurals, IReadOnlyDictionary<string, ExportedFact> facts)
    {
        Name = name;
        Identity = identity;
        Filters = filters;
        Plurals = plurals;
        Facts = facts;
    }

    /// <summary>The file's name (without its folder), used to label the export in the output.</summary>
    public string Name { get; }

    /// <summary>What the export says about itself; null for an export made before exports carried it.</summary>
    public ExportIdentity? Identity { get; }

    /// <summary>The filters it was made with, in words ("none" when unfiltered).</summary>
    public string Filters { get; }

    /// <summary>The lists of facts, by the plural of their kind, in the export's order (schema order).</summary>
    public IReadOnlyList<string> Plurals { get; }

    /// <summary>Every fact by id (ids are unique across kinds).</summary>
    public IReadOnlyDictionary<string, ExportedFact> Facts { get; }

    /// <summary>
    /// The largest export read: it is read whole, so a bound keeps memory to a few times this (an export of the real facts
    /// is about 1 MB, one of 100,000 facts about 100 MB). A larger file is refused before it is read.
    /// </summary>
    public const long MaxBytes = 256L * 1024 * 1024;

    /// <summary>The deepest nesting an export may have (the exporter writes 5 levels).</summary>
    public const int MaxDepth = 64;

    /// <summary>Reads the export at <paramref name="path"/>; <paramref name="role"/> (OLD, NEW) names it in errors.</summary>
    /// <exception cref="ReporterException">The file cannot be read or is not an export (exit code 3).</exception>
    public static FactExport Load(string path, string role)
    {
        var described = $"{role} ({path})";
        byte[] bytes;
        int length;
        try
        {
            if (Directory.Exists(path))
            {
                throw new ReporterException(ExitCodes.Data, $"cannot read {described}: it is a folder; give an export file (crisis-brief export --format json).");
            }

            // A device or a pipe (/dev/zero, /dev/stdin) would be read for ever or without a size: refused unread.
            if (!Output.FileKind.IsRegularOrMissing(path))
            {
                throw new ReporterException(ExitCodes.Data, $"cannot read {described}: it is not a regular file (a device, a pipe or a socket); give an export file.");
            }

            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1);
            if (stream.Length > MaxBytes)
            {
                throw TooLarge(described, stream.Length);
            }

            bytes = new byte[(int)Math.Min(stream.Length, MaxBytes) + 1];
            length = 0;
            int read;
            while (length < bytes.Length && (read = stream.Read(bytes, length, bytes.Length - length)) > 0)
            {
                length += read;
            }

            if (length > MaxBytes)
            {
                throw TooLarge(described, length);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new ReporterException(ExitCodes.Data, $"cannot read {described}: {ex.Message}", ex);
        }

        return Parse(bytes.AsMemory(0, length), Path.GetFileName(path), described);
    }

    private static ReporterException TooLarge(string described, long length) => new(ExitCodes.Data, string.Create(CultureInfo.InvariantCulture,
        $"cannot read {described}: it is larger than {MaxBytes:N0} bytes (256 MiB), the most an export may be ({length:N0} bytes seen). Export with filters (--from, --to, --topic) to compare a part."));

    /// <summary>Reads an export from its text; <paramref name="name"/> labels it in the output, <paramref name="described"/> in errors.</summary>
    public static FactExport Parse(string text, string name, string described) =>
        Parse(Encoding.UTF8.GetBytes(text), name, described);

    /// <summary>Reads an export from its UTF-8 bytes (see <see cref="ExportText"/> for what is refused).</summary>
    public static FactExport Parse(ReadOnlyMemory<byte> utf8, string name, string described)
    {
        var bytes = ExportText.Check(utf8.Span, described);
        JsonElement root;
        try
        {
            using var document = JsonDocument.Parse(utf8[(utf8.Length - bytes.Length)..], new JsonDocumentOptions { MaxDepth = MaxDepth + 1 });
            root = document.RootElement.Clone();
        }
        catch (JsonException ex)
        {
            throw NotAnExport(described, $"it is not valid JSON (line {ex.LineNumber + 1}, byte {ex.BytePositionInLine + 1})");
        }

        if (root.ValueKind != JsonValueKind.Object)
        {
            throw NotAnExport(described, $"its top level is {Describe(root.ValueKind)}, not an object");
        }

        if (!root.TryGetProperty("counts", out var counts) || counts.ValueKind != JsonValueKind.Object)
        {
            var hint = root.TryGetProperty("title", out _) && root.TryGetProperty("events", out _)
                ? "it looks like a TimelineJS export (--format timelinejs)"
                : "it has no \"counts\" object";
            throw NotAnExport(described, hint);
        }

        var identity = ReadIdentity(root, described);
        var filters = root.TryGetProperty("filters", out var f) && f.ValueKind == JsonValueKind.String ? f.GetString()! : "none";
        var plurals = new List<string>();
        var facts = new Dictionary<string, ExportedFact>(StringComparer.Ordinal);
        foreach (var list in root.EnumerateObject().Where(p => p.Value.ValueKind == JsonValueKind.Array))
        {
            plurals.Add(list.Name);
            var index = 0;
            foreach (var fact in list.Value.EnumerateArray())
            {
                var where = $"\"{list.Name}\"[{index++}]";
                if (fact.ValueKind != JsonValueKind.Object)
                {
                    throw NotAnExport(described, $"{where} is {Describe(fact.ValueKind)}, not a fact");
                }

                var id = Text(fact, "id") ?? throw NotAnExport(described, $"{where} has no \"id\"");
                var kind = Text(fact, "kind") ?? throw NotAnExport(described, $"{where} ('{id}') has no \"kind\"");
                if (facts.TryGetValue(id, out var other))
                {
                    throw NotAnExport(described, $"the id '{id}' appears twice (in \"{other.Plural}\" and in \"{list.Name}\")");
                }

                facts.Add(id, new ExportedFact(id, kind, list.Name, fact));
            }
        }

        if (plurals.Count == 0)
        {
            throw NotAnExport(described, "it holds no list of facts");
        }

        return new FactExport(name, identity, filters, plurals, facts);
    }

    private static ExportIdentity? ReadIdentity(JsonElement root, string described)
    {
        if (!root.TryGetProperty(ExportIdentity.PropertyName, out var e))
        {
            return null;
        }

        var format = e.ValueKind == JsonValueKind.Object ? Text(e, "format") : null;
        if (format != ExportIdentity.FormatName)
        {
            throw NotAnExport(described, $"its \"{ExportIdentity.PropertyName}\" property does not name the format \"{ExportIdentity.FormatName}\"");
        }

        if (!e.TryGetProperty("version", out var v) || v.ValueKind != JsonValueKind.Number || !v.TryGetInt32(out var version))
        {
            throw NotAnExport(described, "its export format has no version number (\"version\" must be a whole number)");
        }

        return new ExportIdentity(format, version, Text(e, "fact-schema") ?? "unknown");
    }

    /// <summary>The text of field <paramref name="name"/> of an object, or null (not an object, no such field, not text).</summary>
    internal static string? Text(JsonElement o, string name) =>
        o.ValueKind == JsonValueKind.Object && o.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Array => "a list",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Null => "null",
        _ => "an object",
    };

    internal static ReporterException NotAnExport(string described, string why) =>
        new(ExitCodes.Data, $"{described} is not a fact export: {why}. Make one with 'crisis-brief export --format json'.");
}
