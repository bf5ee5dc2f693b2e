namespace Crisis.Facts.Generator.Schema;

/// <summary>
/// The provenance convention, in one place (beside <see cref="Citations"/>): which fields let the compiler check each
/// quote against its source's text. The citation block's text field <c>locator</c> says where in the source the words are
/// ("¶3 s.12"), its text field <c>quote</c> the words; the source kind's text field <c>file</c> names the source's text
/// (a file in the folder the MSBuild property <c>FactSourceTexts</c> names), and its optional text field <c>sha256</c>
/// pins that text's hash. A schema without a <c>locator</c> in its citation block, or without a <c>file</c> on its source
/// kind, asks for no provenance check: nothing is checked and nothing is reported.
/// </summary>
internal static class ProvenanceConvention
{
    public const string LocatorField = "locator";
    public const string QuoteField = "quote";
    public const string FileField = "file";
    public const string HashField = "sha256";

    /// <summary>The fields the schema has for provenance, or null when it asks for no check.</summary>
    public static ProvenanceFields? Of(SchemaModel? schema)
    {
        if (schema is null || !schema.IsComplete || !Citations.AnyCitedKind(schema))
        {
            return null;
        }

        var block = schema.FindBlock(Citations.Block);
        var sourceKind = Citations.SourceKind(schema);
        var source = sourceKind is null ? null : schema.FindKind(sourceKind);
        if (block is null || source is null || !IsSingleText(block.Fields.Find(LocatorField)) || !IsSingleText(source.Fields.Find(FileField)))
        {
            return null;
        }

        return new ProvenanceFields(source.Name, IsSingleText(block.Fields.Find(QuoteField)), IsSingleText(source.Fields.Find(HashField)));
    }

    private static bool IsSingleText(FieldModel? field) => field is { Type: FieldType.Text, IsList: false };
}

/// <summary>
/// What a schema declares for provenance: the source kind, and whether citations carry quotes and sources pins (without
/// quotes only locators' notation is checked; without pins no text is pinned).
/// </summary>
internal sealed record ProvenanceFields(string SourceKind, bool HasQuotes, bool HasPins);
