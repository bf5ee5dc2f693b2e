using System.Text.Json;

namespace Crisis.Reporter.Commands.Export;

/// <summary>
/// What a JSON export says about itself (its first property, <c>"export"</c>), so that <c>diff</c> can tell an
/// export from any other JSON and refuse to compare exports whose facts have different shapes:
/// <c>format</c> and <c>version</c> name the layout of the export, <c>fact-schema</c> fingerprints the fact
/// schema (data/schema) the facts were compiled against. Exports made before this existed lack the property;
/// readers treat their identity as unknown.
/// </summary>
/// <param name="Format">Always <see cref="FormatName"/>.</param>
/// <param name="Version">The layout's version; raised only when a reader of the old layout would misread the new one.</param>
/// <param name="FactSchema">"sha256:" and 16 hex digits of the shape of the facts (kinds, fields, types; descriptions, labels and roles left out).</param>
public sealed record ExportIdentity(string Format, int Version, string FactSchema)
{
    /// <summary>The name of the property that holds the identity.</summary>
    public const string PropertyName = "export";

    /// <summary>The value of <c>format</c> in every JSON export of the fact base.</summary>
    public const string FormatName = "crisis-brief facts";

    /// <summary>The layout version this reporter writes and reads.</summary>
    public const int CurrentVersion = 1;

    /// <summary>The identity of the exports this build writes: the fact schema's fingerprint is the compiler's (<see cref="Crisis.Model.FactSchema.Fingerprint"/>).</summary>
    public static ExportIdentity Current { get; } = new(FormatName, CurrentVersion, Crisis.Model.FactSchema.Fingerprint);

    /// <summary>Writes the identity as the export's first property holds it.</summary>
    public void WriteJson(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        writer.WriteString("format", Format);
        writer.WriteNumber("version", Version);
        writer.WriteString("fact-schema", FactSchema);
        writer.WriteEndObject();
    }
}
