using System.Linq;
using Crisis.Facts.Generator.Common;

namespace Crisis.Facts.Generator.Schema;

internal enum FieldType
{
    Text,
    MultilineText,
    Integer,
    Decimal,
    Boolean,
    PartialDate,
    BilingualText,
    Reference,
    Vocabulary,
    Block,
}

/// <summary>
/// The schema: every kind of fact, block and vocabulary, as declared in the schema YAML. <see cref="Broken"/> names the
/// declarations left out for an error of their own (see <see cref="BrokenName"/>), so that what uses them is not
/// reported again; <see cref="IsComplete"/> is false when a schema file or one of its sections could not be read at all.
/// </summary>
internal sealed record SchemaModel(
    string Namespace,
    EquatableArray<VocabularyModel> Vocabularies,
    EquatableArray<BlockModel> Blocks,
    EquatableArray<KindModel> Kinds,
    EquatableArray<string> Broken,
    bool IsComplete)
{
    /// <summary>How <see cref="Broken"/> spells a declaration: "kind:actor", "plural:actors", "field:actor/name", "block:date", "vocabulary:topic".</summary>
    public static string BrokenName(string what, string name) => what + ":" + name;

    public bool IsBroken(string what, string name) => Broken.Contains(BrokenName(what, name));

    public KindModel? FindKind(string name) => Kinds.FirstOrDefault(kind => kind.Name == name);

    public KindModel? FindKindByPlural(string plural) => Kinds.FirstOrDefault(kind => kind.Plural == plural);

    public BlockModel? FindBlock(string name) => Blocks.FirstOrDefault(block => block.Name == name);

    public VocabularyModel? FindVocabulary(string name) => Vocabularies.FirstOrDefault(vocabulary => vocabulary.Name == name);
}

internal sealed record VocabularyModel(string Name, string Description, EquatableArray<VocabularyValue> Values);

internal sealed record VocabularyValue(string Key, string Description);

internal sealed record BlockModel(string Name, string Description, EquatableArray<FieldModel> Fields);

/// <summary>A kind of fact. <see cref="Fields"/> includes the implicit `citations` field of cited kinds.</summary>
internal sealed record KindModel(string Name, string Plural, string Description, bool Cited, EquatableArray<FieldModel> Fields);

/// <summary>A field: its type, and for references, vocabularies and blocks the name of what it points to.</summary>
internal sealed record FieldModel(
    string Name,
    FieldType Type,
    string? Target,
    bool IsList,
    bool IsRequired,
    string Description,
    decimal? Min,
    decimal? Max);

internal static class FieldLookup
{
    public static FieldModel? Find(this EquatableArray<FieldModel> fields, string name) => fields.FirstOrDefault(field => field.Name == name);
}
