using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using Crisis.Facts.Generator.Common;
using Crisis.Facts.Generator.Facts;
using Crisis.Facts.Generator.Schema;

namespace Crisis.Facts.Generator.Emit;

/// <summary>
/// Emits the facts themselves: <c>Facts.Catalog</c>, one file per kind with a named property per fact, and the
/// records built in methods of at most <see cref="ChunkSize"/> facts (one huge method makes the C# compiler slow).
/// </summary>
internal static class FactDataEmitter
{
    public const int ChunkSize = 200;

    /// <summary>Fields whose value best names a fact in IntelliSense, in order of preference.</summary>
    private static readonly string[] NamingFields = { "name", "title", "text", "summary", "subject" };

    public static IEnumerable<(string HintName, string Source)> Emit(CatalogModel model)
    {
        var schema = model.Schema;
        var types = new TypeNames(schema.Namespace);
        var byKind = model.Facts.GroupBy(f => f.Kind).ToDictionary(g => g.Key, g => g.ToList());
        yield return ("Facts.g.cs", Root(schema, types));
        foreach (var kind in schema.Kinds)
        {
            var facts = byKind.TryGetValue(kind.Name, out var list) ? list : new List<FactModel>();
            yield return ($"Facts.{kind.Plural}.g.cs", Kind(model, kind, facts, types));
        }
    }

    private static string Root(SchemaModel schema, TypeNames types)
    {
        var writer = SourceWriter.ForNamespace(schema.Namespace);
        var creators = string.Join(", ", schema.Kinds.Select(k => $"Create{Naming.Pascal(k.Plural)}()").Concat(new[] { "__validate: false" }));
        writer.Summary("The compiled fact base: every fact in the data files, checked at build time.")
            .Line(SourceWriter.GeneratedCodeAttribute)
            .Open("public static partial class Facts")
            .Summary("Every fact, by kind and by id. References between facts were checked when the data was compiled.")
            .Line($"public static {types.Qualified("FactCatalog")} Catalog {{ get; }} = new {types.Qualified("FactCatalog")}({creators});")
            .Close();
        return writer.ToString();
    }

    private static string Kind(CatalogModel model, KindModel kind, List<FactModel> facts, TypeNames types)
    {
        var schema = model.Schema;
        var plural = Naming.Pascal(kind.Plural);
        var record = types.Kind(kind.Name);
        var writer = SourceWriter.ForNamespace(schema.Namespace);
        writer.Open("public static partial class Facts");
        writer.Summary($"Every {kind.Name} in the fact base, as a property named after its id.")
            .Line(SourceWriter.GeneratedCodeAttribute)
            .Open($"public static class {plural}");
        foreach (var fact in facts)
        {
            var member = Naming.Pascal(fact.Id);
            if (member == plural)
            {
                member += "_";
            }

            var label = NamingFields.Select(n => fact.Fields.FirstOrDefault(f => f.Name == n)?.Value.Text).FirstOrDefault(t => !string.IsNullOrEmpty(t));
            var where = DefinedAt(model, fact);
            writer.Summary(label is null ? $"'{fact.Id}' ({where})." : $"{FirstLine(label)} ('{fact.Id}', {where}).")
                .Line($"public static {record} {member} => {types.Qualified("Facts")}.Catalog[new {types.Id(kind.Name)}({SourceWriter.Literal(fact.Id)})];");
        }

        writer.Close().Line();

        var chunks = facts.Select((fact, index) => (fact, index)).GroupBy(p => p.index / ChunkSize, p => p.fact).ToList();
        writer.Open($"private static {TypeNames.ImmutableArray(record)} Create{plural}()")
            .Line($"var builder = global::System.Collections.Immutable.ImmutableArray.CreateBuilder<{record}>({facts.Count.ToString(CultureInfo.InvariantCulture)});");
        foreach (var chunk in chunks)
        {
            writer.Line($"Add{plural}{chunk.Key.ToString(CultureInfo.InvariantCulture)}(builder);");
        }

        writer.Line("return builder.MoveToImmutable();").Close();
        foreach (var chunk in chunks)
        {
            writer.Line().Open($"private static void Add{plural}{chunk.Key.ToString(CultureInfo.InvariantCulture)}(global::System.Collections.Immutable.ImmutableArray<{record}>.Builder builder)");
            foreach (var fact in chunk)
            {
                var initializer = new StringBuilder();
                initializer.Append("builder.Add(new ").Append(record).Append('\n').Append(Indent(3)).Append("{\n");
                initializer.Append(Indent(4)).Append("Id = new ").Append(types.Id(kind.Name)).Append('(').Append(SourceWriter.Literal(fact.Id)).Append("),\n");
                AppendFields(initializer, fact.Fields, kind.Fields, schema, types, 4);
                initializer.Append(Indent(4)).Append("DefinedAt = ").Append(SourceWriter.Literal(DefinedAt(model, fact))).Append(",\n");
                initializer.Append(Indent(3)).Append("});");
                writer.Line(initializer.ToString());
            }

            writer.Close();
        }

        writer.Close();
        return writer.ToString();
    }

    private static void AppendFields(StringBuilder builder, EquatableArray<FieldValue> values, EquatableArray<FieldModel> fields, SchemaModel schema, TypeNames types, int depth)
    {
        foreach (var field in fields)
        {
            var value = values.FirstOrDefault(v => v.Name == field.Name)?.Value;
            if (value is null)
            {
                continue;
            }

            builder.Append(Indent(depth)).Append(Naming.Pascal(field.Name)).Append(" = ");
            AppendValue(builder, field, value, schema, types, depth);
            builder.Append(",\n");
        }
    }

    private static void AppendValue(StringBuilder builder, FieldModel field, ValueModel value, SchemaModel schema, TypeNames types, int depth)
    {
        switch (value.Kind)
        {
            case ValueKind.List:
                // A collection expression: the property's type (ImmutableArray<T>) is known, so no generic call to bind.
                builder.Append('[');
                for (var i = 0; i < value.Items.Count; i++)
                {
                    builder.Append(i == 0 ? string.Empty : ", ");
                    AppendValue(builder, field, value.Items[i], schema, types, depth);
                }

                builder.Append(']');
                break;
            case ValueKind.Block:
                var block = schema.FindBlock(value.Target!)!;
                builder.Append("new ").Append(types.Qualified(Naming.Pascal(block.Name))).Append('\n').Append(Indent(depth)).Append("{\n");
                AppendFields(builder, value.Fields, block.Fields, schema, types, depth + 1);
                builder.Append(Indent(depth)).Append('}');
                break;
            case ValueKind.Bilingual:
                string Part(string name) => value.Fields.FirstOrDefault(f => f.Name == name)?.Value.Text is { } text ? SourceWriter.Literal(text) : "null";
                builder.Append("new ").Append(types.Qualified("BilingualText")).Append('(').Append(Part("original")).Append(", ")
                    .Append(Part("language")).Append(", ").Append(Part("english")).Append(')');
                break;
            case ValueKind.Text:
                builder.Append(SourceWriter.Literal(value.Text));
                break;
            case ValueKind.Integer:
            case ValueKind.Boolean:
                builder.Append(value.Text);
                break;
            case ValueKind.Decimal:
                builder.Append(value.Text).Append('m');
                break;
            case ValueKind.Date:
                var date = PartialDate.TryParse(value.Text, out _)!.Value;
                builder.Append("new ").Append(types.Qualified("PartialDate")).Append('(').Append(date.Year.ToString(CultureInfo.InvariantCulture))
                    .Append(", ").Append(date.Month?.ToString(CultureInfo.InvariantCulture) ?? "null")
                    .Append(", ").Append(date.Day?.ToString(CultureInfo.InvariantCulture) ?? "null")
                    .Append(", ").Append(date.IsApproximate ? "true" : "false").Append(')');
                break;
            case ValueKind.Reference:
                builder.Append("new ").Append(types.Id(value.Target!)).Append('(').Append(SourceWriter.Literal(value.Text)).Append(')');
                break;
            case ValueKind.Vocabulary:
                builder.Append(types.Qualified(Naming.Pascal(value.Target!))).Append('.').Append(Naming.Pascal(value.Text));
                break;
        }
    }

    private static string DefinedAt(CatalogModel model, FactModel fact) =>
        CatalogBuilder.RelativePath(fact.Path, model.RootDirectory) + ":" + (fact.Location.StartLine + 1).ToString(CultureInfo.InvariantCulture);

    private static string FirstLine(string text)
    {
        var line = text.Split(LineBreaks.All)[0];
        if (line.Length <= 100)
        {
            return line;
        }

        var cut = char.IsHighSurrogate(line[96]) ? 96 : 97; // never split a surrogate pair
        return line.Substring(0, cut) + "...";
    }

    private static string Indent(int depth) => new(' ', depth * 4);
}
