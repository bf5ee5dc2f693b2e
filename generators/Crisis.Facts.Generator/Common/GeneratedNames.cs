using System.Collections.Immutable;

namespace Crisis.Facts.Generator.Common;

/// <summary>
/// The C# names the emitters write themselves. The schema parser asks here which names a schema must not produce,
/// so a member added to the generated code is reserved in the same change.
/// </summary>
internal static class GeneratedNames
{
    /// <summary>The reader of the compact fact data (see Emit/CompactData).</summary>
    public const string ReaderType = "FactDataReader";

    /// <summary>
    /// The interface (nested in FactCatalog) through which the compiled fact base hands the catalog a kind's facts, decoded
    /// when the catalog first needs them. It starts with "__", which no name derived from the schema can.
    /// </summary>
    public const string CompiledFactsType = "__ICompiledFacts";

    /// <summary>The member of every record and block that reads it from the compact fact data.</summary>
    public const string ReadFromMember = "ReadFrom";

    /// <summary>The member of every record and block that writes it as JSON, with the schema's own field names.</summary>
    public const string WriteJsonMember = "WriteJson";

    /// <summary>Where a fact stands in the data: files by path, facts in the order they are written.</summary>
    public const string DefinedOrderMember = "DefinedOrder";

    /// <summary>The id of a fact of any kind (a reference to a layer rather than to one kind).</summary>
    public const string AnyIdType = "FactId";

    /// <summary>Types emitted whatever the schema says (role interfaces, I…Fact, are emitted when a kind uses the role).</summary>
    public static readonly ImmutableArray<string> FixedTypes = ImmutableArray.Create(
        "PartialDate", "PartialDateRules", "DatePrecision", "BilingualText", "IFact", "ICitedFact", "FactCatalog", "Facts", "FactSchema",
        "FactLayer", "FactRole", "FactFieldType", "FactKindInfo", "FactFieldInfo", "FactBlockInfo", AnyIdType,
        "IDateFact", "IPartiesFact", "ICounterpartsFact", "IPlacesFact", "ITopicsFact", "ILabelFact", "IRelayedByFact", "IInheritsFact",
        ReaderType);

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
        "Catalog", "All", "Find", "TryGet", "Resolve", "CountsByKind", "Add", "Sorted", "Validate", "CheckReferences", "FactCatalog", "Facts", "Item",
        "OfKind", "InheritedFrom", "DateOf", "WhenOf", "PartiesOf", "TopicsOf", "PlacesOf")
        .AddRange(ObjectMembers);

    /// <summary>
    /// Members every generated record has (or C# records have): no field may be named so, and no kind or block either
    /// (a member cannot have its type's name).
    /// </summary>
    public static readonly ImmutableArray<string> RecordMembers = ImmutableArray.Create(
        "Id", "DefinedAt", DefinedOrderMember, "Citations", "Deconstruct", "PrintMembers", "EqualityContract", "Clone", "CollectReferences", ReadFromMember, WriteJsonMember)
        .AddRange(ObjectMembers);
}
