using Crisis.Facts.Generator.Common;
using Crisis.Facts.Generator.Diagnostics;

namespace Crisis.Facts.Generator.Facts;

internal enum ValueKind
{
    Text,
    Integer,
    Decimal,
    Boolean,
    Date,
    Bilingual,
    Reference,
    Vocabulary,
    Block,
    List,
}

/// <summary>
/// One fact, checked against the schema. Only valid facts are emitted as C#. <see cref="Order"/> is its place in the
/// data (files by path, facts as written), set when every file is known.
/// </summary>
internal sealed record FactModel(string Kind, string Id, string Path, TextLocation Location, EquatableArray<FieldValue> Fields, bool IsValid, int Order = 0);

/// <summary>A field's value, by its name: a value in its fact's array, not an object of its own.</summary>
internal readonly record struct FieldValue(string Name, ValueModel Value);

internal static class FieldValues
{
    /// <summary>The value of the field with this name, or null when the fact or block has none.</summary>
    public static ValueModel? Find(this EquatableArray<FieldValue> fields, string name)
    {
        foreach (var field in fields)
        {
            if (field.Name == name)
            {
                return field.Value;
            }
        }

        return null;
    }
}

/// <summary>
/// A typed value. <see cref="Text"/> holds the scalar (text, number, date, id, vocabulary key); blocks and
/// bilingual texts hold <see cref="Fields"/>; lists hold <see cref="Items"/>. <see cref="Target"/> names the
/// referenced kind, the vocabulary or the block. (A class: the runtime refuses a struct that holds an array of a struct
/// that holds it, FieldValue.)
/// </summary>
internal sealed record ValueModel(
    ValueKind Kind,
    string Text,
    EquatableArray<FieldValue> Fields,
    EquatableArray<ValueModel> Items,
    TextLocation Location,
    string? Target,
    bool IsCitationSource);

/// <summary>
/// The facts of one file and what was wrong with them. <see cref="UnboundIds"/>: ids the file holds in places that could
/// not be bound (a file YAML could not read, a section of an unknown kind), so references to them are not errors of
/// their own; <see cref="UnboundKinds"/>: kinds whose facts the file may hold past a point YAML could not read, so no
/// reference to that kind is. <see cref="IsComplete"/> is false when some of the file could not be bound at all.
/// </summary>
internal sealed record BoundFile(
    string Path,
    EquatableArray<FactModel> Facts,
    EquatableArray<DiagnosticInfo> Diagnostics,
    EquatableArray<string> UnboundIds,
    bool IsComplete,
    EquatableArray<string> UnboundKinds);
