using System.Linq;
using Crisis.Facts.Generator.Common;
using Crisis.Facts.Generator.Schema;

namespace Crisis.Facts.Generator.Emit;

/// <summary>Emits <c>FactCatalog</c>: collections per kind, typed lookup, and the checks a hand-built catalog needs.</summary>
internal static class CatalogClassEmitter
{
    public static string Emit(SchemaModel schema, TypeNames types)
    {
        const string Immutable = "global::System.Collections.Immutable";
        var kinds = schema.Kinds.ToArray();
        var writer = SourceWriter.ForNamespace(schema.Namespace);
        writer.Summary("All facts, by kind and by id. The compiled fact base is Facts.Catalog; tests may build their own.")
            .Line(SourceWriter.GeneratedCodeAttribute)
            .Open("public sealed partial class FactCatalog");
        // The compiled fact base (Facts.Catalog) decodes a kind when it is first used: its collection stays default until
        // then, and so do the index by id and All, which need every kind. A catalog made in code has them all from the start.
        writer.Line($"private readonly {GeneratedNames.CompiledFactsType}? __compiled;")
            .Line("private global::System.Collections.Generic.Dictionary<string, IFact>? __byId;")
            .Line($"private {Immutable}.ImmutableArray<IFact> __all;");
        foreach (var kind in kinds)
        {
            writer.Line($"private {TypeNames.ImmutableArray(types.Kind(kind.Name))} {Field(kind)};");
        }

        writer.Line();

        var parameters = string.Join(",\n        ", kinds.Select(k => $"global::System.Collections.Generic.IEnumerable<{types.Kind(k.Name)}>? {Camel(k.Plural)} = null"));
        writer.Summary("Builds a catalog from facts made in code (for tests and tools): sorts each kind by id and throws\n<see cref=\"global::System.ArgumentException\"/> listing duplicate ids and references that do not resolve.", isXml: true)
            .Line($"public FactCatalog(\n        {parameters})");
        writer.Line($"    : this({string.Join(", ", kinds.Select(k => $"Sorted({Camel(k.Plural)})").Concat(new[] { "__validate: true" }))})").Line("{").Line("}").Line();

        writer.Summary("Builds a catalog from facts of any kinds made in code (a copy of another catalog with one fact replaced, say): sorts\nthem by kind and id and checks them as the other constructor does; a fact of a type that is no kind of this schema is\nan <see cref=\"global::System.ArgumentException\"/>.", isXml: true)
            .Line($"public FactCatalog(global::System.Collections.Generic.IEnumerable<IFact> facts)")
            .Line($"    : this(__Known(facts), __validate: true)").Line("{").Line("}").Line();
        writer.Line($"private FactCatalog(IFact[] facts, bool __validate)");
        writer.Line($"    : this({string.Join(", ", kinds.Select(k => $"Sorted(global::System.Linq.Enumerable.OfType<{types.Kind(k.Name)}>(facts))").Concat(new[] { "__validate" }))})").Line("{").Line("}").Line();
        writer.Open("private static IFact[] __Known(global::System.Collections.Generic.IEnumerable<IFact> facts)")
            .Open("if (facts is null)").Line("throw new global::System.ArgumentNullException(nameof(facts));").Close()
            .Line("var all = global::System.Linq.Enumerable.ToArray(facts);")
            .Open("foreach (var fact in all)")
            .Open(kinds.Length == 0 ? "if (fact is not null)" : $"if (fact is not ({string.Join(" or ", kinds.Select(k => types.Kind(k.Name)))}))")
            .Line("throw new global::System.ArgumentException(fact is null ? \"A fact is null.\" : $\"'{fact.Key}' is a {fact.GetType().Name}, no kind of fact of this schema.\", nameof(facts));")
            .Close().Close()
            .Line("return all;")
            .Close().Line();

        writer.Summary("The compiled fact base: each kind is decoded when it is first used (the data was checked when it was compiled).")
            .Open($"internal FactCatalog({GeneratedNames.CompiledFactsType} compiled)")
            .Line("__compiled = compiled;")
            .Close().Line();

        writer.Summary("The compiled facts, a kind at a time (generated from the data into Facts).")
            .Open($"internal interface {GeneratedNames.CompiledFactsType}");
        foreach (var kind in kinds)
        {
            writer.Line($"{TypeNames.ImmutableArray(types.Kind(kind.Name))} {Naming.Pascal(kind.Plural)}();");
        }

        writer.Close().Line();

        writer.Open($"internal FactCatalog({string.Join(", ", kinds.Select(k => $"{TypeNames.ImmutableArray(types.Kind(k.Name))} {Camel(k.Plural)}").Concat(new[] { "bool __validate" }))})");
        writer.Line("// Locals start with __: no name derived from the schema can (kind plurals become parameters here).")
            .Line("var __duplicates = new global::System.Collections.Generic.List<string>();")
            .Line("__byId = new global::System.Collections.Generic.Dictionary<string, IFact>(global::System.StringComparer.Ordinal);");
        foreach (var kind in kinds)
        {
            writer.Line($"{Field(kind)} = {Camel(kind.Plural)};");
            writer.Open($"foreach (var __fact in {Field(kind)})").Line("Add(__fact, __duplicates);").Close();
        }

        writer.Open("if (__validate)").Line("Validate(__duplicates);").Close();
        writer.Close().Line();

        foreach (var kind in kinds)
        {
            var plural = Naming.Pascal(kind.Plural);
            writer.Summary($"Every {kind.Name}, sorted by id (ordinal).")
                .Open($"public {TypeNames.ImmutableArray(types.Kind(kind.Name))} {plural}")
                .Open("get")
                .Open($"if ({Field(kind)}.IsDefault)")
                .Line($"{Immutable}.ImmutableInterlocked.InterlockedInitialize(ref {Field(kind)}, __compiled!.{plural}());")
                .Close()
                .Line($"return {Field(kind)};")
                .Close()
                .Close().Line();
        }

        writer.Summary("Every fact of every kind, sorted by id (ordinal).")
            .Open($"public {Immutable}.ImmutableArray<IFact> All")
            .Open("get")
            .Open("if (__all.IsDefault)")
            .Line($"{Immutable}.ImmutableInterlocked.InterlockedInitialize(ref __all, {Immutable}.ImmutableArray.CreateRange(global::System.Linq.Enumerable.OrderBy(__ById.Values, f => f.Key, global::System.StringComparer.Ordinal)));")
            .Close()
            .Line("return __all;")
            .Close()
            .Close().Line();

        writer.Summary("Every fact by id: made on the first lookup of an id of any kind (a lookup by a kind's id searches that kind only).")
            .Line("private global::System.Collections.Generic.Dictionary<string, IFact> __ById => __byId ?? __Index();").Line();
        writer.Open("private global::System.Collections.Generic.Dictionary<string, IFact> __Index()")
            .Line($"var index = new global::System.Collections.Generic.Dictionary<string, IFact>({(kinds.Length == 0 ? "" : string.Join(" + ", kinds.Select(k => Naming.Pascal(k.Plural) + ".Length")) + ", ")}global::System.StringComparer.Ordinal);");
        foreach (var kind in kinds)
        {
            writer.Open($"foreach (var fact in {Naming.Pascal(kind.Plural)})").Line("index.Add(fact.Id.Value, fact);").Close();
        }

        writer.Line("global::System.Threading.Interlocked.CompareExchange(ref __byId, index, null);")
            .Line("return __byId;")
            .Close().Line();
        writer.Summary("How many facts of each kind, in schema order (kind name, count).")
            .Line($"public global::System.Collections.Generic.IReadOnlyList<global::System.Collections.Generic.KeyValuePair<string, int>> CountsByKind => new global::System.Collections.Generic.KeyValuePair<string, int>[]")
            .Line("{");
        foreach (var kind in kinds)
        {
            writer.Line($"    new({SourceWriter.Literal(kind.Name)}, {Naming.Pascal(kind.Plural)}.Length),");
        }

        writer.Line("};").Line();
        writer.Summary("The fact with this id, of any kind; null when there is none.")
            .Line("public IFact? Find(string id) => __ById.TryGetValue(id, out var fact) ? fact : null;").Line();
        writer.Summary("The fact with this id, of any kind; throws <see cref=\"global::System.Collections.Generic.KeyNotFoundException\"/> naming the id when there is none.", isXml: true)
            .Line($"public IFact this[{types.Qualified(GeneratedNames.AnyIdType)} id] => (id.Value is null ? null : Find(id.Value)) ?? throw new global::System.Collections.Generic.KeyNotFoundException($\"No fact has the id '{{id.Value}}'.\");").Line();
        writer.Summary("The facts of a kind (by its schema name), sorted by id; empty for a name that is no kind.")
            .Open($"public {Immutable}.ImmutableArray<IFact> OfKind(string kind) => kind switch");
        foreach (var kind in kinds)
        {
            writer.Line($"{SourceWriter.Literal(kind.Name)} => {Immutable}.ImmutableArray<IFact>.CastUp({Naming.Pascal(kind.Plural)}),");
        }

        writer.Line($"_ => {Immutable}.ImmutableArray<IFact>.Empty,").Close(";").Line();
        RoleEmitter.CatalogMembers(writer, schema, types);

        foreach (var kind in kinds)
        {
            var record = types.Kind(kind.Name);
            var id = types.Id(kind.Name);
            writer.Summary($"The {kind.Name} with this id; throws <see cref=\"global::System.Collections.Generic.KeyNotFoundException\"/> naming the id when there is none.", isXml: true)
                .Line($"public {record} this[{id} id] => TryGet(id, out var fact) ? fact : throw new global::System.Collections.Generic.KeyNotFoundException($\"No {kind.Name} has the id '{{id.Value}}'.\");").Line();
            writer.Summary($"Looks up {Naming.WithArticle(kind.Name)} by id.")
                .Open($"public bool TryGet({id} id, [global::System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out {record}? fact)")
                .Line($"fact = id.Value is null ? null : __Search({Naming.Pascal(kind.Plural)}, id.Value);")
                .Line("return fact is not null;")
                .Close().Line();
            writer.Summary($"The {kind.Plural} these ids name, in the same order.")
                .Line($"public {TypeNames.ImmutableArray(record)} Resolve({TypeNames.ImmutableArray(id)} ids) => {Immutable}.ImmutableArray.CreateRange(global::System.Linq.Enumerable.Select(ids, id => this[id]));").Line();
        }

        writer.Summary("The fact of a kind with this id: a binary search, as every kind is sorted by id (ordinal).")
            .Line("private static T? __Search<T>(" + Immutable + ".ImmutableArray<T> facts, string id)")
            .Open("    where T : class, IFact")
            .Line("var low = 0;")
            .Line("var high = facts.Length - 1;")
            .Open("while (low <= high)")
            .Line("var middle = low + ((high - low) / 2);")
            .Line("var order = string.CompareOrdinal(facts[middle].Key, id);")
            .Open("if (order == 0)").Line("return facts[middle];").Close()
            .Open("if (order < 0)").Line("low = middle + 1;").Close()
            .Open("else").Line("high = middle - 1;").Close()
            .Close()
            .Line("return null;")
            .Close().Line();

        writer.Open("private void Add(IFact fact, global::System.Collections.Generic.List<string> duplicates)")
            .Open("if (!__byId!.ContainsKey(fact.Key))").Line("__byId.Add(fact.Key, fact);").Close()
            .Open("else").Line("duplicates.Add($\"duplicate id '{fact.Key}' ({fact.Kind} and {__byId[fact.Key].Kind})\");").Close()
            .Close().Line();

        const string References = "global::System.Collections.Generic.List<(string Field, string Kind, string Id)>";
        writer.Open("private void Validate(global::System.Collections.Generic.List<string> problems)")
            .Line($"var references = new {References}();");
        foreach (var kind in kinds)
        {
            writer.Open($"foreach (var fact in {Naming.Pascal(kind.Plural)})")
                .Line("references.Clear();")
                .Line("fact.CollectReferences(references);")
                .Line("CheckReferences(fact.Id.Value, references, problems);")
                .Close();
        }

        writer.Open("if (problems.Count > 0)")
            .Line("throw new global::System.ArgumentException(\"The facts do not form a valid catalog:\\n\" + string.Join(\"\\n\", problems));")
            .Close()
            .Close().Line();

        writer.Open($"private void CheckReferences(string factId, {References} references, global::System.Collections.Generic.List<string> problems)")
            .Open("foreach (var (field, kind, id) in references)")
            .Line("var target = Find(id);")
            .Open("if (target is null)").Line("problems.Add($\"{factId}.{field}: no {__Named(kind)} has the id '{id}'\");").Close()
            .Open("else if (!__Accepts(kind, target.Kind))").Line("problems.Add($\"{factId}.{field}: '{id}' is of kind {target.Kind}, not {__Named(kind)}\");").Close()
            .Close()
            .Close().Line();

        // A reference names one kind, or any kind of a layer ("layer:evidence").
        writer.Open("private static bool __Accepts(string target, string kind) => target switch");
        foreach (var layer in kinds.GroupBy(k => k.Layer))
        {
            writer.Line($"{SourceWriter.Literal(Roles.LayerTarget(Roles.Name(layer.Key)))} => kind is {string.Join(" or ", layer.Select(k => SourceWriter.Literal(k.Name)))},");
        }

        writer.Line("_ => target == kind,").Close(";").Line();
        writer.Line("private static string __Named(string target) => target.StartsWith(\"layer:\", global::System.StringComparison.Ordinal) ? \"fact of the \" + target.Substring(6) + \" layer\" : target;").Line();

        writer.Line($"private static {Immutable}.ImmutableArray<T> Sorted<T>(global::System.Collections.Generic.IEnumerable<T>? facts)")
            .Line("    where T : IFact =>")
            .Line($"    facts is null ? {Immutable}.ImmutableArray<T>.Empty : {Immutable}.ImmutableArray.CreateRange(global::System.Linq.Enumerable.OrderBy(facts, f => f.Key, global::System.StringComparer.Ordinal));");
        writer.Close();
        return writer.ToString();
    }

    /// <summary>
    /// The field that holds a kind's facts once decoded (<c>__sourcesFacts</c>): no name derived from the schema starts
    /// with "__", and no other field of the catalog ends with "Facts".
    /// </summary>
    private static string Field(KindModel kind) => "__" + Camel(kind.Plural).TrimStart('@') + "Facts";

    private static string Camel(string kebab)
    {
        var pascal = Naming.Pascal(kebab);
        var camel = char.ToLowerInvariant(pascal[0]) + pascal.Substring(1);
        return "@" + camel;
    }
}
