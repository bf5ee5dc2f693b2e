using System.Linq;

namespace Crisis.Facts.Generator.Schema;

/// <summary>
/// The citation convention, in one place. A cited kind has an implicit required field <c>citations</c>: a list of
/// <c>citation</c> blocks (declared by the schema) whose reference field <c>source</c> names the cited fact; the kind
/// that field refers to is the schema's source kind (FACT012 names an unknown one, FACT016 one nobody cites). Kinds
/// cite by default; a schema's top-level <c>cited: false</c> turns that off, and a kind's
/// own <c>cited:</c> overrides either. A schema with no cited kind needs no citation block.
/// </summary>
internal static class Citations
{
    public const string Block = "citation";
    public const string Field = "citations";
    public const string SourceField = "source";

    /// <summary>The setting, at the top of a schema (the default for every kind) and on a kind.</summary>
    public const string Setting = "cited";

    public const bool CitedByDefault = true;

    public const string FieldDescription = "Where the fact comes from: one citation per source that reports it.";

    /// <summary>The field the parser adds to a cited kind.</summary>
    public static FieldModel ImplicitField() =>
        new(Field, FieldType.Block, Block, IsList: true, IsRequired: true, FieldDescription, null, null);

    /// <summary>Null when the schema's citation block can carry citations, or what is wrong with it.</summary>
    public static string? CheckBlock(BlockModel? block, string kind)
    {
        var source = block?.Fields.Find(SourceField);
        return block is null || source is null || source.Type != FieldType.Reference || source.IsList
            ? $"the kind '{kind}' cites sources, so the schema needs a block '{Block}' with a single 'reference' field '{SourceField}' (or say '{Setting}: false' on the kind or at the top of the schema)"
            : null;
    }

    /// <summary>True for the <c>citations</c> field of a cited kind (its absence is FACT011, not FACT004).</summary>
    public static bool IsCitationsField(KindModel kind, FieldModel field) => kind.Cited && field.Name == Field;

    /// <summary>The kind citations refer to, if the schema has one.</summary>
    public static string? SourceKind(SchemaModel schema) => schema.FindBlock(Block)?.Fields.Find(SourceField)?.Target;

    /// <summary>Whether the generated code needs <c>ICitedFact</c>.</summary>
    public static bool AnyCitedKind(SchemaModel schema) => schema.FindBlock(Block) is not null && schema.Kinds.Any(k => k.Cited);
}
