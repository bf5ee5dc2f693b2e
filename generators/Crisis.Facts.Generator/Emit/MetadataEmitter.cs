using System.Globalization;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using Crisis.Facts.Generator.Common;
using Crisis.Facts.Generator.Schema;

namespace Crisis.Facts.Generator.Emit;

/// <summary>
/// <c>FactSchema</c>: the schema as data for code that reads any kind of fact (one table of kinds, their fields, types,
/// roles and layers, and the blocks), the JSON Schema for editors, and a fingerprint of the facts' shape.
/// </summary>
internal static class MetadataEmitter
{
    private const string Immutable = "global::System.Collections.Immutable";

    public static string Emit(SchemaModel schema)
    {
        var writer = SourceWriter.ForNamespace(schema.Namespace);
        writer.Summary("The fact schema as data: every kind with its fields, types, roles and layer; the blocks; the JSON Schema of the fact files; the fingerprint of the facts' shape.")
            .Line(SourceWriter.GeneratedCodeAttribute)
            .Open("public static class FactSchema");
        writer.Summary("The JSON Schema of the fact files, derived from the YAML schema: give it to editors (the YAML language server) for completion and checks while typing. LF line endings.")
            .Line($"public const string Json = {SourceWriter.Literal(JsonSchemaEmitter.Emit(schema))};").Line();
        writer.Summary("\"sha256:\" and 16 hex digits of the facts' shape (kinds, fields, types, what they refer to, vocabularies' values), leaving out descriptions, labels, roles and layers: two fact bases with the same fingerprint write the same fields.")
            .Line($"public const string Fingerprint = {SourceWriter.Literal(Fingerprint(schema))};").Line();

        Table(writer, "Every kind of fact, in schema order.", "FactKindInfo", "Kinds", schema.Kinds.Select(kind =>
            ($"new FactKindInfo({Literal(kind.Name)}, {Literal(kind.Plural)}, FactLayer.{Naming.Pascal(Roles.Name(kind.Layer))}, {Bool(kind.Cited)}, {Literal(kind.Description)}, ", kind.Fields)));
        Table(writer, "Every block (a group of fields inside a fact), in schema order.", "FactBlockInfo", "Blocks", schema.Blocks.Select(block =>
            ($"new FactBlockInfo({Literal(block.Name)}, {Literal(block.Description)}, ", block.Fields)));
        writer.Summary("The kind of that name, or null.")
            .Line("public static FactKindInfo? Kind(string name) => global::System.Linq.Enumerable.FirstOrDefault(Kinds, kind => kind.Name == name);").Line();
        writer.Summary("The kind of a fact.")
            .Line("public static FactKindInfo KindOf(IFact fact) => Kind(fact.Kind) ?? throw new global::System.ArgumentException($\"'{fact.Kind}' is not a kind of this schema.\", nameof(fact));").Line();
        writer.Summary("The block of that name, or null.")
            .Line("public static FactBlockInfo? Block(string name) => global::System.Linq.Enumerable.FirstOrDefault(Blocks, block => block.Name == name);").Line();
        var source = Citations.AnyCitedKind(schema) ? Citations.SourceKind(schema) : null;
        writer.Summary("The kind citations name (the sources), or null when no kind is cited.")
            .Line($"public static string? SourceKind => {(source is null ? "null" : Literal(source))};");
        writer.Close();
        return writer.ToString();
    }

    /// <summary>A static table of kinds or blocks: each declaration's own values on a line, then one line per field.</summary>
    private static void Table(SourceWriter writer, string summary, string type, string name, System.Collections.Generic.IEnumerable<(string Head, EquatableArray<FieldModel> Fields)> declarations)
    {
        writer.Summary(summary)
            .Line($"public static {Immutable}.ImmutableArray<{type}> {name} {{ get; }} = {Immutable}.ImmutableArray.Create(new {type}[]")
            .Line("{");
        foreach (var (head, fields) in declarations)
        {
            Declaration(writer, head, fields);
        }

        writer.Line("});").Line();
    }

    /// <summary>One kind or block: its own values on a line, then one line per field.</summary>
    private static void Declaration(SourceWriter writer, string head, EquatableArray<FieldModel> fields)
    {
        if (fields.Count == 0)
        {
            writer.Line($"    {head}{Immutable}.ImmutableArray<FactFieldInfo>.Empty),");
            return;
        }

        writer.Line($"    {head}{Immutable}.ImmutableArray.Create(new FactFieldInfo[]").Line("    {");
        foreach (var field in fields)
        {
            writer.Line($"        {Field(field)},");
        }

        writer.Line("    })),");
    }

    private static string Field(FieldModel field) =>
        $"new({Literal(field.Name)}, FactFieldType.{field.Type}, {(field.Target is null ? "null" : Literal(field.Target))}, {Bool(field.TargetIsLayer)}, {Bool(field.IsList)}, {Bool(field.IsRequired)}, FactRole.{field.Role}, {Literal(field.Description)}, {Labels(field)})";

    private static string Labels(FieldModel field) => field.Labels.Count == 0
        ? $"{Immutable}.ImmutableArray<global::System.Collections.Generic.KeyValuePair<int, string>>.Empty"
        : $"{Immutable}.ImmutableArray.Create(new global::System.Collections.Generic.KeyValuePair<int, string>[] {{ {string.Join(", ", field.Labels.Select(l => $"new({l.Value}, {Literal(l.Label)})"))} }})";

    private static string Literal(string text) => SourceWriter.Literal(text);

    private static string Bool(bool value) => value ? "true" : "false";

    /// <summary>
    /// A hash of what decides the shape of the facts, as canonical text: vocabularies and their values, blocks and kinds
    /// with their fields (name, type, target, list, required, bounds) in schema order.
    /// </summary>
    public static string Fingerprint(SchemaModel schema)
    {
        var text = new StringBuilder();
        foreach (var vocabulary in schema.Vocabularies)
        {
            text.Append("vocabulary ").Append(vocabulary.Name).Append(':').Append(string.Join(",", vocabulary.Values.Select(v => v.Key))).Append('\n');
        }

        foreach (var block in schema.Blocks)
        {
            text.Append("block ").Append(block.Name).Append('\n');
            Shape(text, block.Fields);
        }

        foreach (var kind in schema.Kinds)
        {
            text.Append("kind ").Append(kind.Name).Append(' ').Append(kind.Plural).Append(kind.Cited ? " cited" : string.Empty).Append('\n');
            Shape(text, kind.Fields);
        }

        using var sha = SHA256.Create();
        var hash = sha.ComputeHash(Encoding.UTF8.GetBytes(text.ToString()));
        return "sha256:" + string.Concat(hash.Take(8).Select(b => b.ToString("x2", CultureInfo.InvariantCulture)));
    }

    private static void Shape(StringBuilder text, EquatableArray<FieldModel> fields)
    {
        foreach (var field in fields)
        {
            text.Append("  ").Append(field.Name).Append(' ').Append(SchemaParser.FieldTypeNames[(int)field.Type])
                .Append(field.Target is null ? string.Empty : (field.TargetIsLayer ? " layer:" : " ") + field.Target)
                .Append(field.IsList ? " list" : string.Empty).Append(field.IsRequired ? " required" : string.Empty)
                .Append(field.Min is { } min ? " min " + min.ToString(CultureInfo.InvariantCulture) : string.Empty)
                .Append(field.Max is { } max ? " max " + max.ToString(CultureInfo.InvariantCulture) : string.Empty)
                .Append('\n');
        }
    }
}
