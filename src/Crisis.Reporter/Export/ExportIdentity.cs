using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Crisis.Reporter.Export;

/// <summary>
/// What a JSON export says about itself (its first property, <c>"export"</c>), so that <c>diff</c> can tell an
/// export from any other JSON and refuse to compare exports whose facts have different shapes:
/// <c>format</c> and <c>version</c> name the layout of the export, <c>fact-schema</c> fingerprints the fact
/// schema (data/schema) the facts were compiled against. Exports made before this existed lack the property;
/// readers treat their identity as unknown.
/// </summary>
/// <param name="Format">Always <see cref="FormatName"/>.</param>
/// <param name="Version">The layout's version; raised only when a reader of the old layout would misread the new one.</param>
/// <param name="FactSchema">"sha256:" and 16 hex digits of the fact schema's structure (descriptions left out).</param>
public sealed record ExportIdentity(string Format, int Version, string FactSchema)
{
    /// <summary>The name of the property that holds the identity.</summary>
    public const string PropertyName = "export";

    /// <summary>The value of <c>format</c> in every JSON export of the fact base.</summary>
    public const string FormatName = "crisis-brief facts";

    /// <summary>The layout version this reporter writes and reads.</summary>
    public const int CurrentVersion = 1;

    /// <summary>The identity of the exports this build writes.</summary>
    public static ExportIdentity Current { get; } = new(FormatName, CurrentVersion, Fingerprint(Crisis.Model.FactSchema.Json));

    /// <summary>
    /// Fingerprints a fact schema from its generated JSON Schema, leaving out the descriptions: rewording a
    /// field's help text does not make two exports incomparable; adding, removing or retyping a field does.
    /// </summary>
    public static string Fingerprint(string jsonSchema)
    {
        var node = JsonNode.Parse(jsonSchema);
        StripDescriptions(node);
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(node?.ToJsonString() ?? "null"));
        return "sha256:" + Convert.ToHexStringLower(hash)[..16];
    }

    private static void StripDescriptions(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject o:
                // Only text-valued "description"s are help text; an object under that name is a field called description.
                foreach (var key in o.Where(p => p.Key == "description" && p.Value is JsonValue).Select(p => p.Key).ToList())
                {
                    o.Remove(key);
                }

                foreach (var (_, child) in o)
                {
                    StripDescriptions(child);
                }

                break;
            case JsonArray a:
                foreach (var child in a)
                {
                    StripDescriptions(child);
                }

                break;
        }
    }
}
