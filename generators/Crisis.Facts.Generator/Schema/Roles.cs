using System.Collections.Immutable;
using System.Linq;
using Crisis.Facts.Generator.Common;

namespace Crisis.Facts.Generator.Schema;

/// <summary>
/// What a kind's facts are to the code that reads them: <c>reference</c> data (the things facts are about and cite:
/// never filtered out), <c>evidence</c> (what the sources report: filtered, counted, shown) or <c>analysis</c> (what
/// the keepers of the fact base conclude from the evidence: read whole). Declared with <c>layer:</c> on a kind.
/// </summary>
internal enum FactLayer
{
    Reference,
    Evidence,
    Analysis,
}

/// <summary>
/// What a field means to the code that reads it, declared with <c>role:</c> on the field. Generic concepts, so that
/// consumers (filters, timelines, exports) read any kind of fact the same way; see <see cref="Roles"/>.
/// </summary>
internal enum FieldRole
{
    None,
    Date,
    Parties,
    Counterparts,
    Places,
    Topics,
    Label,
    RelayedBy,
    Inherits,
}

/// <summary>The schema spelling of roles and layers, and what each role may be declared on.</summary>
internal static class Roles
{
    public const string Setting = "role";
    public const string LayerSetting = "layer";

    /// <summary>Every role as the schema writes it, in <see cref="FieldRole"/> order (None excluded), with what it means.</summary>
    public static readonly ImmutableArray<(string Name, string Description)> All = ImmutableArray.Create(
        ("date", "The fact's date (on a block: the field the block's date is read from)."),
        ("parties", "Who acts, says or gives it."),
        ("counterparts", "Whom it is demanded of, imposed on or given to."),
        ("places", "The places it concerns."),
        ("topics", "Its subject tags."),
        ("label", "The text that names it to a reader."),
        ("relayed-by", "Who relayed its words, and how."),
        ("inherits", "The fact it answers, from which it inherits what it lacks (its date, parties, topics, places)."));

    /// <summary>Every layer as the schema writes it, in <see cref="FactLayer"/> order, with what it means.</summary>
    public static readonly ImmutableArray<(string Name, string Description)> Layers = ImmutableArray.Create(
        ("reference", "What facts are about and cite (sources, actors, places): never filtered out."),
        ("evidence", "What the sources report: filtered, counted and shown."),
        ("analysis", "What the keepers of the fact base conclude from the evidence: read whole."));

    /// <summary>Role names as the schema writes them, in <see cref="FieldRole"/> order (None excluded).</summary>
    public static readonly ImmutableArray<string> Names = All.Select(r => r.Name).ToImmutableArray();

    /// <summary>Layer names as the schema writes them, in <see cref="FactLayer"/> order.</summary>
    public static readonly ImmutableArray<string> LayerNames = Layers.Select(l => l.Name).ToImmutableArray();

    public static string Name(FieldRole role) => role == FieldRole.None ? "none" : Names[(int)role - 1];

    public static string Name(FactLayer layer) => LayerNames[(int)layer];

    public static FieldRole? Parse(string name) => Names.IndexOf(name) is var i && i >= 0 ? (FieldRole)(i + 1) : null;

    public static FactLayer? ParseLayer(string name) => LayerNames.IndexOf(name) is var i && i >= 0 ? (FactLayer)i : null;

    /// <summary>Roles a kind has at most one field with (a fact has one date, one label, one relay, inherits from one fact).</summary>
    public static bool IsSingle(FieldRole role) => role is FieldRole.Date or FieldRole.Label or FieldRole.RelayedBy or FieldRole.Inherits;

    /// <summary>
    /// Null when a field of this declaration may carry the role (before cross-checks that need the whole schema), else
    /// what the role needs, for the message.
    /// </summary>
    public static string? Fits(FieldRole role, FieldType type, bool isList, bool targetIsLayer, bool inBlock)
    {
        if (inBlock && role != FieldRole.Date)
        {
            return "in a block, only 'date' applies (it marks the field a block's date is read from); the other roles go on a kind's fields";
        }

        return role switch
        {
            FieldRole.Date when inBlock => type == FieldType.PartialDate && !isList ? null : "in a block, 'date' goes on a single partial-date field",
            FieldRole.Date => (type is FieldType.PartialDate or FieldType.Block) && !isList ? null : "'date' goes on a single partial-date field or a single block that has a date",
            FieldRole.Parties or FieldRole.Counterparts or FieldRole.Places => type == FieldType.Reference && !targetIsLayer ? null : $"'{Name(role)}' goes on a reference to a kind (one or a list)",
            FieldRole.Topics => type == FieldType.Vocabulary ? null : "'topics' goes on a vocabulary field (one or a list)",
            FieldRole.Label => type is FieldType.Text or FieldType.MultilineText or FieldType.BilingualText && !isList ? null : "'label' goes on a single text, multiline-text or bilingual-text field",
            FieldRole.RelayedBy => type == FieldType.Block && !isList ? null : "'relayed-by' goes on a single block (who relayed the words, and how)",
            FieldRole.Inherits => type == FieldType.Reference && !targetIsLayer && !isList ? null : "'inherits' goes on a single reference to a kind (the fact this one answers)",
            _ => null,
        };
    }

    /// <summary>The fields of a kind that carry a role, in schema order.</summary>
    public static ImmutableArray<FieldModel> FieldsWith(this KindModel kind, FieldRole role) =>
        kind.Fields.Where(f => f.Role == role).ToImmutableArray();

    /// <summary>The field of a kind that carries a single role (date, label, relayed-by, inherits), if any.</summary>
    public static FieldModel? FieldWith(this KindModel kind, FieldRole role) => kind.Fields.FirstOrDefault(f => f.Role == role);

    /// <summary>The roles some kind of the schema declares, in <see cref="FieldRole"/> order.</summary>
    public static ImmutableArray<FieldRole> Used(SchemaModel schema) =>
        schema.Kinds.SelectMany(k => k.Fields).Select(f => f.Role).Where(r => r != FieldRole.None).Distinct().OrderBy(r => r).ToImmutableArray();

    /// <summary>The first field of any kind with this role: every such field agrees with it on type and target (FACT113).</summary>
    public static FieldModel? Exemplar(SchemaModel schema, FieldRole role) =>
        schema.Kinds.SelectMany(k => k.Fields).FirstOrDefault(f => f.Role == role);

    /// <summary>How a reference to a layer is spelt in a value's target (no kind name has a colon).</summary>
    public static string LayerTarget(string layer) => "layer:" + layer;

    public static bool IsLayerTarget(string? target, out string layer)
    {
        layer = target is not null && target.StartsWith("layer:", System.StringComparison.Ordinal) ? target.Substring("layer:".Length) : string.Empty;
        return layer.Length > 0;
    }
}
