using System.Collections.Generic;
using System.Linq;
using Crisis.Facts.Generator.Common;
using Crisis.Facts.Generator.Schema;

namespace Crisis.Facts.Generator.Emit;

/// <summary>
/// Emits the types that depend on the schema only (records, ids, enums, blocks, the catalog class, the JSON
/// Schema), so that editing a fact does not re-emit them.
/// </summary>
internal static class SchemaEmitter
{
    public static IEnumerable<(string HintName, string Source)> Emit(SchemaModel schema)
    {
        var types = new TypeNames(schema.Namespace);
        var hasCitations = Citations.AnyCitedKind(schema);
        yield return ("Primitives.g.cs", PrimitivesEmitter.Emit(schema.Namespace, hasCitations));
        yield return ("Vocabularies.g.cs", Vocabularies(schema));
        yield return ("Blocks.g.cs", Blocks(schema, types));
        foreach (var kind in schema.Kinds)
        {
            // Hint names from the kebab-case names: Roslyn compares hint names ignoring case, C# names do not.
            yield return ($"Kinds.{kind.Name}.g.cs", Kind(schema, kind, types));
        }

        if (Roles.Used(schema).Length > 0)
        {
            yield return ("Roles.g.cs", RoleEmitter.Interfaces(schema, types));
        }

        yield return ("FactCatalog.g.cs", CatalogClassEmitter.Emit(schema, types));
        yield return ("FactSchema.g.cs", MetadataEmitter.Emit(schema));
    }

    private static string Vocabularies(SchemaModel schema)
    {
        var writer = SourceWriter.ForNamespace(schema.Namespace);
        foreach (var vocabulary in schema.Vocabularies)
        {
            var name = Naming.Pascal(vocabulary.Name);
            writer.Summary(vocabulary.Description).Line(SourceWriter.GeneratedCodeAttribute).Open($"public enum {name}");
            foreach (var value in vocabulary.Values)
            {
                writer.Summary($"{value.Key}: {value.Description}").Line($"{Naming.Pascal(value.Key)},");
            }

            writer.Close().Line();
            writer.Summary($"The YAML spelling and the description of each <see cref=\"{name}\"/> value.", isXml: true)
                .Line(SourceWriter.GeneratedCodeAttribute)
                .Open($"public static class {name}Extensions");
            writer.Summary("The value as written in fact files.").Open($"public static string ToKey(this {name} value) => value switch");
            foreach (var value in vocabulary.Values)
            {
                writer.Line($"{name}.{Naming.Pascal(value.Key)} => {SourceWriter.Literal(value.Key)},");
            }

            writer.Line($"_ => throw new global::System.ArgumentOutOfRangeException(nameof(value), value, null),").Close(";").Line();
            writer.Summary("The schema's description of the value.").Open($"public static string Describe(this {name} value) => value switch");
            foreach (var value in vocabulary.Values)
            {
                writer.Line($"{name}.{Naming.Pascal(value.Key)} => {SourceWriter.Literal(value.Description)},");
            }

            writer.Line($"_ => throw new global::System.ArgumentOutOfRangeException(nameof(value), value, null),").Close(";").Line();
            writer.Summary("What a reader sees for the value: the schema's label for it, else its key's words (\"public-record\" → \"public record\").")
                .Open($"public static string Label(this {name} value) => value switch");
            foreach (var value in vocabulary.Values)
            {
                writer.Line($"{name}.{Naming.Pascal(value.Key)} => {SourceWriter.Literal(value.Label)},");
            }

            writer.Line($"_ => throw new global::System.ArgumentOutOfRangeException(nameof(value), value, null),").Close(";").Line();
            writer.Summary("Reads a value as written in fact files (exact, ordinal match).")
                .Open($"public static bool TryParseKey(string key, out {name} value)");
            writer.Open("switch (key)");
            foreach (var value in vocabulary.Values)
            {
                writer.Line($"case {SourceWriter.Literal(value.Key)}: value = {name}.{Naming.Pascal(value.Key)}; return true;");
            }

            writer.Line("default: value = default; return false;").Close().Close().Line();
            writer.Summary("Every value as written in fact files, in schema order.")
                .Line($"public static global::System.Collections.Immutable.ImmutableArray<string> Keys {{ get; }} = global::System.Collections.Immutable.ImmutableArray.Create({string.Join(", ", vocabulary.Values.Select(v => SourceWriter.Literal(v.Key)))});");
            writer.Close().Line();
        }

        return writer.ToString();
    }

    private static string Blocks(SchemaModel schema, TypeNames types)
    {
        var writer = SourceWriter.ForNamespace(schema.Namespace);
        foreach (var block in schema.Blocks)
        {
            writer.Summary(block.Description).Line(SourceWriter.GeneratedCodeAttribute)
                .Open($"public sealed partial record {Naming.Pascal(block.Name)}");
            Properties(writer, block.Fields, types);
            CollectReferences(writer, schema, block.Fields);
            writer.Line();
            JsonWriterEmitter.WriteJsonMethod(writer, kind: null, block.Fields);
            writer.Line();
            CompactData.ReadFromMethod(writer, types.Qualified(Naming.Pascal(block.Name)), idType: null, block.Fields, types, hasDefinedAt: false);
            writer.Close().Line();
        }

        return writer.ToString();
    }

    private static string Kind(SchemaModel schema, KindModel kind, TypeNames types)
    {
        var name = Naming.Pascal(kind.Name);
        var writer = SourceWriter.ForNamespace(schema.Namespace);
        writer.Summary($"{kind.Description}\nFacts of this kind are listed under '{kind.Plural}:' in the fact files.")
            .Line(SourceWriter.GeneratedCodeAttribute)
            .Open($"public sealed partial record {name} : {string.Join(", ", Interfaces(schema, kind))}");
        writer.Summary($"The {kind.Name}'s id: unique across all facts, never changed once published.")
            .Line($"public required {types.Id(kind.Name)} Id {{ get; init; }}").Line();
        Properties(writer, kind.Fields, types);
        writer.Summary("Where the fact is defined: its file relative to the folder holding every fact and schema file, and its line.")
            .Line("public string DefinedAt { get; init; } = \"\";").Line();
        writer.Summary("The fact's place in the data: files by path, facts in the order they are written, from 0 (0 for a fact made in code, unless set).")
            .Line($"public int {GeneratedNames.DefinedOrderMember} {{ get; init; }}").Line();
        writer.Line($"string global::{schema.Namespace}.IFact.Key => Id.Value;").Line();
        writer.Line($"string global::{schema.Namespace}.IFact.Kind => {SourceWriter.Literal(kind.Name)};").Line();
        RoleEmitter.Implementations(writer, schema, kind, types);
        CollectReferences(writer, schema, kind.Fields);
        writer.Line();
        JsonWriterEmitter.WriteJsonMethod(writer, kind, kind.Fields);
        writer.Line();
        CompactData.ReadFromMethod(writer, types.Kind(kind.Name), types.Id(kind.Name), kind.Fields, types, hasDefinedAt: true);
        writer.Close().Line();

        writer.Summary($"The id of {Naming.WithArticle(kind.Name)}. A distinct type per kind, so a reference to {Naming.WithArticle(kind.Name)} cannot hold another kind's id.")
            .Line(SourceWriter.GeneratedCodeAttribute)
            .Open($"public readonly record struct {name}Id(string Value) : global::System.IComparable<{name}Id>");
        writer.Summary("The kind of fact this id names.").Line($"public const string Kind = {SourceWriter.Literal(kind.Name)};").Line();
        writer.Line($"public int CompareTo({name}Id other) => string.CompareOrdinal(Value, other.Value);").Line();
        writer.Line("public override string ToString() => Value;");
        writer.Close();
        return writer.ToString();
    }

    /// <summary>The interfaces a record implements: IFact or ICitedFact, then one per role its fields carry.</summary>
    private static IEnumerable<string> Interfaces(SchemaModel schema, KindModel kind)
    {
        yield return $"global::{schema.Namespace}.{(kind.Cited ? "ICitedFact" : "IFact")}";
        foreach (var role in Roles.Used(schema).Where(role => kind.FieldsWith(role).Length > 0))
        {
            yield return $"global::{schema.Namespace}.{RoleEmitter.Interface(role)}";
        }
    }

    private static void Properties(SourceWriter writer, IEnumerable<FieldModel> fields, TypeNames types)
    {
        foreach (var field in fields)
        {
            var type = types.Property(field);
            var required = field.IsRequired ? "required " : string.Empty;
            var initializer = field.IsList && !field.IsRequired ? $" = {TypeNames.ImmutableArray(types.Element(field))}.Empty;" : string.Empty;
            writer.Summary(field.Description)
                .Line($"public {required}{type} {Naming.Pascal(field.Name)} {{ get; init; }}{initializer}")
                .Line();
        }
    }

    /// <summary>Lists the record's references (field, kind, id), so a hand-built catalog can check they resolve.</summary>
    private static void CollectReferences(SourceWriter writer, SchemaModel schema, IEnumerable<FieldModel> fields)
    {
        writer.Open("internal void CollectReferences(global::System.Collections.Generic.List<(string Field, string Kind, string Id)> references)");
        writer.Open("if (references is null)").Line("throw new global::System.ArgumentNullException(nameof(references));").Close();
        var index = 0;
        foreach (var field in fields.Where(f => f.Type is FieldType.Reference or FieldType.Block))
        {
            // Each pattern variable needs its own name: 'is { } x' variables share the method's scope.
            var item = "item" + index++.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var member = Naming.Pascal(field.Name);
            var target = field.TargetIsLayer ? Roles.LayerTarget(field.Target!) : field.Target!;
            var add = field.Type == FieldType.Reference
                ? $"references.Add(({SourceWriter.Literal(field.Name)}, {SourceWriter.Literal(target)}, {item}.Value));"
                : $"{item}.CollectReferences(references);";
            writer.Open(field.IsList ? $"foreach (var {item} in {member})" : $"if ({member} is {{ }} {item})").Line(add).Close();
        }

        writer.Close();
    }
}
