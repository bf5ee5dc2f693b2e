using System;
using System.Globalization;
using System.Linq;
using System.Text;
using Crisis.Facts.Generator.Common;
using Crisis.Facts.Generator.Facts;
using Crisis.Facts.Generator.Schema;

namespace Crisis.Facts.Generator.Emit;

/// <summary>
/// The compact form in which validated facts reach the C# compiler: one UTF-8 string literal per chunk of facts,
/// decoded by generated code at the first use of the catalog, instead of one object initializer per fact (which the
/// compiler binds expression by expression, about 1.3 KB of C# per fact). Both sides of the format live here: the
/// encoder (<see cref="Append(StringBuilder, KindModel, FactModel, string, SchemaModel)"/>) and the C# that reads it
/// (<see cref="ReadFromMethod"/>, <see cref="ReaderSource"/>), so they cannot drift apart.
/// <para>
/// Values follow the fields in schema order, with no names: a number is its invariant digits and ';' ("42;", "-3;");
/// a string is its UTF-8 length as a number, then its bytes ("5;Kyiv" — "!n;" then n UTF-16 code units in hex when it
/// holds a lone surrogate, which UTF-8 cannot carry); an absent optional value is "_"; a list is its count, then its
/// items; a vocabulary value is its index in the vocabulary; a date is its fact-file text, read by PartialDate.Parse
/// (the one date syntax); a block is its fields in order. Everything is ASCII but the strings' own bytes.
/// </para>
/// </summary>
internal static class CompactData
{
    /// <summary>Appends one fact: its id, its fields in schema order, then where it is defined and its place in the data.</summary>
    public static void Append(StringBuilder data, KindModel kind, FactModel fact, string definedAt, SchemaModel schema)
    {
        String(data, fact.Id);
        Fields(data, fact.Fields, kind.Fields, schema);
        String(data, definedAt);
        Number(data, fact.Order);
    }

    private static void Fields(StringBuilder data, EquatableArray<FieldValue> values, EquatableArray<FieldModel> fields, SchemaModel schema)
    {
        foreach (var field in fields)
        {
            var value = values.Find(field.Name);
            if (field.IsList)
            {
                var items = value?.Items ?? EquatableArray<ValueModel>.Empty;
                Number(data, items.Count);
                foreach (var item in items)
                {
                    Value(data, field, item, schema);
                }
            }
            else if (value is null)
            {
                if (field.IsRequired)
                {
                    throw new InvalidOperationException($"the required field '{field.Name}' has no value in a valid fact");
                }

                data.Append('_');
            }
            else
            {
                Value(data, field, value, schema);
            }
        }
    }

    private static void Value(StringBuilder data, FieldModel field, ValueModel value, SchemaModel schema)
    {
        switch (field.Type)
        {
            case FieldType.Block:
                Fields(data, value.Fields, schema.FindBlock(field.Target!)!.Fields, schema);
                break;
            case FieldType.BilingualText:
                String(data, Part(value, "original") ?? string.Empty);
                String(data, Part(value, "language") ?? string.Empty);
                if (Part(value, "english") is { } english)
                {
                    String(data, english);
                }
                else
                {
                    data.Append('_');
                }

                break;
            case FieldType.Integer:
                data.Append(value.Text).Append(';');
                break;
            case FieldType.Boolean:
                Number(data, value.Text == "true" ? 1 : 0);
                break;
            case FieldType.Vocabulary:
                var index = schema.FindVocabulary(field.Target!)!.Values.Select(v => v.Key).ToList().IndexOf(value.Text);
                Number(data, index >= 0 ? index : throw new InvalidOperationException($"'{value.Text}' is not in the vocabulary '{field.Target}'"));
                break;
            default: // text, decimal (its invariant text), partial date (its fact-file text), reference (the id)
                String(data, value.Text);
                break;
        }
    }

    private static string? Part(ValueModel bilingual, string name) => bilingual.Fields.Find(name)?.Text;

    private static void Number(StringBuilder data, int number) => data.Append(number.ToString(CultureInfo.InvariantCulture)).Append(';');

    private static void String(StringBuilder data, string text)
    {
        if (HasLoneSurrogate(text))
        {
            data.Append('!');
            Number(data, text.Length);
            foreach (var c in text)
            {
                data.Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
            }

            return;
        }

        Number(data, Encoding.UTF8.GetByteCount(text));
        data.Append(text);
    }

    private static bool HasLoneSurrogate(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The record's <c>ReadFrom</c>: reads each field in schema order into a local, then makes the record. A list is read
    /// by a loop into an array the immutable array then wraps: no delegate, no builder, nothing generic per item type for
    /// the runtime to compile at the first use of the catalog (each such method costs the JIT build start-up time).
    /// </summary>
    public static void ReadFromMethod(SourceWriter writer, string recordType, string? idType, EquatableArray<FieldModel> fields, TypeNames types, bool hasDefinedAt)
    {
        var reader = types.Qualified(GeneratedNames.ReaderType);
        writer.Open($"internal static {recordType} {GeneratedNames.ReadFromMember}(ref {reader} reader)");
        if (idType is not null)
        {
            writer.Line($"var __id = new {idType}(reader.String());");
        }

        // Locals are named by position (__v0, __v1, …): no name derived from the schema starts with "__".
        for (var index = 0; index < fields.Count; index++)
        {
            var field = fields[index];
            var local = Local(index);
            if (!field.IsList)
            {
                var single = ReadSingle(field, types, "reader");
                writer.Line($"{types.Property(field)} {local} = {(field.IsRequired ? single : $"reader.Absent() ? null : {single}")};");
                continue;
            }

            var element = types.Element(field);
            writer.Line($"var {local} = {TypeNames.ImmutableArray(element)}.Empty;")
                .Line($"var {local}Count = reader.Int();")
                .Open($"if ({local}Count > 0)")
                .Line($"var {local}Items = new {element}[{local}Count];")
                .Open($"for (var __i = 0; __i < {local}Items.Length; __i++)")
                .Line($"{local}Items[__i] = {ReadSingle(field, types, "reader")};")
                .Close()
                .Line($"{local} = global::System.Runtime.InteropServices.ImmutableCollectionsMarshal.AsImmutableArray({local}Items);")
                .Close();
        }

        writer.Line($"return new {recordType}").Line("{");
        if (idType is not null)
        {
            writer.Line("    Id = __id,");
        }

        for (var index = 0; index < fields.Count; index++)
        {
            writer.Line($"    {Naming.Pascal(fields[index].Name)} = {Local(index)},");
        }

        if (hasDefinedAt)
        {
            writer.Line("    DefinedAt = reader.String(),");
            writer.Line($"    {GeneratedNames.DefinedOrderMember} = reader.Int(),");
        }

        writer.Line("};").Close();
    }

    private static string Local(int index) => "__v" + index.ToString(CultureInfo.InvariantCulture);

    private static string ReadSingle(FieldModel field, TypeNames types, string reader) => field.Type switch
    {
        FieldType.Text or FieldType.MultilineText => $"{reader}.String()",
        FieldType.Integer => $"{reader}.Int()",
        FieldType.Decimal => $"{reader}.Decimal()",
        FieldType.Boolean => $"{reader}.Int() != 0",
        FieldType.PartialDate => $"{types.Qualified("PartialDate")}.Parse({reader}.String())",
        FieldType.BilingualText => $"new {types.Qualified("BilingualText")}({reader}.String(), {reader}.String(), {reader}.Absent() ? null : {reader}.String())",
        FieldType.Reference => $"new {types.Element(field)}({reader}.String())",
        FieldType.Vocabulary => $"({types.Element(field)}){reader}.Int()",
        _ => $"{types.Element(field)}.{GeneratedNames.ReadFromMember}(ref {reader})",
    };

    /// <summary>The reader the records' <c>ReadFrom</c> methods use: a cursor over the UTF-8 data, allocation-free but for the values.</summary>
    public const string ReaderSource = """

/// <summary>Reads the compact form in which the fact compiler stores the facts (see the generator's CompactData).</summary>
[global::System.CodeDom.Compiler.GeneratedCode("Crisis.Facts.Generator", "1.0.0")]
internal ref struct FactDataReader
{
    private readonly global::System.ReadOnlySpan<byte> _data;
    private int _position;

    public FactDataReader(global::System.ReadOnlySpan<byte> data)
    {
        _data = data;
        _position = 0;
    }

    /// <summary>True when every value has been read.</summary>
    public bool AtEnd => _position >= _data.Length;

    /// <summary>Reads the marker of an absent optional value, if that is what comes next.</summary>
    public bool Absent()
    {
        if (_data[_position] != (byte)'_')
        {
            return false;
        }

        _position++;
        return true;
    }

    /// <summary>An integer written as invariant digits and ';'.</summary>
    public int Int()
    {
        var negative = _data[_position] == (byte)'-';
        if (negative)
        {
            _position++;
        }

        var value = 0; // accumulated as a negative number, so that int.MinValue reads too
        while (_data[_position] != (byte)';')
        {
            value = checked((value * 10) - (_data[_position++] - (byte)'0'));
        }

        _position++;
        return negative ? value : checked(-value);
    }

    /// <summary>A string: its UTF-8 length, then its bytes (or '!', its length in UTF-16 code units, then each in hex).</summary>
    public string String()
    {
        if (_data[_position] == (byte)'!')
        {
            _position++;
            var chars = new char[Int()];
            for (var i = 0; i < chars.Length; i++)
            {
                chars[i] = (char)int.Parse(global::System.Text.Encoding.ASCII.GetString(_data.Slice(_position, 4)), global::System.Globalization.NumberStyles.AllowHexSpecifier, global::System.Globalization.CultureInfo.InvariantCulture);
                _position += 4;
            }

            return new string(chars);
        }

        var length = Int();
        var text = global::System.Text.Encoding.UTF8.GetString(_data.Slice(_position, length));
        _position += length;
        return text;
    }

    /// <summary>A decimal, written as its invariant text.</summary>
    public decimal Decimal() => decimal.Parse(String(), global::System.Globalization.NumberStyles.AllowLeadingSign | global::System.Globalization.NumberStyles.AllowDecimalPoint, global::System.Globalization.CultureInfo.InvariantCulture);
}
""";
}
