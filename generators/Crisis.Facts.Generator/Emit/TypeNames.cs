using Crisis.Facts.Generator.Common;
using Crisis.Facts.Generator.Schema;

namespace Crisis.Facts.Generator.Emit;

/// <summary>The C# type of each schema field, fully qualified (one place for the mapping the docs describe).</summary>
internal sealed class TypeNames
{
    private readonly string _namespace;

    public TypeNames(string ns) => _namespace = "global::" + ns + ".";

    public string Qualified(string typeName) => _namespace + typeName;

    public string Kind(string kind) => Qualified(Naming.Pascal(kind));

    public string Id(string kind) => Qualified(Naming.Pascal(kind) + "Id");

    public string Element(FieldModel field) => field.Type switch
    {
        FieldType.Text or FieldType.MultilineText => "string",
        FieldType.Integer => "int",
        FieldType.Decimal => "decimal",
        FieldType.Boolean => "bool",
        FieldType.PartialDate => Qualified("PartialDate"),
        FieldType.BilingualText => Qualified("BilingualText"),
        FieldType.Reference => field.TargetIsLayer ? Qualified(GeneratedNames.AnyIdType) : Id(field.Target!),
        _ => Qualified(Naming.Pascal(field.Target!)),
    };

    public string Property(FieldModel field) =>
        field.IsList ? ImmutableArray(Element(field)) : field.IsRequired ? Element(field) : Element(field) + "?";

    public static string ImmutableArray(string element) => $"global::System.Collections.Immutable.ImmutableArray<{element}>";
}
