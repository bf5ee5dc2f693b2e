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
    /// The members every C# object has: a named fact (<c>Facts.Actors.ToString</c>) would hide one, which the build
    /// refuses (CS0108), so no fact id may become one.
    /// </summary>
    public static readonly ImmutableArray<string> ObjectMembers = ImmutableArray.Create(
        "Equals", "GetHashCode", "ToString", "GetType", "MemberwiseClone", "Finalize", "ReferenceEquals");

    /// <summary>
    /// Members of FactCatalog (its indexer is "Item") and of the static class Facts (and object's): a kind's plural
    /// becomes a collection on the one and a nested class in the other, so it must not be any of these.
    /// </summary>
    public static readonly ImmutableArray<string> CatalogMembers = ImmutableArray.Create(
        "Catalog", "All", "Find", "TryGet", "Resolve", "CountsByKind", "Add", "Sorted", "Validate", "CheckReferences", "FactCatalog", "Facts", "Item")
        .AddRange(ObjectMembers);

    /// <summary>
    /// Members every generated record has (or C# records have): no field may be named so, and no kind or block either
    /// (a member cannot have its type's name).
    /// </summary>
    public static readonly ImmutableArray<string> RecordMembers = ImmutableArray.Create(
        "Id", "DefinedAt", "Citations", "Deconstruct", "PrintMembers", "EqualityContract", "Clone", "CollectReferences", CompactData.ReadFromMember)
        .AddRange(ObjectMembers);
}
