using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using Crisis.Facts.Generator.Common;
using Crisis.Facts.Generator.Schema;
using Crisis.Shared;

namespace Crisis.Facts.Generator.Emit;

/// <summary>
/// The JSON Schema (draft-07, what VS Code's YAML extension reads best) of fact files, from the same schema
/// model the C# comes from. Written by hand: netstandard2.0 has no JSON writer without another dependency.
/// </summary>
internal static class JsonSchemaEmitter
{
    public const string IdPattern = "^" + Common.Naming.FactIdBody + "$";

    private static readonly string[] TextTypes = { "string", "number", "boolean" };

    public static string Emit(SchemaModel schema)
    {
        var root = new Json.Object()
            .Add("$schema", "http://json-schema.org/draft-07/schema#")
            .Add("title", $"Fact file ({schema.Namespace})")
            .Add("description", "A file of facts: each key is a kind's plural, holding a list of facts. Generated from the fact schema (*.schema.yaml); do not edit.")
            .Add("type", "object")
            .Add("additionalProperties", false)
            .Add("properties", new Json.Object(schema.Kinds.Select(k => new KeyValuePair<string, object>(k.Plural, new Json.Object()
                .Add("description", k.Description)
                .Add("type", "array")
                .Add("items", Ref("kind." + k.Name))))));

        var definitions = new Json.Object()
            .Add("id", new Json.Object().Add("description", "A fact id: lower-case kebab-case, unique across all facts.").Add("type", "string").Add("pattern", IdPattern))
            // YAML 1.2 (what editors read) makes a bare year such as 2014 an integer, which the compiler reads as a year.
            .Add("partial-date", new Json.Object()
                .Add("description", PartialDateFormat.Forms + ".")
                .Add("anyOf", new object[]
                {
                    new Json.Object().Add("type", "string").Add("pattern", PartialDateFormat.JsonPattern),
                    new Json.Object().Add("type", "integer").Add("minimum", PartialDateRules.MinYear).Add("maximum", PartialDateRules.MaxYear),
                }))
            .Add("bilingual-text", new Json.Object()
                .Add("description", "Wording in its original language with an English translation.")
                .Add("type", "object")
                .Add("additionalProperties", false)
                .Add("required", new[] { "original", "language" })
                .Add("properties", new Json.Object()
                    .Add("original", new Json.Object().Add("description", "The wording in its original language, verbatim.").Add("type", "string").Add("minLength", 1))
                    .Add("language", new Json.Object().Add("description", "ISO 639 language code, such as fr.").Add("type", "string").Add("pattern", "^[a-z]{2,3}$"))
                    .Add("english", new Json.Object().Add("description", "English translation.").Add("type", "string").Add("minLength", 1))));
        foreach (var vocabulary in schema.Vocabularies)
        {
            definitions.Add("vocabulary." + vocabulary.Name, new Json.Object()
                .Add("description", vocabulary.Description + " " + string.Join("; ", vocabulary.Values.Select(v => $"{v.Key}: {v.Description}")))
                .Add("enum", vocabulary.Values.Select(v => v.Key).ToArray()));
        }

        foreach (var block in schema.Blocks)
        {
            definitions.Add("block." + block.Name, ObjectOf(block.Description, block.Fields, idFirst: false));
        }

        foreach (var kind in schema.Kinds)
        {
            definitions.Add("kind." + kind.Name, ObjectOf(kind.Description, kind.Fields, idFirst: true));
        }

        root.Add("definitions", definitions);
        var builder = new StringBuilder();
        Json.Write(builder, root, 0);
        return builder.Append('\n').ToString();
    }

    private static Json.Object ObjectOf(string description, IEnumerable<FieldModel> fields, bool idFirst)
    {
        var list = fields.ToList();
        var properties = new Json.Object();
        var required = new List<string>();
        if (idFirst)
        {
            properties.Add("id", Ref("id"));
            required.Add("id");
        }

        foreach (var field in list)
        {
            var single = Single(field);
            var schema = field.IsList
                ? new Json.Object().Add("description", field.Description).Add("type", "array").Add("items", single).AddIf(field.IsRequired, "minItems", 1)
                : single.Add("description", field.Description);
            properties.Add(field.Name, schema);
            if (field.IsRequired)
            {
                required.Add(field.Name);
            }
        }

        return new Json.Object()
            .Add("description", description)
            .Add("type", "object")
            .Add("additionalProperties", false)
            .Add("required", required.ToArray())
            .Add("properties", properties);
    }

    private static Json.Object Single(FieldModel field) => field.Type switch
    {
        // The compiler reads a scalar's text whatever YAML 1.2 would type it as, so `title: 2014` or `note: true` is text.
        FieldType.Text => new Json.Object().Add("type", TextTypes).Add("minLength", 1).Add("pattern", "^[^" + TextRules.LineBreakClass + "]*$"),
        FieldType.MultilineText => new Json.Object().Add("type", TextTypes).Add("minLength", 1),
        FieldType.Integer => new Json.Object().Add("type", "integer").AddIf(field.Min is not null, "minimum", field.Min).AddIf(field.Max is not null, "maximum", field.Max),
        FieldType.Decimal => new Json.Object().Add("type", "number").AddIf(field.Min is not null, "minimum", field.Min).AddIf(field.Max is not null, "maximum", field.Max),
        FieldType.Boolean => new Json.Object().Add("type", "boolean"),
        FieldType.PartialDate => Ref("partial-date"),
        FieldType.BilingualText => Ref("bilingual-text"),
        FieldType.Reference => Ref("id"),
        FieldType.Vocabulary => Ref("vocabulary." + field.Target),
        _ => Ref("block." + field.Target),
    };

    /// <summary>draft-07 ignores siblings of $ref, so a described reference wraps it in allOf.</summary>
    private static Json.Object Ref(string definition) =>
        new Json.Object().Add("allOf", new object[] { new Json.Object().Add("$ref", "#/definitions/" + definition) });

    /// <summary>The least JSON needed: ordered objects, arrays, strings, numbers, booleans.</summary>
    private static class Json
    {
        public sealed class Object
        {
            public Object()
            {
            }

            public Object(IEnumerable<KeyValuePair<string, object>> entries) => Entries.AddRange(entries);

            public List<KeyValuePair<string, object>> Entries { get; } = new();

            public Object Add(string key, object? value)
            {
                if (value is string text && text.Length == 0 && key == "description")
                {
                    return this;
                }

                Entries.Add(new KeyValuePair<string, object>(key, value!));
                return this;
            }

            public Object AddIf(bool condition, string key, object? value) => condition ? Add(key, value) : this;
        }

        public static void Write(StringBuilder builder, object value, int depth)
        {
            switch (value)
            {
                case Object obj when obj.Entries.Count == 0:
                    builder.Append("{}");
                    break;
                case Object obj:
                    builder.Append("{\n");
                    for (var i = 0; i < obj.Entries.Count; i++)
                    {
                        builder.Append(' ', (depth + 1) * 2);
                        WriteString(builder, obj.Entries[i].Key);
                        builder.Append(": ");
                        Write(builder, obj.Entries[i].Value, depth + 1);
                        builder.Append(i < obj.Entries.Count - 1 ? ",\n" : "\n");
                    }

                    builder.Append(' ', depth * 2).Append('}');
                    break;
                case string text:
                    WriteString(builder, text);
                    break;
                case bool flag:
                    builder.Append(flag ? "true" : "false");
                    break;
                case int number:
                    builder.Append(number.ToString(CultureInfo.InvariantCulture));
                    break;
                case decimal number:
                    builder.Append(number.ToString(CultureInfo.InvariantCulture));
                    break;
                case System.Collections.IEnumerable items:
                    var all = items.Cast<object>().ToList();
                    var multiline = all.Any(item => item is Object);
                    builder.Append('[');
                    for (var i = 0; i < all.Count; i++)
                    {
                        builder.Append(i == 0 ? string.Empty : ",").Append(multiline ? "\n" + new string(' ', (depth + 1) * 2) : i == 0 ? string.Empty : " ");
                        Write(builder, all[i], depth + 1);
                    }

                    builder.Append(multiline ? "\n" + new string(' ', depth * 2) : string.Empty);
                    builder.Append(']');
                    break;
            }
        }

        private static void WriteString(StringBuilder builder, string text)
        {
            builder.Append('"');
            foreach (var c in text)
            {
                switch (c)
                {
                    case '"': builder.Append("\\\""); break;
                    case '\\': builder.Append("\\\\"); break;
                    case '\n': builder.Append("\\n"); break;
                    case '\r': builder.Append("\\r"); break;
                    case '\t': builder.Append("\\t"); break;
                    default:
                        if (c < ' ')
                        {
                            builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                        }
                        else
                        {
                            builder.Append(c);
                        }

                        break;
                }
            }

            builder.Append('"');
        }
    }
}
