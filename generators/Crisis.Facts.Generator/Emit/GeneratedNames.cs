using System.Collections.Immutable;

namespace Crisis.Facts.Generator.Emit;

/// <summary>
/// The C# names the emitters write themselves. The schema parser asks here which names a schema must not produce,
/// so a member added to the generated code is reserved in the same change.
/// </summary>
internal static class GeneratedNames
{
    /// <summary>Types emitted whatever the schema says.</summary>
    public static readonly ImmutableArray<string> FixedTypes = ImmutableArray.Create(
        "PartialDate", "DatePrecision", "BilingualText", "IFact", "ICitedFact", "FactCatalog", "Facts", "FactSchema",
        CompactData.ReaderType, CompactData.ItemReaderType);

    /// <summary>
    /// Members of FactCatalog and of the static class Facts (and object's): a kind's plural becomes a collection on the
    /// one and a nested class in the other, so it must not be any of these.
    /// </summary>
    public static readonly ImmutableArray<string> CatalogMembers = ImmutableArray.Create(
        "Catalog", "All", "Find", "TryGet", "Resolve", "CountsByKind", "Add", "Sorted", "Validate", "CheckReferences", "FactCatalog", "Facts",
        "Equals", "GetHashCode", "ToString", "GetType", "MemberwiseClone", "Finalize", "ReferenceEquals");

    /// <summary>Members every generated record has (or C# records have): no field may be named so.</summary>
    public static readonly ImmutableArray<string> RecordMembers = ImmutableArray.Create(
        "Id", "DefinedAt", "Citations", "ToString", "GetHashCode", "Equals", "GetType", "Deconstruct", "PrintMembers",
        "EqualityContract", "MemberwiseClone", "Finalize", "Clone", "CollectReferences", CompactData.ReadFromMember);
}
