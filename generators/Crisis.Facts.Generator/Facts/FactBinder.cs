using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using Crisis.Facts.Generator.Common;
using Crisis.Facts.Generator.Diagnostics;
using Crisis.Facts.Generator.Emit;
using Crisis.Facts.Generator.Schema;
using Crisis.Facts.Generator.Yaml;
using Crisis.Shared;
using Microsoft.CodeAnalysis;

namespace Crisis.Facts.Generator.Facts;

/// <summary>
/// Checks one fact file against the schema and types its values. Works on one file at a time, so the
/// pipeline re-binds only the file that changed; checks across files (ids, references) come later.
/// </summary>
internal static class FactBinder
{
    private static readonly Regex IntegerShape = Naming.Whole("-?[0-9]+");
    private static readonly Regex DecimalShape = Naming.Whole(@"-?[0-9]+(\.[0-9]+)?");
    private static readonly Regex LanguageShape = Naming.Whole("[a-z]{2,3}");
    private static readonly string[] BilingualKeys = { "original", "language", "english" };

    /// <summary>A C# decimal holds 28 significant digits; more would be rounded without a word.</summary>
    private const int MaxDecimalDigits = 28;

    public static BoundFile Bind(YamlFile file, SchemaModel? schema)
    {
        if (file.IsUnreadable)
        {
            // Its YAML error is reported; what it would have defined is not reported missing elsewhere.
            var kinds = schema is null ? Enumerable.Empty<string>() : file.SalvagedSections.Select(schema.FindKindByPlural).Where(k => k is not null).Select(k => k!.Name);
            return new BoundFile(file.Path, EquatableArray<FactModel>.Empty, EquatableArray<DiagnosticInfo>.Empty, file.SalvagedIds, IsComplete: false, kinds.ToEquatableArray());
        }

        var binder = new Binder(file.Path);
        if (file.Root is not null && !file.Root.IsNull)
        {
            if (schema is null)
            {
                binder.Report(DiagnosticDescriptors.NoSchema, TextLocation.FileStart);
            }
            else if (!schema.IsComplete)
            {
                // The schema could not be read: its error is the one to fix; checking facts against a part of it would cascade.
                return new BoundFile(file.Path, EquatableArray<FactModel>.Empty, EquatableArray<DiagnosticInfo>.Empty, EquatableArray<string>.Empty, IsComplete: false, EquatableArray<string>.Empty);
            }
            else
            {
                binder.BindFile(file.Root, schema);
            }
        }

        return new BoundFile(file.Path, binder.Facts.ToEquatableArray(), binder.Diagnostics.ToEquatableArray(),
            binder.UnboundIds.ToEquatableArray(), binder.IsComplete, EquatableArray<string>.Empty);
    }

    private sealed class Binder
    {
        private readonly string _path;
        private int _errors;

        public Binder(string path) => _path = path;

        public List<FactModel> Facts { get; } = new();

        public List<DiagnosticInfo> Diagnostics { get; } = new();

        /// <summary>Ids in parts of the file that could not be bound (see <see cref="BoundFile.UnboundIds"/>).</summary>
        public List<string> UnboundIds { get; } = new();

        public bool IsComplete { get; private set; } = true;

        /// <summary>Leaves the current fact out of the catalog for a mistake reported elsewhere (in the schema).</summary>
        private void LeaveOut() => _errors++;

        /// <summary>Keeps the ids of a part of the file that cannot be bound, so that references to them are not reported.</summary>
        private void Unbound(YamlNode node)
        {
            IsComplete = false;
            if (node.Kind == YamlNodeKind.Mapping && node.Get("id") is { Kind: YamlNodeKind.Scalar, IsNull: false } id)
            {
                UnboundIds.Add(id.Value!);
            }

            foreach (var child in node.Entries.Select(e => e.Value).Concat(node.Items))
            {
                Unbound(child);
            }
        }

        public void Report(DiagnosticDescriptor descriptor, TextLocation location, params string[] arguments)
        {
            if (descriptor.DefaultSeverity == DiagnosticSeverity.Error)
            {
                _errors++;
            }

            Diagnostics.Add(DiagnosticInfo.Create(descriptor, _path, location, arguments));
        }

        public void BindFile(YamlNode root, SchemaModel schema)
        {
            if (root.Kind != YamlNodeKind.Mapping)
            {
                Report(DiagnosticDescriptors.WrongType, root.Location, "the file", "a mapping from kinds (such as 'actors:') to lists of facts", root.Describe());
                return;
            }

            var plurals = schema.Kinds.Select(k => k.Plural).ToArray();
            foreach (var section in root.Entries)
            {
                var kind = schema.FindKindByPlural(section.Key);
                if (kind is null)
                {
                    Unbound(section.Value);
                    if (schema.IsBroken("plural", section.Key))
                    {
                        continue; // the kind's declaration has an error of its own
                    }

                    var singular = schema.FindKind(section.Key);
                    var hint = singular is not null ? $" Did you mean '{singular.Plural}'?" : Suggestions.DidYouMean(section.Key, plurals);
                    Report(DiagnosticDescriptors.UnknownKind, section.KeyLocation, section.Key, hint, string.Join(", ", plurals));
                    continue;
                }

                if (section.Value.IsNull)
                {
                    continue;
                }

                if (section.Value.Kind != YamlNodeKind.Sequence)
                {
                    Unbound(section.Value);
                    Report(DiagnosticDescriptors.WrongType, section.Value.Location, section.Key, "a list of facts (each starting with '- id:')", section.Value.Describe());
                    continue;
                }

                foreach (var item in section.Value.Items)
                {
                    BindFact(item, kind, schema);
                }
            }
        }

        private void BindFact(YamlNode node, KindModel kind, SchemaModel schema)
        {
            if (node.Kind != YamlNodeKind.Mapping)
            {
                Report(DiagnosticDescriptors.WrongType, node.Location, kind.Plural, $"a list of mappings, one per {kind.Name}", $"an item is not a mapping ({node.Describe()})");
                return;
            }

            var errorsBefore = _errors;
            var idNode = node.Get("id");
            string id;
            var location = node.Location;
            if (idNode is null || idNode.IsNull)
            {
                Report(DiagnosticDescriptors.MissingRequiredField, StartOf(node), $"This {kind.Name}", "id", "a unique kebab-case id such as 'first-fact'");
                return;
            }

            if (idNode.Kind != YamlNodeKind.Scalar)
            {
                Report(DiagnosticDescriptors.WrongType, idNode.Location, "id", "text", idNode.Describe());
                return;
            }

            id = idNode.Value!;
            location = idNode.Location;
            if (!Naming.IsValidFactId(id))
            {
                var foreign = LookAlikes.DescribeFirstForeign(id);
                Report(DiagnosticDescriptors.InvalidId, idNode.Location, id, foreign is null ? string.Empty : foreign + "; ");
            }
            else if (GeneratedNames.ObjectMembers.Contains(Naming.Pascal(id)))
            {
                Report(DiagnosticDescriptors.IdOwnedByCSharp, idNode.Location, id, Naming.Pascal(id), $"Facts.{Naming.Pascal(kind.Plural)}.{Naming.Pascal(id)}");
            }

            var owner = $"The {kind.Name} '{id}'";
            if (schema.IsBroken("fields", kind.Name))
            {
                LeaveOut(); // the kind's fields could not be read: nothing to check them against
            }

            var fields = BindFields(node, kind.Name, kind.Fields, owner, schema, isCitation: false, skip: "id", citedKind: kind.Cited ? kind : null);
            Facts.Add(new FactModel(kind.Name, id, _path, location, fields.ToEquatableArray(), IsValid: _errors == errorsBefore));
        }

        private List<FieldValue> BindFields(YamlNode node, string declaringName, EquatableArray<FieldModel> declared, string owner, SchemaModel schema, bool isCitation, string? skip, KindModel? citedKind)
        {
            var values = new List<FieldValue>();
            var misspelt = new HashSet<string>(System.StringComparer.Ordinal);
            foreach (var entry in node.Entries)
            {
                if (entry.Key == skip)
                {
                    continue;
                }

                var field = declared.Find(entry.Key);
                if (field is null && (schema.IsBroken("field", declaringName + "/" + entry.Key) || schema.IsBroken("fields", declaringName)))
                {
                    LeaveOut(); // the field's declaration has an error of its own
                    continue;
                }

                if (field is null)
                {
                    var names = declared.Select(f => f.Name).ToArray();
                    var closest = Suggestions.Closest(entry.Key, names);
                    if (closest is not null)
                    {
                        misspelt.Add(closest);
                    }

                    Report(DiagnosticDescriptors.UnknownField, entry.KeyLocation, owner, entry.Key, Suggestions.DidYouMean(entry.Key, names),
                        string.Join(", ", (skip is null ? names : new[] { skip }.Concat(names))));
                    continue;
                }

                if (entry.Value.IsNull)
                {
                    continue;
                }

                var value = field.IsList
                    ? BindList(field, entry.Value, schema, isCitation)
                    : BindSingle(field, entry.Value, schema, isCitation);
                if (value is { } bound)
                {
                    values.Add(new FieldValue(field.Name, bound));
                }
            }

            foreach (var field in declared.Where(f => f.IsRequired))
            {
                var value = Find(values, field.Name);
                var given = node.Get(field.Name);
                var givenButInvalid = given is { IsNull: false } &&
                    (value is not { } bound || (bound.Kind == ValueKind.List && bound.Items.Count == 0 && given.Items.Count > 0));
                var missing = value is not { } present || (present.Kind == ValueKind.List && present.Items.Count == 0);
                if (!missing || givenButInvalid || misspelt.Contains(field.Name))
                {
                    continue; // present, already reported as wrong, or misspelt (one mistake, one error)
                }

                if (citedKind is not null && Citations.IsCitationsField(citedKind, field))
                {
                    Report(DiagnosticDescriptors.MissingCitation, StartOf(node), citedKind.Name, node.Get("id")?.Value ?? string.Empty);
                }
                else
                {
                    Report(DiagnosticDescriptors.MissingRequiredField, StartOf(node), owner, field.Name, DescribeField(field, schema));
                }
            }

            return values;
        }

        private ValueModel? BindList(FieldModel field, YamlNode node, SchemaModel schema, bool isCitation)
        {
            if (node.Kind != YamlNodeKind.Sequence)
            {
                Report(DiagnosticDescriptors.WrongType, node.Location, field.Name, $"a list of {DescribeField(field, schema)} (write [ ... ] or one '- ' line per item)", node.Describe());
                return null;
            }

            var items = new List<ValueModel>();
            foreach (var item in node.Items)
            {
                if (item.IsNull)
                {
                    Report(DiagnosticDescriptors.WrongType, item.Location, field.Name, DescribeField(field, schema), "a list item is empty");
                    continue;
                }

                var value = BindSingle(field, item, schema, isCitation);
                if (value is { } bound)
                {
                    items.Add(bound);
                }
            }

            return new ValueModel(ValueKind.List, string.Empty, EquatableArray<FieldValue>.Empty, items.ToEquatableArray(), node.Location, field.Target, false);
        }

        private ValueModel? BindSingle(FieldModel field, YamlNode node, SchemaModel schema, bool isCitation)
        {
            switch (field.Type)
            {
                case FieldType.Block:
                    return BindBlock(field, node, schema);
                case FieldType.BilingualText:
                    return BindBilingual(field, node);
            }

            if (node.Kind != YamlNodeKind.Scalar)
            {
                Report(DiagnosticDescriptors.WrongType, node.Location, field.Name, DescribeField(field, schema), node.Describe());
                return null;
            }

            var text = node.Value!;
            switch (field.Type)
            {
                case FieldType.Text:
                case FieldType.MultilineText:
                    text = text.TrimEnd('\n');
                    if (text.Trim().Length == 0)
                    {
                        Report(DiagnosticDescriptors.WrongType, node.Location, field.Name, "non-empty text", "it is empty");
                        return null;
                    }

                    if (field.Type == FieldType.Text && text.IndexOfAny(TextRules.LineBreaks) >= 0)
                    {
                        Report(DiagnosticDescriptors.WrongType, node.Location, field.Name, "a single line of text", "it spans several lines (shorten it, or make the field multiline-text in the schema)");
                        return null;
                    }

                    return Scalar(ValueKind.Text, text, node, null);
                case FieldType.Integer:
                    if (!IntegerShape.IsMatch(text) || !int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer))
                    {
                        Report(DiagnosticDescriptors.WrongType, node.Location, field.Name, "a whole number (such as 3)", node.Describe());
                        return null;
                    }

                    return CheckRange(field, node, integer) ? Scalar(ValueKind.Integer, integer.ToString(CultureInfo.InvariantCulture), node, null) : null;
                case FieldType.Decimal:
                    if (!DecimalShape.IsMatch(text) || !decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
                    {
                        Report(DiagnosticDescriptors.WrongType, node.Location, field.Name, "a number written with digits and an optional decimal point (such as 130000 or 1.5)", node.Describe());
                        return null;
                    }

                    if (!FitsDecimal(text))
                    {
                        Report(DiagnosticDescriptors.WrongType, node.Location, field.Name, $"a number of at most {MaxDecimalDigits} significant digits", $"'{text}' would be rounded");
                        return null;
                    }

                    return CheckRange(field, node, number) ? Scalar(ValueKind.Decimal, text, node, null) : null;
                case FieldType.Boolean:
                    if (text is not ("true" or "false"))
                    {
                        Report(DiagnosticDescriptors.WrongType, node.Location, field.Name, "true or false", node.Describe());
                        return null;
                    }

                    return Scalar(ValueKind.Boolean, text, node, null);
                case FieldType.PartialDate:
                    if (PartialDate.TryParse(text, out var reason) is null)
                    {
                        Report(DiagnosticDescriptors.InvalidDate, node.Location, text, field.Name, reason);
                        return null;
                    }

                    return Scalar(ValueKind.Date, text, node, null);
                case FieldType.Reference:
                    return Scalar(ValueKind.Reference, text, node, field.TargetIsLayer ? Roles.LayerTarget(field.Target!) : field.Target) with
                    {
                        IsCitationSource = isCitation && field.Name == Citations.SourceField,
                    };
                case FieldType.Vocabulary:
                    var vocabulary = schema.FindVocabulary(field.Target!)!;
                    var keys = vocabulary.Values.Select(v => v.Key).ToArray();
                    if (System.Array.IndexOf(keys, text) < 0)
                    {
                        Report(DiagnosticDescriptors.NotInVocabulary, node.Location, text, field.Name, Suggestions.DidYouMean(text, keys), vocabulary.Name, string.Join(", ", keys));
                        return null;
                    }

                    return Scalar(ValueKind.Vocabulary, text, node, field.Target);
                default:
                    return null;
            }
        }

        private ValueModel? BindBlock(FieldModel field, YamlNode node, SchemaModel schema)
        {
            var block = schema.FindBlock(field.Target!)!;
            if (node.Kind != YamlNodeKind.Mapping)
            {
                Report(DiagnosticDescriptors.WrongType, node.Location, field.Name, $"a {block.Name} (a mapping with {string.Join(", ", block.Fields.Select(f => f.Name))})", node.Describe());
                return null;
            }

            var fields = BindFields(node, block.Name, block.Fields, $"The {block.Name} in '{field.Name}'", schema, isCitation: block.Name == Citations.Block, skip: null, citedKind: null);
            return new ValueModel(ValueKind.Block, string.Empty, fields.ToEquatableArray(), EquatableArray<ValueModel>.Empty, node.Location, block.Name, false);
        }

        private ValueModel? BindBilingual(FieldModel field, YamlNode node)
        {
            if (node.Kind != YamlNodeKind.Mapping)
            {
                Report(DiagnosticDescriptors.WrongType, node.Location, field.Name, "a bilingual text { original: ..., language: fr, english: ... }", node.Describe());
                return null;
            }

            var errorsBefore = _errors;
            var fields = new List<FieldValue>();
            foreach (var entry in node.Entries)
            {
                if (System.Array.IndexOf(BilingualKeys, entry.Key) < 0)
                {
                    Report(DiagnosticDescriptors.UnknownField, entry.KeyLocation, $"The bilingual text '{field.Name}'", entry.Key, Suggestions.DidYouMean(entry.Key, BilingualKeys), string.Join(", ", BilingualKeys));
                    continue;
                }

                if (entry.Value.Kind != YamlNodeKind.Scalar || entry.Value.IsNull || entry.Value.Value!.Trim().Length == 0)
                {
                    Report(DiagnosticDescriptors.WrongType, entry.Value.Location, entry.Key, "non-empty text", entry.Value.Describe());
                    continue;
                }

                if (entry.Key == "language" && !LanguageShape.IsMatch(entry.Value.Value))
                {
                    Report(DiagnosticDescriptors.WrongType, entry.Value.Location, "language", "an ISO 639 language code such as fr or en", entry.Value.Describe());
                    continue;
                }

                fields.Add(new FieldValue(entry.Key, Scalar(ValueKind.Text, entry.Value.Value.TrimEnd('\n'), entry.Value, null)));
            }

            foreach (var required in new[] { "original", "language" })
            {
                if (node.Get(required) is null)
                {
                    Report(DiagnosticDescriptors.MissingRequiredField, StartOf(node), $"The bilingual text '{field.Name}'", required,
                        required == "original" ? "the wording in its original language" : "the original's language code, such as fr");
                }
            }

            return _errors == errorsBefore
                ? new ValueModel(ValueKind.Bilingual, string.Empty, fields.ToEquatableArray(), EquatableArray<ValueModel>.Empty, node.Location, null, false)
                : null;
        }

        private static ValueModel? Find(List<FieldValue> values, string name)
        {
            foreach (var value in values)
            {
                if (value.Name == name)
                {
                    return value.Value;
                }
            }

            return null;
        }

        /// <summary>At most 28 digits after the point and 28 significant digits: what decimal holds without rounding.</summary>
        private static bool FitsDecimal(string text)
        {
            var parts = text.TrimStart('-').Split('.');
            var fraction = parts.Length > 1 ? parts[1] : string.Empty;
            var significant = (parts[0] + fraction).TrimStart('0');
            return fraction.Length <= MaxDecimalDigits && significant.Length <= MaxDecimalDigits;
        }

        private bool CheckRange(FieldModel field, YamlNode node, decimal value)
        {
            if ((field.Min is { } min && value < min) || (field.Max is { } max && value > max))
            {
                var range = (field.Min, field.Max) switch
                {
                    ({ } low, { } high) => $"from {low.ToString(CultureInfo.InvariantCulture)} to {high.ToString(CultureInfo.InvariantCulture)}",
                    ({ } low, null) => $"at least {low.ToString(CultureInfo.InvariantCulture)}",
                    _ => $"at most {field.Max!.Value.ToString(CultureInfo.InvariantCulture)}",
                };
                Report(DiagnosticDescriptors.OutOfRange, node.Location, node.Value!, field.Name, range);
                return false;
            }

            return true;
        }

        private static ValueModel Scalar(ValueKind kind, string text, YamlNode node, string? target) =>
            new(kind, text, EquatableArray<FieldValue>.Empty, EquatableArray<ValueModel>.Empty, node.Location, target, false);

        /// <summary>Where to report something missing from a mapping: its first line only, not the whole span.</summary>
        private static TextLocation StartOf(YamlNode node) =>
            node.Entries.Count > 0 ? node.Entries[0].KeyLocation : node.Location with { End = node.Location.Start, EndLine = node.Location.StartLine, EndColumn = node.Location.StartColumn };

        private static string DescribeField(FieldModel field, SchemaModel schema) => field.Type switch
        {
            FieldType.Text => "a single line of text",
            FieldType.MultilineText => "text",
            FieldType.Integer => "a whole number",
            FieldType.Decimal => "a number",
            FieldType.Boolean => "true or false",
            FieldType.PartialDate => "a date such as 2022-01-21, 2022-01 or 2022",
            FieldType.BilingualText => "a bilingual text { original, language, english }",
            FieldType.Reference => field.TargetIsLayer ? $"the id of a fact of the {field.Target} layer" : $"the id of a {field.Target}",
            FieldType.Vocabulary => $"one of: {string.Join(", ", schema.FindVocabulary(field.Target!)?.Values.Select(v => v.Key) ?? Enumerable.Empty<string>())}",
            FieldType.Block => $"a {field.Target} block",
            _ => field.Type.ToString(),
        };
    }
}
