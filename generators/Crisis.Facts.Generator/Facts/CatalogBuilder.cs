using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Crisis.Facts.Generator.Common;
using Crisis.Facts.Generator.Diagnostics;
using Crisis.Facts.Generator.Schema;
using Crisis.Shared;

namespace Crisis.Facts.Generator.Facts;

/// <summary>
/// Everything the emitter needs for the catalog: the schema, the valid facts in a stable order (kinds in schema
/// order, ids ordinal) and the folder that fact locations are given relative to.
/// </summary>
internal sealed record CatalogModel(SchemaModel Schema, EquatableArray<FactModel> Facts, string RootDirectory);

internal sealed record CatalogResult(CatalogModel? Model, EquatableArray<DiagnosticInfo> Diagnostics);

/// <summary>The checks that need every file at once: unique ids, references that resolve to the right kind, sources nobody cites.</summary>
internal static class CatalogBuilder
{
    public static CatalogResult Build(ImmutableArray<BoundFile> files, SchemaModel? schema, ImmutableArray<string> schemaPaths)
    {
        var diagnostics = new List<DiagnosticInfo>();
        if (schema is null || !schema.IsComplete)
        {
            return new CatalogResult(null, EquatableArray<DiagnosticInfo>.Empty);
        }

        var ordered = files.OrderBy(f => f.Path, StringComparer.Ordinal).ToList();
        var byId = new Dictionary<string, FactModel>(StringComparer.Ordinal);
        var unique = new List<FactModel>();
        foreach (var written in ordered.SelectMany(f => f.Facts))
        {
            // The fact's place in the data: what "the order the curators wrote" means to consumers, never a line number.
            var fact = written with { Order = unique.Count };
            if (byId.TryGetValue(fact.Id, out var first))
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.DuplicateId, fact.Path, fact.Location,
                    fact.Id, $"the {first.Kind}", first.Location.DisplayIn(first.Path)).WithOther(first.Path, first.Location));
                continue;
            }

            byId.Add(fact.Id, fact);
            unique.Add(fact);
        }

        var cited = new HashSet<string>(StringComparer.Ordinal);
        var sourceKind = Citations.SourceKind(schema);

        var invalid = new HashSet<string>(StringComparer.Ordinal);
        var idsByKind = unique.GroupBy(f => f.Kind, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Select(f => f.Id).ToList(), StringComparer.Ordinal);
        var unresolved = 0;
        // Ids a file holds where they could not be bound (a file YAML could not read, a section of an unknown kind): that
        // file's error is the mistake, so references to them are not errors of their own.
        var unbound = new HashSet<string>(ordered.SelectMany(f => f.UnboundIds), StringComparer.Ordinal);
        var unboundKinds = new HashSet<string>(ordered.SelectMany(f => f.UnboundKinds), StringComparer.Ordinal);
        // One error per unknown id, at its first reference, naming the others: a misspelt or renamed definition is one mistake.
        var missing = new Dictionary<(string Id, string? Target), List<string>>();
        var missingDiagnostics = new List<(DiagnosticInfo Diagnostic, List<string> Others)>();
        foreach (var fact in unique)
        {
            foreach (var reference in References(fact.Fields))
            {
                if (!byId.TryGetValue(reference.Text, out var target))
                {
                    invalid.Add(fact.Id);
                    if (unbound.Contains(reference.Text) || KindsOf(schema, reference.Target!).Any(unboundKinds.Contains))
                    {
                        continue;
                    }

                    if (missing.TryGetValue((reference.Text, reference.Target), out var others))
                    {
                        others.Add(reference.Location.DisplayIn(fact.Path));
                        continue;
                    }

                    others = new List<string>();
                    missing.Add((reference.Text, reference.Target), others);
                    var sameKind = KindsOf(schema, reference.Target!).SelectMany(k => idsByKind.TryGetValue(k, out var ids) ? ids : new List<string>()).ToList();
                    // Suggestions cost an edit distance per candidate: offer them for the first references only, so a
                    // bulk rename that breaks thousands of references still compiles in seconds.
                    var hint = ++unresolved <= MaxSuggestedReferences ? Suggestions.DidYouMean(reference.Text, sameKind.Count > 0 ? sameKind : byId.Keys) : string.Empty;
                    missingDiagnostics.Add((reference.IsCitationSource
                        ? DiagnosticInfo.Create(DiagnosticDescriptors.UnknownSource, fact.Path, reference.Location, reference.Text, hint, sameKind.Count == 0 ? "none" : string.Join(", ", sameKind))
                        : DiagnosticInfo.Create(DiagnosticDescriptors.UnresolvedReference, fact.Path, reference.Location, reference.Text, Describe(schema, reference.Target!), hint), others));
                    continue;
                }

                if (!KindsOf(schema, reference.Target!).Contains(target.Kind))
                {
                    invalid.Add(fact.Id);
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.WrongReferenceKind, fact.Path, reference.Location,
                        reference.Text, Naming.WithArticle(target.Kind), reference.Field, Roles.IsLayerTarget(reference.Target, out _) ? "a " + Describe(schema, reference.Target!) : Naming.WithArticle(reference.Target!)).WithOther(target.Path, target.Location));
                    continue;
                }

                if (reference.Text == fact.Id)
                {
                    invalid.Add(fact.Id);
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.SelfReference, fact.Path, reference.Location, fact.Kind, fact.Id, reference.Field));
                    continue;
                }

                if (reference.IsCitationSource)
                {
                    cited.Add(target.Id);
                }
            }
        }

        foreach (var cycle in Cycles(unique, byId, invalid))
        {
            diagnostics.Add(cycle);
        }

        foreach (var (diagnostic, others) in missingDiagnostics)
        {
            diagnostics.Add(others.Count == 0 ? diagnostic : WithOtherReferences(diagnostic, others));
        }

        // A file that could not be bound in full may hold the citations a source lacks: say nothing rather than guess.
        var uncited = ordered.All(f => f.IsComplete) ? unique.Where(f => f.Kind == sourceKind && !cited.Contains(f.Id)) : Enumerable.Empty<FactModel>();
        foreach (var source in uncited)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UncitedSource, source.Path, source.Location, source.Id));
        }

        var kindOrder = schema.Kinds.Select((k, i) => (k.Name, i)).ToDictionary(p => p.Name, p => p.i, StringComparer.Ordinal);
        var emitted = LeaveOutBroken(unique.Where(f => f.IsValid && !invalid.Contains(f.Id)).ToList())
            .OrderBy(f => kindOrder.TryGetValue(f.Kind, out var order) ? order : int.MaxValue)
            .ThenBy(f => f.Id, StringComparer.Ordinal)
            .ToEquatableArray();
        var root = ProjectPaths.CommonDirectory(ordered.Select(f => f.Path).Concat(schemaPaths));
        return new CatalogResult(new CatalogModel(schema, emitted, root), diagnostics.ToEquatableArray());
    }

    /// <summary>
    /// Chains of a single reference to the same kind (a place's 'within', an actor's 'affiliation') that come back to where
    /// they started: no fact of the chain can be inside or part of the next. One error per chain, at the reference of its
    /// fact whose id sorts first; the facts of the chain are left out.
    /// </summary>
    private static IEnumerable<DiagnosticInfo> Cycles(List<FactModel> facts, Dictionary<string, FactModel> byId, HashSet<string> invalid)
    {
        var reported = new HashSet<(string Field, string Id)>();
        foreach (var fact in facts.OrderBy(f => f.Id, StringComparer.Ordinal))
        {
            foreach (var field in fact.Fields.Where(f => f.Value.Kind == ValueKind.Reference && f.Value.Target == fact.Kind))
            {
                if (reported.Contains((field.Name, fact.Id)))
                {
                    continue;
                }

                var chain = new List<FactModel> { fact };
                while (Next(chain[chain.Count - 1], field.Name, byId) is { } next && next.Id != chain[chain.Count - 1].Id && !chain.Skip(1).Contains(next))
                {
                    if (next.Id != fact.Id)
                    {
                        chain.Add(next);
                        continue;
                    }

                    foreach (var member in chain)
                    {
                        reported.Add((field.Name, member.Id));
                        invalid.Add(member.Id);
                    }

                    var links = string.Join(", which has ", chain.Select((f, i) => $"'{field.Name}: {chain[(i + 1) % chain.Count].Id}'"));
                    yield return DiagnosticInfo.Create(DiagnosticDescriptors.ReferenceCycle, fact.Path, field.Value.Location, fact.Kind, fact.Id, links, field.Name);
                    break;
                }
            }
        }
    }

    /// <summary>The fact of the same kind that <paramref name="fact"/>'s single reference <paramref name="field"/> names, if any.</summary>
    private static FactModel? Next(FactModel fact, string field, Dictionary<string, FactModel> byId) =>
        fact.Fields.Find(field) is { Kind: ValueKind.Reference } value &&
        byId.TryGetValue(value.Text, out var next) && next.Kind == fact.Kind ? next : null;

    /// <summary>The kinds a reference may name: its kind, or every kind of its layer ("layer:evidence").</summary>
    private static IEnumerable<string> KindsOf(SchemaModel schema, string target) =>
        Roles.IsLayerTarget(target, out var layer) ? schema.Kinds.Where(k => Roles.Name(k.Layer) == layer).Select(k => k.Name) : new[] { target };

    /// <summary>What a reference must name, in words: "actor", or "fact of the evidence layer (event, statement or estimate)".</summary>
    private static string Describe(SchemaModel schema, string target)
    {
        if (!Roles.IsLayerTarget(target, out var layer))
        {
            return target;
        }

        var kinds = KindsOf(schema, target).ToList();
        var list = kinds.Count <= 1 ? string.Join(string.Empty, kinds) : string.Join(", ", kinds.Take(kinds.Count - 1)) + " or " + kinds[kinds.Count - 1];
        return $"fact of the {layer} layer ({list})";
    }

    /// <summary>The places an unknown id is also referenced at, added to the hint of its one error (the first few, then a count).</summary>
    private static DiagnosticInfo WithOtherReferences(DiagnosticInfo diagnostic, List<string> others)
    {
        const int Listed = 5;
        var places = string.Join(", ", others.Take(Listed)) + (others.Count > Listed ? $" and {others.Count - Listed} more" : string.Empty);
        var arguments = diagnostic.Arguments.ToArray();
        var hint = diagnostic.Id == DiagnosticDescriptors.UnknownSource.Id ? 1 : 2;
        arguments[hint] += $" It is also referenced at {places}.";
        return diagnostic with { Arguments = arguments.ToEquatableArray() };
    }

    /// <summary>Above this many unresolved references, no "did you mean" is computed.</summary>
    public const int MaxSuggestedReferences = 100;

    /// <summary>
    /// Leaves out, until nothing changes, valid facts that refer to a fact left out for its own errors: the generated
    /// catalog must never hold a reference it cannot resolve (the error on the other fact already fails the build).
    /// </summary>
    private static List<FactModel> LeaveOutBroken(List<FactModel> facts)
    {
        while (true)
        {
            var kept = new HashSet<string>(facts.Select(f => f.Id), StringComparer.Ordinal);
            var next = facts.Where(f => References(f.Fields).All(r => kept.Contains(r.Text))).ToList();
            if (next.Count == facts.Count)
            {
                return facts;
            }

            facts = next;
        }
    }

    private static IEnumerable<(string Field, string Text, string? Target, TextLocation Location, bool IsCitationSource)> References(EquatableArray<FieldValue> fields)
    {
        foreach (var field in fields)
        {
            foreach (var reference in References(field.Name, field.Value))
            {
                yield return reference;
            }
        }
    }

    private static IEnumerable<(string Field, string Text, string? Target, TextLocation Location, bool IsCitationSource)> References(string name, ValueModel value)
    {
        switch (value.Kind)
        {
            case ValueKind.Reference:
                yield return (name, value.Text, value.Target, value.Location, value.IsCitationSource);
                break;
            case ValueKind.List:
                foreach (var item in value.Items)
                {
                    foreach (var reference in References(name, item))
                    {
                        yield return reference;
                    }
                }

                break;
            case ValueKind.Block:
                foreach (var reference in References(value.Fields))
                {
                    yield return reference;
                }

                break;
        }
    }
}
