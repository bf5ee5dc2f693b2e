using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Text;
using Crisis.Facts.Generator.Common;
using Crisis.Facts.Generator.Facts;
using Crisis.Facts.Generator.Schema;
using Crisis.Shared;

namespace Crisis.Facts.Generator.Emit;

/// <summary>
/// Emits the facts themselves: <c>Facts.Catalog</c>, and one file per kind with a named property per fact and the
/// facts' values in the compact form of <see cref="CompactData"/>, decoded when the catalog is first used.
/// </summary>
internal static class FactDataEmitter
{
    /// <summary>Facts per UTF-8 literal: keeps each generated line to some hundred kilobytes.</summary>
    public const int ChunkSize = 500;

    /// <summary>
    /// What the emitted files say of each fact: its summary line and its compact data, in catalog order. Positions are
    /// gone (an edit that only shifts text leaves this equal, so nothing is re-emitted) and so is the bound model's shape:
    /// the pipeline keeps strings, not a copy of every value.
    /// </summary>
    public static EncodedFacts Encode(CatalogModel model)
    {
        var kinds = model.Schema.Kinds.ToDictionary(k => k.Name, k => k, System.StringComparer.Ordinal);
        var facts = ImmutableArray.CreateBuilder<EncodedFact>(model.Facts.Count);
        var data = new StringBuilder();
        foreach (var fact in model.Facts)
        {
            var kind = kinds[fact.Kind];
            var where = DefinedAt(model, fact);
            var label = Label(kind, fact);
            data.Clear();
            CompactData.Append(data, kind, fact, where, model.Schema);
            facts.Add(new EncodedFact(fact.Kind, fact.Id, label is null ? $"'{fact.Id}' ({where})." : $"{FirstLine(label)} ('{fact.Id}', {where}).", data.ToString()));
        }

        return new EncodedFacts(model.Schema, new EquatableArray<EncodedFact>(facts.MoveToImmutable()));
    }

    public static IEnumerable<(string HintName, string Source)> Emit(CatalogModel model) => Emit(Encode(model));

    public static IEnumerable<(string HintName, string Source)> Emit(EncodedFacts model)
    {
        if (model.Failure is not null)
        {
            throw new System.InvalidOperationException(model.Failure); // reported as FACT900 by the pipeline
        }

        var schema = model.Schema;
        var types = new TypeNames(schema.Namespace);
        var byKind = model.Facts.GroupBy(f => f.Kind).ToDictionary(g => g.Key, g => g.ToList());
        yield return ("Facts.g.cs", Root(schema, types));
        foreach (var kind in schema.Kinds)
        {
            var facts = byKind.TryGetValue(kind.Name, out var list) ? list : new List<EncodedFact>();
            yield return ($"Facts.{kind.Plural}.g.cs", Kind(schema, kind, facts, types));
        }
    }

    private static string Root(SchemaModel schema, TypeNames types)
    {
        var writer = SourceWriter.ForNamespace(schema.Namespace);
        var catalog = types.Qualified("FactCatalog");
        writer.Summary("The compiled fact base: every fact in the data files, checked at build time.")
            .Line(SourceWriter.GeneratedCodeAttribute)
            .Open("public static partial class Facts")
            .Summary("Every fact, by kind and by id. References between facts were checked when the data was compiled; each kind's facts\nare decoded from the compiled data when the catalog first needs them.")
            .Line($"public static {catalog} Catalog {{ get; }} = new {catalog}(new __CompiledFacts());")
            .Line()
            .Summary("What the catalog asks for, a kind at a time: the facts of that kind, decoded.")
            .Open($"private sealed class __CompiledFacts : {catalog}.{GeneratedNames.CompiledFactsType}");
        foreach (var kind in schema.Kinds)
        {
            var plural = Naming.Pascal(kind.Plural);
            writer.Line($"{TypeNames.ImmutableArray(types.Kind(kind.Name))} {catalog}.{GeneratedNames.CompiledFactsType}.{plural}() => __Create{plural}();");
        }

        writer.Close().Close();
        return writer.ToString();
    }

    private static string Kind(SchemaModel schema, KindModel kind, List<EncodedFact> facts, TypeNames types)
    {
        var plural = Naming.Pascal(kind.Plural);
        var record = types.Kind(kind.Name);
        var writer = SourceWriter.ForNamespace(schema.Namespace);
        writer.Open("public static partial class Facts");
        if (kind.Named)
        {
            writer.Summary($"Every {kind.Name} in the fact base, as a property named after its id.")
                .Line(SourceWriter.GeneratedCodeAttribute)
                .Open($"public static class {plural}");
            var catalogCollection = $"{types.Qualified("Facts")}.Catalog.{plural}";
            for (var index = 0; index < facts.Count; index++)
            {
                var fact = facts[index];
                var member = Naming.Pascal(fact.Id);
                if (member == plural)
                {
                    member += "_";
                }

                // The facts are emitted in the catalog's order (by id), so a fact is found by its position: no lookup to bind.
                writer.Line($"/// <summary>{SourceWriter.EscapeXml(fact.Summary)}</summary>")
                    .Line($"public static {record} {member} => {catalogCollection}[{index.ToString(CultureInfo.InvariantCulture)}];");
            }

            writer.Close().Line();
        }

        // The data: one UTF-8 literal per chunk of facts, which the compiler stores as bytes without binding anything in it.
        // One method decodes them all into an array the immutable array then wraps (no builder to compile at start-up).
        var chunks = facts.Select((fact, index) => (fact, index)).GroupBy(p => p.index / ChunkSize, p => p.fact).ToList();
        var reader = types.Qualified(GeneratedNames.ReaderType);
        writer.Open($"private static {TypeNames.ImmutableArray(record)} __Create{plural}()");
        if (facts.Count == 0)
        {
            writer.Line($"return {TypeNames.ImmutableArray(record)}.Empty;");
        }
        else
        {
            writer.Line($"var facts = new {record}[{facts.Count.ToString(CultureInfo.InvariantCulture)}];")
                .Line("var next = 0;");
            foreach (var chunk in chunks)
            {
                writer.Line($"{(chunk.Key == 0 ? "var reader" : "reader")} = new {reader}(__{plural}Data{chunk.Key.ToString(CultureInfo.InvariantCulture)});")
                    .Open("while (!reader.AtEnd)")
                    .Line($"facts[next++] = {record}.{GeneratedNames.ReadFromMember}(ref reader);")
                    .Close();
            }

            writer.Line("return global::System.Runtime.InteropServices.ImmutableCollectionsMarshal.AsImmutableArray(facts);");
        }

        writer.Close();
        foreach (var chunk in chunks)
        {
            var data = new StringBuilder();
            foreach (var fact in chunk)
            {
                data.Append(fact.Data);
            }

            writer.Line().Line($"private static global::System.ReadOnlySpan<byte> __{plural}Data{chunk.Key.ToString(CultureInfo.InvariantCulture)} => {SourceWriter.Literal(data.ToString())}u8;");
        }

        writer.Close();
        return writer.ToString();
    }

    /// <summary>What names the fact in IntelliSense: the value of its field with the role label (a bilingual text's English, else its original).</summary>
    private static string? Label(KindModel kind, FactModel fact)
    {
        var field = kind.FieldWith(FieldRole.Label);
        var value = field is null ? null : fact.Fields.Find(field.Name);
        if (value is { Kind: ValueKind.Bilingual } bilingual)
        {
            return bilingual.Fields.Find("english")?.Text ?? bilingual.Fields.Find("original")?.Text;
        }

        return string.IsNullOrEmpty(value?.Text) ? null : value!.Text;
    }

    private static string DefinedAt(CatalogModel model, FactModel fact) =>
        ProjectPaths.Relative(fact.Path, model.RootDirectory) + ":" + (fact.Location.StartLine + 1).ToString(CultureInfo.InvariantCulture);

    private static string FirstLine(string text)
    {
        var line = text.Split(TextRules.LineBreaks)[0];
        if (line.Length <= 100)
        {
            return line;
        }

        var cut = char.IsHighSurrogate(line[96]) ? 96 : 97; // never split a surrogate pair
        return line.Substring(0, cut) + "...";
    }
}

/// <summary>The facts as the emitted files hold them (see <see cref="FactDataEmitter.Encode"/>), with the schema they follow.</summary>
internal sealed record EncodedFacts(SchemaModel Schema, EquatableArray<EncodedFact> Facts, string? Failure = null);

/// <summary>One fact as emitted: its kind and id, the summary of its named property, and its compact data.</summary>
internal readonly record struct EncodedFact(string Kind, string Id, string Summary, string Data);
