using System.Collections.Generic;
using Crisis.Facts.Generator.Common;
using Crisis.Facts.Generator.Schema;

namespace Crisis.Facts.Generator.Emit;

/// <summary>
/// Each record's and block's <c>WriteJson</c>: the value as a JSON object through a <c>Utf8JsonWriter</c>, with the
/// schema's own field names, in schema order, absent values left out. Plain calls on the writer, no reflection, so it
/// works the same trimmed or compiled ahead of time. A fact starts with its "kind" and "id" and ends with "defined-at".
/// </summary>
internal static class JsonWriterEmitter
{
    private const string Writer = "global::System.Text.Json.Utf8JsonWriter";

    /// <summary>The method of a kind's record (<paramref name="kind"/> set) or of a block's (null).</summary>
    public static void WriteJsonMethod(SourceWriter writer, KindModel? kind, IEnumerable<FieldModel> fields)
    {
        writer.Summary(kind is null
            ? "Writes the value as a JSON object: its fields with the schema's names, in schema order, absent ones left out."
            : "Writes the fact as a JSON object: \"kind\", \"id\", its fields with the schema's names in schema order (absent ones left out), \"defined-at\".");
        writer.Open($"public void {GeneratedNames.WriteJsonMember}({Writer} writer)");
        writer.Open("if (writer is null)").Line("throw new global::System.ArgumentNullException(nameof(writer));").Close();
        writer.Line("writer.WriteStartObject();");
        if (kind is not null)
        {
            writer.Line($"writer.WriteString(\"kind\", {SourceWriter.Literal(kind.Name)});");
            writer.Line("writer.WriteString(\"id\", Id.Value);");
        }

        var index = 0;
        foreach (var field in fields)
        {
            Field(writer, field, "__v" + index++.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        if (kind is not null)
        {
            writer.Line("writer.WriteString(\"defined-at\", DefinedAt);");
        }

        writer.Line("writer.WriteEndObject();");
        writer.Close();
    }

    private static void Field(SourceWriter writer, FieldModel field, string variable)
    {
        var member = Naming.Pascal(field.Name);
        var name = SourceWriter.Literal(field.Name);
        if (field.IsList)
        {
            // A list built in code may be left default: written as absent, never as a crash.
            writer.Open($"if (!{member}.IsDefault)")
                .Line($"writer.WriteStartArray({name});")
                .Open($"foreach (var {variable} in {member})");
            Value(writer, field, variable);
            writer.Close().Line("writer.WriteEndArray();").Close();
            return;
        }

        if (field.IsRequired && IsValueType(field.Type))
        {
            writer.Line($"writer.WritePropertyName({name});");
            Value(writer, field, member);
            return;
        }

        // A required text or block is tested too: a record built in code may leave it null.
        writer.Open($"if ({member} is {{ }} {variable})").Line($"writer.WritePropertyName({name});");
        Value(writer, field, variable);
        writer.Close();
    }

    private static bool IsValueType(FieldType type) => type is not (FieldType.Text or FieldType.MultilineText or FieldType.BilingualText or FieldType.Block);

    /// <summary>One value, after its property name or as an item of a list.</summary>
    private static void Value(SourceWriter writer, FieldModel field, string value) => writer.Line(field.Type switch
    {
        FieldType.Text or FieldType.MultilineText => $"writer.WriteStringValue({value});",
        FieldType.Integer or FieldType.Decimal => $"writer.WriteNumberValue({value});",
        FieldType.Boolean => $"writer.WriteBooleanValue({value});",
        FieldType.PartialDate => $"writer.WriteStringValue({value}.ToString());",
        FieldType.Reference => $"writer.WriteStringValue({value}.Value);",
        FieldType.Vocabulary => $"writer.WriteStringValue({value}.ToKey());",
        _ => $"{value}.{GeneratedNames.WriteJsonMember}(writer);", // a block or a bilingual text writes itself
    });
}
