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

/// <summary>The field types as the schema names them, in <see cref="FieldType"/> order, with what each holds.</summary>
internal static class FieldTypes
{
    public static readonly System.Collections.Immutable.ImmutableArray<(string Name, string Description)> All = System.Collections.Immutable.ImmutableArray.Create(
        ("text", "One line of text."),
        ("multiline-text", "Text that may span lines."),
        ("integer", "A whole number."),
        ("decimal", "A decimal number."),
        ("boolean", "True or false."),
        ("partial-date", "A partial date."),
        ("bilingual-text", "Wording in its original language with a translation."),
        ("reference", "The id of another fact."),
        ("vocabulary", "A value of a closed vocabulary."),
        ("block", "A group of fields."));
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

    /// <summary>The kinds of a layer, in schema order.</summary>
    public System.Collections.Generic.IEnumerable<KindModel> KindsOf(FactLayer layer) => Kinds.Where(kind => kind.Layer == layer);

    /// <summary>The partial-date field a value of this block is dated by (its field with the role date), if any.</summary>
    public FieldModel? DateFieldOf(BlockModel block) => block.Fields.FirstOrDefault(f => f.Role == FieldRole.Date);
}

/// <summary>A closed vocabulary. <see cref="VocabularyValue.Label"/> is what a reader sees for a value.</summary>
internal sealed record VocabularyModel(string Name, string Description, EquatableArray<VocabularyValue> Values);

/// <summary>A vocabulary value: its key (as written in fact files), its description and its reader label (declared, or the key's words).</summary>
internal sealed record VocabularyValue(string Key, string Description, string? DeclaredLabel = null)
{
    /// <summary>What a reader sees: the declared label, else the key with its hyphens as spaces ("public-record" → "public record").</summary>
    public string Label => DeclaredLabel ?? Key.Replace('-', ' ');
}

internal sealed record BlockModel(string Name, string Description, EquatableArray<FieldModel> Fields);

/// <summary>
/// A kind of fact. <see cref="Fields"/> includes the implicit `citations` field of cited kinds; <see cref="Layer"/> says
/// what its facts are to the code that reads them (see <see cref="FactLayer"/>); <see cref="Named"/> whether each fact
/// gets a property of its own (<c>Facts.Actors.JoeBiden</c>; the kind's <c>named: false</c> turns that off).
/// </summary>
internal sealed record KindModel(string Name, string Plural, string Description, bool Cited, EquatableArray<FieldModel> Fields, FactLayer Layer = FactLayer.Evidence, bool Named = true);

/// <summary>
/// A field: its type, and for references, vocabularies and blocks the name of what it points to (for a reference to a
/// layer, <see cref="TargetIsLayer"/> is set and <see cref="Target"/> names the layer); what it means to the code that
/// reads it (<see cref="Role"/>); and, for an integer, the reader label of some of its values (<see cref="Labels"/>).
/// </summary>
internal sealed record FieldModel(
    string Name,
    FieldType Type,
    string? Target,
    bool IsList,
    bool IsRequired,
    string Description,
    decimal? Min,
    decimal? Max,
    FieldRole Role = FieldRole.None,
    bool TargetIsLayer = false,
    EquatableArray<ValueLabel> Labels = default)
{
    /// <summary>The labels, never a default array (a field declared without them has none).</summary>
    public EquatableArray<ValueLabel> Labels { get; init; } = Labels.Count == 0 ? EquatableArray<ValueLabel>.Empty : Labels;
}

/// <summary>The reader label of one value of an integer field ("1": "confirmed by other sources").</summary>
internal sealed record ValueLabel(string Value, string Label);

internal static class FieldLookup
{
    public static FieldModel? Find(this EquatableArray<FieldModel> fields, string name) => fields.FirstOrDefault(field => field.Name == name);
}
