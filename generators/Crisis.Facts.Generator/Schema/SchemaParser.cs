using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using Crisis.Facts.Generator.Common;
using Crisis.Facts.Generator.Diagnostics;
using Crisis.Facts.Generator.Yaml;
using Crisis.Shared;

namespace Crisis.Facts.Generator.Schema;

/// <summary>The schema read from the schema files (null when there is none), and the mistakes found in it.</summary>
internal sealed record SchemaResult(SchemaModel? Schema, EquatableArray<DiagnosticInfo> Diagnostics);

/// <summary>
/// Reads the schema files (*.schema.yaml) into a <see cref="SchemaModel"/>. A broken declaration is reported
/// where it stands and left out; the rest of the schema still works.
/// </summary>
internal static class SchemaParser
{
    public const string DefaultNamespace = "Facts";

    private static readonly string[] TopLevelKeys = { "namespace", Citations.Setting, "vocabularies", "blocks", "kinds" };
    private static readonly string[] VocabularyKeys = { "description", "values" };
    private static readonly string[] BlockKeys = { "description", "fields" };
    private static readonly string[] KindKeys = { "description", "plural", "cited", Roles.LayerSetting, NamedSetting, "fields" };

    /// <summary>A kind's setting: whether each of its facts gets a named property (true unless it says false).</summary>
    public const string NamedSetting = "named";
    private static readonly string[] FieldKeys = { "type", "kind", Roles.LayerSetting, "vocabulary", "block", "list", "required", Roles.Setting, "description", "min", "max", "labels" };
    private static readonly string[] ValueKeys = { "description", "label" };

    public static readonly ImmutableArray<string> FieldTypeNames = FieldTypes.All.Select(t => t.Name).ToImmutableArray();

    public static SchemaResult Parse(ImmutableArray<YamlFile> files)
    {
        var context = new Context();
        var sorted = files.Where(f => f.IsSchema).OrderBy(f => f.Path, StringComparer.Ordinal).ToList();
        if (sorted.Count == 0)
        {
            return new SchemaResult(null, EquatableArray<DiagnosticInfo>.Empty);
        }

        string? ns = null;
        bool? citedByDefault = null;
        foreach (var file in sorted)
        {
            if (file.Root is null || file.Root.IsNull)
            {
                if (!file.IsUnreadable)
                {
                    context.Path = file.Path;
                    context.Error(TextLocation.FileStart, "the schema file is empty: it declares the kinds of fact, their fields and vocabularies (see the header of data/schema/crisis.schema.yaml)");
                }

                // Its error is reported; checking the facts against what is left of the schema would only cascade.
                context.IsComplete = false;
                continue;
            }

            context.Path = file.Path;
            if (file.Root.Kind != YamlNodeKind.Mapping)
            {
                context.Error(file.Root.Location, "a schema file is a mapping with the keys namespace, vocabularies, blocks and kinds");
                context.IsComplete = false;
                continue;
            }

            context.CheckKeys(file.Root, TopLevelKeys, "the schema");
            var nsNode = file.Root.Get("namespace");
            if (nsNode is not null)
            {
                var value = context.Text(nsNode, "namespace");
                if (value is not null && !Naming.IsValidNamespace(value))
                {
                    context.Error(nsNode.Location, $"'{value}' is not a C# namespace (dotted identifiers that are not C# keywords, such as My.Facts)");
                }
                else if (value is not null && ns is not null && ns != value)
                {
                    context.Error(nsNode.Location, $"the namespace is already '{ns}' in another schema file; every schema file must agree");
                }
                else if (value is not null)
                {
                    ns ??= value;
                }
            }

            if (file.Root.Get(Citations.Setting) is { } citedNode && context.Boolean(citedNode, Citations.Setting) is { } cited)
            {
                if (citedByDefault is not null && citedByDefault != cited)
                {
                    context.Error(citedNode.Location, $"'{Citations.Setting}' is already {(citedByDefault.Value ? "true" : "false")} in another schema file; every schema file must agree");
                }

                citedByDefault ??= cited;
            }

            ReadSection(context, file.Root.Get("vocabularies"), "vocabularies", ReadVocabulary);
            ReadSection(context, file.Root.Get("blocks"), "blocks", ReadBlock);
            ReadSection(context, file.Root.Get("kinds"), "kinds", ReadKind);
        }

        var schema = Resolve(context, ns ?? DefaultNamespace, citedByDefault ?? Citations.CitedByDefault);
        return new SchemaResult(schema, context.Diagnostics.ToEquatableArray());
    }

    private static void ReadSection(Context context, YamlNode? section, string name, Action<Context, YamlEntry> read)
    {
        if (section is null || section.IsNull)
        {
            return;
        }

        if (section.Kind != YamlNodeKind.Mapping)
        {
            context.Error(section.Location, $"'{name}' must be a mapping from names to declarations");
            context.IsComplete = false;
            return;
        }

        foreach (var entry in section.Entries)
        {
            if (!Naming.IsValidSchemaName(entry.Key))
            {
                context.Report(DiagnosticDescriptors.InvalidName, entry.KeyLocation, entry.Key, "schema names are lower-case kebab-case starting with a letter, such as 'date-basis'");
                context.Break(name, entry);
                continue;
            }

            if (!context.Declare(entry.Key, name, entry.KeyLocation))
            {
                if (!context.IsDeclared(entry.Key, name))
                {
                    context.Break(name, entry); // a name the compiler keeps for itself; a second declaration leaves the first standing
                }

                continue;
            }

            if (entry.Value.Kind != YamlNodeKind.Mapping)
            {
                context.Error(entry.Value.Location, $"the declaration of '{entry.Key}' must be a mapping");
                context.Break(name, entry);
                continue;
            }

            read(context, entry);
        }
    }

    private static void ReadVocabulary(Context context, YamlEntry entry)
    {
        context.CheckKeys(entry.Value, VocabularyKeys, $"the vocabulary '{entry.Key}'");
        var values = ImmutableArray.CreateBuilder<VocabularyValue>();
        var valuesNode = entry.Value.Get("values");
        if (valuesNode is null || valuesNode.Kind != YamlNodeKind.Mapping || valuesNode.Entries.Count == 0)
        {
            context.Error(valuesNode?.Location ?? entry.KeyLocation, $"the vocabulary '{entry.Key}' needs 'values': a mapping from each value to its description");
            context.Break("vocabularies", entry);
            return;
        }

        var members = new HashSet<string>(StringComparer.Ordinal);
        foreach (var value in valuesNode.Entries)
        {
            var member = Naming.Pascal(value.Key);
            if (!Naming.IsValidVocabularyValue(value.Key))
            {
                context.Report(DiagnosticDescriptors.InvalidName, value.KeyLocation, value.Key, "vocabulary values are letters and digits joined by single hyphens");
                continue;
            }

            if (!members.Add(member))
            {
                context.Report(DiagnosticDescriptors.DuplicateDeclaration, value.KeyLocation, value.Key, "another value", member);
                continue;
            }

            values.Add(ReadValue(context, value));
        }

        context.Vocabularies.Add((new VocabularyModel(entry.Key, context.Description(entry.Value), values.ToImmutable().ToEquatableArray()), entry.KeyLocation, context.Path));
    }

    /// <summary>A value is its description (<c>key: description</c>), or a mapping with its description and reader label.</summary>
    private static VocabularyValue ReadValue(Context context, YamlEntry value)
    {
        if (value.Value.Kind != YamlNodeKind.Mapping)
        {
            return new VocabularyValue(value.Key, context.Text(value.Value, "description") ?? string.Empty);
        }

        context.CheckKeys(value.Value, ValueKeys, $"the value '{value.Key}'");
        var label = value.Value.Get("label") is { } labelNode ? context.Label(labelNode) : null;
        return new VocabularyValue(value.Key, context.Description(value.Value), label);
    }

    private static void ReadBlock(Context context, YamlEntry entry)
    {
        context.CheckKeys(entry.Value, BlockKeys, $"the block '{entry.Key}'");
        var fields = ReadFields(context, entry.Value.Get("fields"), entry.Key, inBlock: true);
        context.Blocks.Add((new BlockModel(entry.Key, context.Description(entry.Value), fields.ToEquatableArray()), entry.KeyLocation, context.Path));
    }

    private static void ReadKind(Context context, YamlEntry entry)
    {
        context.CheckKeys(entry.Value, KindKeys, $"the kind '{entry.Key}'");
        var plural = entry.Key + "s";
        var pluralLocation = entry.KeyLocation;
        var pluralNode = entry.Value.Get("plural");
        if (pluralNode is not null)
        {
            var value = context.Text(pluralNode, "plural");
            if (value is not null && Naming.IsValidSchemaName(value))
            {
                plural = value;
                pluralLocation = pluralNode.Location;
            }
            else if (value is not null)
            {
                context.Report(DiagnosticDescriptors.InvalidName, pluralNode.Location, value, "a plural is lower-case kebab-case, such as 'people'");
                context.Broken.Add(SchemaModel.BrokenName("plural", value));
            }
        }

        bool? cited = null; // null: the schema's default, known once every file is read
        var citedNode = entry.Value.Get(Citations.Setting);
        if (citedNode is not null)
        {
            cited = context.Boolean(citedNode, Citations.Setting);
        }

        var layer = FactLayer.Evidence;
        if (entry.Value.Get(Roles.LayerSetting) is { } layerNode && context.Layer(layerNode) is { } declaredLayer)
        {
            layer = declaredLayer;
        }

        if (!context.DeclarePlural(plural, pluralLocation))
        {
            context.Break("kinds", entry);
            return;
        }

        var named = entry.Value.Get(NamedSetting) is { } namedNode ? context.Boolean(namedNode, NamedSetting) ?? true : true;
        var fields = ReadFields(context, entry.Value.Get("fields"), entry.Key, inBlock: false);
        context.Kinds.Add((new KindModel(entry.Key, plural, context.Description(entry.Value), cited ?? Citations.CitedByDefault, fields.ToEquatableArray(), layer, named), entry.KeyLocation, context.Path));
        if (cited is null)
        {
            context.KindsCitedByDefault.Add(entry.Key);
        }
    }

    private static List<FieldModel> ReadFields(Context context, YamlNode? fieldsNode, string owner, bool inBlock)
    {
        var fields = new List<FieldModel>();
        if (fieldsNode is null || fieldsNode.IsNull)
        {
            return fields;
        }

        if (fieldsNode.Kind != YamlNodeKind.Mapping)
        {
            context.Error(fieldsNode.Location, $"the fields of '{owner}' must be a mapping from field names to declarations");
            context.Broken.Add(SchemaModel.BrokenName("fields", owner)); // facts of this kind cannot be checked field by field
            return fields;
        }

        var ownerType = Naming.Pascal(owner);
        foreach (var entry in fieldsNode.Entries)
        {
            var member = Naming.Pascal(entry.Key);
            if (!Naming.IsValidSchemaName(entry.Key))
            {
                context.Report(DiagnosticDescriptors.InvalidName, entry.KeyLocation, entry.Key, "field names are lower-case kebab-case starting with a letter");
                context.BreakField(owner, entry.Key);
                continue;
            }

            if (GeneratedNames.RecordMembers.Contains(member) || member == ownerType)
            {
                context.Report(DiagnosticDescriptors.InvalidName, entry.KeyLocation, entry.Key,
                    member == ownerType ? $"its C# name '{member}' would equal its type's name" : $"'{member}' is reserved (every fact has it already, or C# records do)");
                context.BreakField(owner, entry.Key);
                continue;
            }

            if (entry.Value.Kind != YamlNodeKind.Mapping)
            {
                context.Error(entry.Value.Location, $"the field '{entry.Key}' must be a mapping with at least 'type'");
                context.BreakField(owner, entry.Key);
                continue;
            }

            context.CheckKeys(entry.Value, FieldKeys, $"the field '{entry.Key}'");
            var field = ReadField(context, entry, owner, inBlock);
            if (field is not null)
            {
                fields.Add(field);
            }
            else
            {
                context.BreakField(owner, entry.Key);
            }
        }

        return fields;
    }

    private static FieldModel? ReadField(Context context, YamlEntry entry, string owner, bool inBlock)
    {
        var typeNode = entry.Value.Get("type");
        if (typeNode is null)
        {
            context.Error(entry.KeyLocation, $"the field '{entry.Key}' has no 'type'; field types: {string.Join(", ", FieldTypeNames)}");
            return null;
        }

        var typeName = context.Text(typeNode, "type");
        if (typeName is null)
        {
            return null;
        }

        var index = FieldTypeNames.IndexOf(typeName);
        if (index < 0)
        {
            context.Report(DiagnosticDescriptors.UnknownFieldType, typeNode.Location, typeName,
                Suggestions.DidYouMean(typeName, FieldTypeNames), string.Join(", ", FieldTypeNames));
            return null;
        }

        var type = (FieldType)index;
        string? target = null;
        var targetKey = TargetKey(type);
        var targetIsLayer = false;
        if (type == FieldType.Reference && entry.Value.Get(Roles.LayerSetting) is { } layerNode)
        {
            // A reference to any kind of a layer ("any fact of the evidence layer") instead of to one kind.
            if (entry.Value.Get("kind") is { } both)
            {
                context.Error(both.Location, $"a reference names one kind ('kind:') or a layer ('{Roles.LayerSetting}:'), not both");
                return null;
            }

            if (context.Layer(layerNode) is not { } layer)
            {
                return null;
            }

            target = Roles.Name(layer);
            targetIsLayer = true;
            targetKey = null;
            context.LayerReferences.Add((target, layerNode.Location, context.Path, owner, entry.Key));
        }
        else if (targetKey is not null)
        {
            var targetNode = entry.Value.Get(targetKey);
            if (targetNode is null)
            {
                context.Error(typeNode.Location, $"a '{typeName}' field needs '{targetKey}:' naming the {targetKey} it uses");
                return null;
            }

            target = context.Text(targetNode, targetKey);
            if (target is null)
            {
                return null;
            }

            context.Targets.Add((targetKey, target, targetNode.Location, context.Path, owner, entry.Key));
        }

        foreach (var misplaced in new[] { "kind", Roles.LayerSetting, "vocabulary", "block" })
        {
            var allowed = misplaced == targetKey || (type == FieldType.Reference && misplaced is "kind" or Roles.LayerSetting);
            if (!allowed && entry.Value.Get(misplaced) is { } node)
            {
                context.Error(node.Location, $"'{misplaced}' does not apply to a '{typeName}' field");
            }
        }

        decimal? min = null, max = null;
        foreach (var bound in new[] { "min", "max" })
        {
            if (entry.Value.Get(bound) is not { } node)
            {
                continue;
            }

            if (type is not (FieldType.Integer or FieldType.Decimal))
            {
                context.Error(node.Location, $"'{bound}' applies only to integer and decimal fields");
                continue;
            }

            if (node.Kind != YamlNodeKind.Scalar || !decimal.TryParse(node.Value, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
            {
                context.Error(node.Location, $"'{bound}' must be a number");
                continue;
            }

            if (bound == "min")
            {
                min = number;
            }
            else
            {
                max = number;
            }
        }

        // A range no value can be in would make every fact with the field an error: it is the schema's, reported once.
        if (min is { } low && max is { } high && low > high)
        {
            context.Report(DiagnosticDescriptors.SchemaContradiction, entry.Value.Get("min")!.Location,
                $"the field '{entry.Key}' has 'min' {Invariant(low)} above its 'max' {Invariant(high)}, so no value can be in range");
            return null;
        }

        if (type == FieldType.Integer && (min > int.MaxValue || max < int.MinValue))
        {
            var bound = min > int.MaxValue ? "min" : "max";
            context.Report(DiagnosticDescriptors.SchemaContradiction, entry.Value.Get(bound)!.Location,
                $"the integer field '{entry.Key}' has '{bound}' {Invariant((min > int.MaxValue ? min : max)!.Value)}, beyond every whole number it can hold (-2147483648 to 2147483647), so no value can be in range");
            return null;
        }

        var isList = entry.Value.Get("list") is { } listNode && (context.Boolean(listNode, "list") ?? false);
        var isRequired = entry.Value.Get("required") is { } requiredNode && (context.Boolean(requiredNode, "required") ?? false);
        var role = FieldRole.None;
        if (entry.Value.Get(Roles.Setting) is { } roleNode && context.Role(roleNode) is { } declaredRole)
        {
            if (Roles.Fits(declaredRole, type, isList, targetIsLayer, inBlock) is { } problem)
            {
                context.Report(DiagnosticDescriptors.RoleDoesNotFit, roleNode.Location, entry.Key, Roles.Name(declaredRole), problem);
            }
            else
            {
                role = declaredRole;
                context.RoleDeclarations.Add((owner, inBlock, entry.Key, role, roleNode.Location, context.Path));
            }
        }

        var labels = ImmutableArray<ValueLabel>.Empty;
        if (entry.Value.Get("labels") is { } labelsNode)
        {
            labels = ReadValueLabels(context, labelsNode, type, min, max);
        }

        return new FieldModel(entry.Key, type, target, isList, isRequired, context.Description(entry.Value), min, max, role, targetIsLayer, labels.ToEquatableArray());
    }

    /// <summary>The reader labels of an integer field's values: a mapping from each value (within min and max) to its label.</summary>
    private static ImmutableArray<ValueLabel> ReadValueLabels(Context context, YamlNode node, FieldType type, decimal? min, decimal? max)
    {
        if (type != FieldType.Integer)
        {
            context.Error(node.Location, "'labels' applies only to integer fields (a vocabulary's values carry their own labels)");
            return ImmutableArray<ValueLabel>.Empty;
        }

        if (node.Kind != YamlNodeKind.Mapping)
        {
            context.Error(node.Location, $"'labels' must be a mapping from each value to its reader label, but {node.Describe()}");
            return ImmutableArray<ValueLabel>.Empty;
        }

        var labels = ImmutableArray.CreateBuilder<ValueLabel>();
        foreach (var entry in node.Entries)
        {
            if (!int.TryParse(entry.Key, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) ||
                value.ToString(CultureInfo.InvariantCulture) != entry.Key || (min is { } low && value < low) || (max is { } high && value > high))
            {
                context.Error(entry.KeyLocation, $"'{entry.Key}' is not a value of this field: label whole numbers within its min and max");
                continue;
            }

            if (context.Label(entry.Value) is { } label)
            {
                labels.Add(new ValueLabel(entry.Key, label));
            }
        }

        return labels.ToImmutable();
    }

    private static string Invariant(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>The setting that names what a field of this type points to (`kind:`, `vocabulary:`, `block:`), or null.</summary>
    private static string? TargetKey(FieldType type) => type switch
    {
        FieldType.Reference => "kind",
        FieldType.Vocabulary => "vocabulary",
        FieldType.Block => "block",
        _ => null,
    };

    /// <summary>Checks the cross-references of the declarations and assembles the model.</summary>
    private static SchemaModel Resolve(Context context, string ns, bool citedByDefault)
    {
        var kinds = context.Kinds.Select(k => k.Model.Name).ToList();
        var blocks = context.Blocks.Select(b => b.Model.Name).ToList();
        var vocabularies = context.Vocabularies.Select(v => v.Model.Name).ToList();
        var broken = new HashSet<string>(StringComparer.Ordinal);
        var reported = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var (targetKey, target, location, path, owner, field) in context.Targets)
        {
            var declared = targetKey switch
            {
                "kind" => kinds,
                "block" => blocks,
                _ => vocabularies,
            };
            if (declared.Contains(target))
            {
                continue;
            }

            broken.Add(targetKey + ":" + target);
            context.BreakField(owner, field);
            // One error per undeclared name, at its first use; none for a declaration that has an error of its own.
            if (context.Broken.Contains(SchemaModel.BrokenName(Section(targetKey), target)))
            {
                continue;
            }

            if (reported.TryGetValue(targetKey + ":" + target, out var others))
            {
                others.Add(location.DisplayIn(path));
                continue;
            }

            reported.Add(targetKey + ":" + target, new List<string>());
            context.Path = path;
            context.Report(DiagnosticDescriptors.UndeclaredName, location, targetKey, target,
                Suggestions.DidYouMean(target, declared), declared.Count == 0 ? "none" : string.Join(", ", declared));
        }

        FieldModel[] Usable(IEnumerable<FieldModel> fields) =>
            fields.Where(f => f.Target is null || !broken.Contains(TargetKey(f.Type) + ":" + f.Target)).ToArray();

        var blockModels = context.Blocks.Select(b => b.Model with { Fields = Usable(b.Model.Fields).ToEquatableArray() }).ToList();
        CheckBlockCycles(context, blockModels);

        var citation = blockModels.FirstOrDefault(b => b.Name == Citations.Block);
        // A citation block broken by its own error is not reported again for each cited kind, nor a missing one more than once.
        var citationReported = context.Broken.Contains(SchemaModel.BrokenName("blocks", Citations.Block)) ||
            context.Broken.Contains(SchemaModel.BrokenName("field", Citations.Block + "/" + Citations.SourceField));
        var kindModels = new List<KindModel>();
        foreach (var (declared, location, path) in context.Kinds)
        {
            var model = context.KindsCitedByDefault.Contains(declared.Name) ? declared with { Cited = citedByDefault } : declared;
            var fields = Usable(model.Fields).ToList();
            if (model.Cited)
            {
                if (Citations.CheckBlock(citation, model.Name) is { } problem)
                {
                    // Its facts' citations are left unchecked (a broken field) and the kind is emitted uncited, so the
                    // schema error, reported once for all kinds, is the only error.
                    context.BreakField(model.Name, Citations.Field);
                    if (!citationReported)
                    {
                        citationReported = true;
                        context.Path = path;
                        context.Error(location, problem);
                    }

                    model = model with { Cited = false };
                }
                else
                {
                    fields.Add(Citations.ImplicitField());
                }
            }

            kindModels.Add(model with { Fields = fields.ToEquatableArray() });
        }

        (blockModels, kindModels) = CheckRoles(context, blockModels, kindModels);
        (blockModels, kindModels) = CheckLayerReferences(context, blockModels, kindModels);
        return new SchemaModel(ns, context.Vocabularies.Select(v => v.Model).ToEquatableArray(), blockModels.ToEquatableArray(), kindModels.ToEquatableArray(),
            context.Broken.OrderBy(b => b, StringComparer.Ordinal).ToEquatableArray(), context.IsComplete);
    }

    /// <summary>
    /// The checks of roles that need the whole schema: one date, label, relay and inheritance per kind (and one date per
    /// block); a kind's date is a partial date or a block that has one; and every field with one role agrees with the
    /// first on what it is (the same kind of party, the same vocabulary of topics), so that consumers read one type.
    /// A role that fails is reported where it is declared and dropped; the field itself stays.
    /// </summary>
    private static (List<BlockModel> Blocks, List<KindModel> Kinds) CheckRoles(Context context, List<BlockModel> blocks, List<KindModel> kinds)
    {
        var dropped = new HashSet<(string Owner, string Field)>();
        var declarations = context.RoleDeclarations;
        (TextLocation Location, string Path) Where(string owner, string field) =>
            declarations.Where(d => d.Owner == owner && d.Field == field).Select(d => (d.Location, d.Path)).FirstOrDefault();

        void Drop(string owner, string field, Microsoft.CodeAnalysis.DiagnosticDescriptor descriptor, params string[] arguments)
        {
            dropped.Add((owner, field));
            var (location, path) = Where(owner, field);
            context.Path = path;
            context.Report(descriptor, location, arguments);
        }

        var byBlock = blocks.ToDictionary(b => b.Name, StringComparer.Ordinal);
        foreach (var (owner, fields) in blocks.Select(b => (b.Name, b.Fields)).Concat(kinds.Select(k => (k.Name, k.Fields))))
        {
            foreach (var group in fields.Where(f => f.Role != FieldRole.None && Roles.IsSingle(f.Role)).GroupBy(f => f.Role))
            {
                var first = group.First();
                var (location, path) = Where(owner, first.Name);
                foreach (var other in group.Skip(1))
                {
                    Drop(owner, other.Name, DiagnosticDescriptors.RoleTwice, owner, Roles.Name(group.Key), first.Name, location.DisplayIn(path));
                }
            }
        }

        foreach (var kind in kinds)
        {
            foreach (var field in kind.Fields.Where(f => f.Role == FieldRole.Date && f.Type == FieldType.Block && !dropped.Contains((kind.Name, f.Name))))
            {
                if (!byBlock.TryGetValue(field.Target!, out var block) || !block.Fields.Any(f => f.Role == FieldRole.Date && !dropped.Contains((block.Name, f.Name))))
                {
                    if (context.Broken.Any(b => b.StartsWith(SchemaModel.BrokenName("field", field.Target + "/"), StringComparison.Ordinal)))
                    {
                        // The block lost a field to an error of its own (its date field, perhaps): that error is the one to fix.
                        dropped.Add((kind.Name, field.Name));
                        continue;
                    }

                    Drop(kind.Name, field.Name, DiagnosticDescriptors.RoleDoesNotFit, field.Name, "date",
                        $"the block '{field.Target}' has no field with the role date (give its partial-date field 'role: date')");
                }
            }
        }

        // Parties and counterparts are both people or bodies a fact involves: one kind for both.
        foreach (var roles in new[] { new[] { FieldRole.Date }, new[] { FieldRole.Parties, FieldRole.Counterparts }, new[] { FieldRole.Places }, new[] { FieldRole.Topics }, new[] { FieldRole.RelayedBy } })
        {
            (string Kind, FieldModel Field)? first = null;
            foreach (var kind in kinds)
            {
                foreach (var field in kind.Fields.Where(f => roles.Contains(f.Role) && !dropped.Contains((kind.Name, f.Name))))
                {
                    if (first is not { } exemplar)
                    {
                        first = (kind.Name, field);
                        continue;
                    }

                    if (Shape(field) != Shape(exemplar.Field))
                    {
                        var (location, path) = Where(exemplar.Kind, exemplar.Field.Name);
                        Drop(kind.Name, field.Name, DiagnosticDescriptors.RolesDisagree, Roles.Name(field.Role), $"{kind.Name}.{field.Name}", Shape(field),
                            $"{exemplar.Kind}.{exemplar.Field.Name}", location.DisplayIn(path), Shape(exemplar.Field), "be of one type, so that code reads them all alike");
                    }
                }
            }
        }

        if (dropped.Count == 0)
        {
            return (blocks, kinds);
        }

        EquatableArray<FieldModel> Kept(string owner, EquatableArray<FieldModel> fields) =>
            fields.Select(f => dropped.Contains((owner, f.Name)) ? f with { Role = FieldRole.None } : f).ToEquatableArray();
        return (blocks.Select(b => b with { Fields = Kept(b.Name, b.Fields) }).ToList(), kinds.Select(k => k with { Fields = Kept(k.Name, k.Fields) }).ToList());
    }

    /// <summary>What a field with a role is, for the agreement check and its message.</summary>
    private static string Shape(FieldModel field) => field.Type switch
    {
        FieldType.Reference => $"refers to the kind '{field.Target}'",
        FieldType.Vocabulary => $"draws on the vocabulary '{field.Target}'",
        FieldType.Block => $"is a '{field.Target}' block",
        _ => "is a " + SchemaParser.FieldTypeNames[(int)field.Type],
    };

    /// <summary>A reference to a layer must be able to name some fact: a layer no kind is in is reported, and the field left out.</summary>
    private static (List<BlockModel> Blocks, List<KindModel> Kinds) CheckLayerReferences(Context context, List<BlockModel> blocks, List<KindModel> kinds)
    {
        var broken = new HashSet<(string Owner, string Field)>();
        foreach (var (layer, location, path, owner, field) in context.LayerReferences)
        {
            if (kinds.Any(k => Roles.Name(k.Layer) == layer))
            {
                continue;
            }

            context.Path = path;
            context.Report(DiagnosticDescriptors.EmptyLayer, location, layer, field);
            context.BreakField(owner, field);
            broken.Add((owner, field));
        }

        EquatableArray<FieldModel> Kept(string owner, EquatableArray<FieldModel> fields) => fields.Where(f => !broken.Contains((owner, f.Name))).ToEquatableArray();
        return broken.Count == 0
            ? (blocks, kinds)
            : (blocks.Select(b => b with { Fields = Kept(b.Name, b.Fields) }).ToList(), kinds.Select(k => k with { Fields = Kept(k.Name, k.Fields) }).ToList());
    }

    /// <summary>The schema section that declares what a field's target setting names ("kind" → "kinds").</summary>
    private static string Section(string targetKey) => targetKey switch
    {
        "kind" => "kinds",
        "block" => "blocks",
        _ => "vocabularies",
    };

    /// <summary>
    /// A block that requires itself (directly or not) could never be written out: every fact using it would lack the field.
    /// One error per loop, at the block it starts from; the field that closes the loop is left out of the block (its uses are
    /// not checked), so the facts are not each reported.
    /// </summary>
    private static void CheckBlockCycles(Context context, List<BlockModel> blocks)
    {
        foreach (var (model, location, path) in context.Blocks)
        {
            var byName = blocks.ToDictionary(b => b.Name, StringComparer.Ordinal);
            var stack = new Stack<string>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            stack.Push(model.Name);
            while (stack.Count > 0)
            {
                var current = stack.Pop();
                if (!byName.TryGetValue(current, out var block))
                {
                    continue;
                }

                var closing = block.Fields.FirstOrDefault(f => f.Type == FieldType.Block && f.IsRequired && !f.IsList && f.Target == model.Name);
                if (closing is not null)
                {
                    context.Path = path;
                    context.Report(DiagnosticDescriptors.SchemaContradiction, location,
                        $"the block '{model.Name}' requires itself through '{block.Name}.{closing.Name}', so it could never be written out; make that field optional or a list");
                    context.BreakField(block.Name, closing.Name);
                    var index = blocks.FindIndex(b => b.Name == block.Name);
                    blocks[index] = block with { Fields = block.Fields.Where(f => f != closing).ToEquatableArray() };
                    break;
                }

                foreach (var field in block.Fields.Where(f => f.Type == FieldType.Block && f.IsRequired && !f.IsList))
                {
                    if (seen.Add(field.Target!))
                    {
                        stack.Push(field.Target!);
                    }
                }
            }
        }
    }

    private sealed class Context
    {
        public string Path { get; set; } = string.Empty;

        public List<DiagnosticInfo> Diagnostics { get; } = new();

        public List<(VocabularyModel Model, TextLocation Location, string Path)> Vocabularies { get; } = new();

        public List<(BlockModel Model, TextLocation Location, string Path)> Blocks { get; } = new();

        public List<(KindModel Model, TextLocation Location, string Path)> Kinds { get; } = new();

        public List<(string TargetKey, string Target, TextLocation Location, string Path, string Owner, string Field)> Targets { get; } = new();

        /// <summary>Declarations left out for an error of their own (see <see cref="SchemaModel.Broken"/>).</summary>
        public HashSet<string> Broken { get; } = new(StringComparer.Ordinal);

        public bool IsComplete { get; set; } = true;

        /// <summary>Records a declaration left out; for a kind, also the plural its facts are filed under.</summary>
        public void Break(string section, YamlEntry entry)
        {
            Broken.Add(SchemaModel.BrokenName(section, entry.Key));
            if (section == "kinds")
            {
                var plural = entry.Value.Kind == YamlNodeKind.Mapping && entry.Value.Get("plural") is { Kind: YamlNodeKind.Scalar, IsNull: false } node ? node.Value! : entry.Key + "s";
                Broken.Add(SchemaModel.BrokenName("plural", plural));
            }
        }

        public void BreakField(string owner, string field) => Broken.Add(SchemaModel.BrokenName("field", owner + "/" + field));

        public bool IsDeclared(string name, string section) => section switch
        {
            "kinds" => Kinds.Any(k => k.Model.Name == name),
            "blocks" => Blocks.Any(b => b.Model.Name == name),
            _ => Vocabularies.Any(v => v.Model.Name == name),
        };

        /// <summary>Kinds that do not say whether they are cited: they follow the schema's top-level setting.</summary>
        public HashSet<string> KindsCitedByDefault { get; } = new(StringComparer.Ordinal);

        private readonly Dictionary<string, (string Path, TextLocation Location)> _typeNames = new(StringComparer.Ordinal);

        public void Report(Microsoft.CodeAnalysis.DiagnosticDescriptor descriptor, TextLocation location, params string[] arguments) =>
            Diagnostics.Add(DiagnosticInfo.Create(descriptor, Path, location, arguments));

        public void Error(TextLocation location, string message) => Report(DiagnosticDescriptors.SchemaStructure, location, message);

        /// <summary>Registers the C# type names a declaration produces; false (and a diagnostic) on a clash.</summary>
        public bool Declare(string name, string section, TextLocation location)
        {
            var pascal = Naming.Pascal(name);
            var typeNames = section switch
            {
                "kinds" => new[] { pascal, pascal + "Id" },
                "vocabularies" => new[] { pascal, pascal + "Extensions" },
                _ => new[] { pascal },
            };
            if (section != "vocabularies" && GeneratedNames.RecordMembers.Contains(pascal))
            {
                Report(DiagnosticDescriptors.InvalidName, location, name, $"its C# name '{pascal}' is a member every record has, and a type cannot hold a member of its own name");
                return false;
            }

            foreach (var typeName in typeNames)
            {
                if (GeneratedNames.FixedTypes.Contains(typeName))
                {
                    Report(DiagnosticDescriptors.InvalidName, location, name, $"its C# name '{typeName}' is one the compiler emits itself");
                    return false;
                }

                if (_typeNames.TryGetValue(typeName, out var first))
                {
                    Report(DiagnosticDescriptors.DuplicateDeclaration, location, name, first.Location.DisplayIn(first.Path), typeName);
                    return false;
                }
            }

            foreach (var typeName in typeNames)
            {
                _typeNames.Add(typeName, (Path, location));
            }

            return true;
        }

        private readonly Dictionary<string, (string Path, TextLocation Location)> _plurals = new(StringComparer.Ordinal);

        /// <summary>Registers a kind's plural (a file section, a catalog collection, a Facts class); false and a diagnostic on a clash.</summary>
        public bool DeclarePlural(string plural, TextLocation location)
        {
            var pascal = Naming.Pascal(plural);
            if (GeneratedNames.CatalogMembers.Contains(pascal))
            {
                Report(DiagnosticDescriptors.InvalidName, location, plural, $"its C# name '{pascal}' is already a member of FactCatalog or Facts; choose another plural");
                return false;
            }

            if (_plurals.TryGetValue(pascal, out var first))
            {
                Report(DiagnosticDescriptors.DuplicateDeclaration, location, plural, first.Location.DisplayIn(first.Path), pascal);
                return false;
            }

            _plurals.Add(pascal, (Path, location));
            return true;
        }

        public void CheckKeys(YamlNode node, string[] allowed, string what)
        {
            foreach (var entry in node.Entries)
            {
                if (Array.IndexOf(allowed, entry.Key) < 0)
                {
                    Error(entry.KeyLocation, $"{what} has no setting '{entry.Key}'.{Suggestions.DidYouMean(entry.Key, allowed)} Settings: {string.Join(", ", allowed)}");
                }
            }
        }

        public string? Text(YamlNode node, string what)
        {
            if (node.Kind != YamlNodeKind.Scalar || node.IsNull)
            {
                Error(node.Location, $"'{what}' must be text, but {node.Describe()}");
                return null;
            }

            return node.Value;
        }

        public bool? Boolean(YamlNode node, string what)
        {
            if (node.Kind == YamlNodeKind.Scalar && (node.Value == "true" || node.Value == "false"))
            {
                return node.Value == "true";
            }

            Error(node.Location, $"'{what}' must be true or false, but {node.Describe()}");
            return null;
        }

        /// <summary>Role declarations that passed the field-level checks, for the checks that need the whole schema.</summary>
        public List<(string Owner, bool InBlock, string Field, FieldRole Role, TextLocation Location, string Path)> RoleDeclarations { get; } = new();

        /// <summary>References to a layer ("any fact of the evidence layer"), checked once every kind's layer is known.</summary>
        public List<(string Layer, TextLocation Location, string Path, string Owner, string Field)> LayerReferences { get; } = new();

        /// <summary>A reader label: one line of text; "" is allowed (a value a reader sees nothing for).</summary>
        public string? Label(YamlNode node)
        {
            if (node.Kind != YamlNodeKind.Scalar || node.IsNull)
            {
                Error(node.Location, $"a label must be text (quote an empty one: \"\"), but {node.Describe()}");
                return null;
            }

            if (node.Value!.IndexOfAny(TextRules.LineBreaks) >= 0)
            {
                Error(node.Location, "a label is one line of text");
                return null;
            }

            return node.Value;
        }

        public FieldRole? Role(YamlNode node)
        {
            var name = Text(node, Roles.Setting);
            if (name is null)
            {
                return null;
            }

            if (Roles.Parse(name) is { } role)
            {
                return role;
            }

            Report(DiagnosticDescriptors.UnknownRole, node.Location, name, Suggestions.DidYouMean(name, Roles.Names), string.Join(", ", Roles.Names));
            return null;
        }

        public FactLayer? Layer(YamlNode node)
        {
            var name = Text(node, Roles.LayerSetting);
            if (name is null)
            {
                return null;
            }

            if (Roles.ParseLayer(name) is { } layer)
            {
                return layer;
            }

            Report(DiagnosticDescriptors.UnknownLayer, node.Location, name, Suggestions.DidYouMean(name, Roles.LayerNames), string.Join(", ", Roles.LayerNames));
            return null;
        }

        public string Description(YamlNode declaration)
        {
            var node = declaration.Get("description");
            return node is null ? string.Empty : (Text(node, "description") ?? string.Empty).Trim();
        }
    }
}
