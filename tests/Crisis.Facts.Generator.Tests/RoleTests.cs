using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Runtime.Loader;
using System.Text;
using System.Text.Json;
using Crisis.Facts.Generator.Emit;
using Crisis.Facts.Generator.Schema;
using Crisis.Facts.Generator.Tests.Samples;
using Crisis.Facts.Generator.Tests.Support;
using Crisis.Facts.Generator.Yaml;
using static Crisis.Snapshots.Verifier;

namespace Crisis.Facts.Generator.Tests;

/// <summary>
/// Roles, layers and what they become: the generated code compiled, loaded and used as a consumer uses it (a reply dated,
/// involved and tagged through the estimate it answers; the catalog by kind; every fact written as JSON with the
/// schema's names), references to a layer checked like references to a kind, and the fingerprint of the facts' shape.
/// </summary>
public class RoleTests
{
    private const string FactsPath = "/data/facts/roles.yaml";

    /// <summary>The sample's generated assembly, loaded; <paramref name="use"/> runs against its compiled catalog.</summary>
    private static T WithSample<T>(Func<Assembly, object, T> use)
    {
        var (result, output) = GeneratorHarness.Run((GeneratorHarness.SchemaPath, Sample.Schema), (Sample.FactsPath, Sample.Facts));
        Assert.Empty(result.Diagnostics);
        Assert.Empty(GeneratorHarness.CompilationErrors(output));
        using var stream = new MemoryStream();
        Assert.True(output.Emit(stream, cancellationToken: TestContext.Current.CancellationToken).Success);
        var context = new AssemblyLoadContext("roles", isCollectible: true);
        try
        {
            stream.Position = 0;
            var assembly = context.LoadFromStream(stream);
            var catalog = assembly.GetType("Sample.Facts.Facts")!.GetProperty("Catalog")!.GetValue(null)!;
            return use(assembly, catalog);
        }
        finally
        {
            context.Unload();
        }
    }

    private static object? Call(object target, string method, params object?[] arguments) =>
        target.GetType().GetMethods().Single(m => m.Name == method && m.GetParameters().Length == arguments.Length && m.GetParameters()[0].ParameterType.Name is "IFact" or "String").Invoke(target, arguments);

    private static object Find(object catalog, string id) => Call(catalog, "Find", id)!;

    private static string Text(object? value) => value switch
    {
        null => "null",
        IEnumerable items and not string => "[" + string.Join(", ", items.Cast<object>()) + "]",
        _ => Convert.ToString(value, CultureInfo.InvariantCulture)!,
    };

    [Fact]
    public void A_fact_without_a_date_of_its_own_has_the_date_parties_and_topics_of_the_fact_it_answers()
    {
        var (date, parties, topics, inherited) = WithSample((_, catalog) =>
        {
            var reply = Find(catalog, "nato-reply");
            return (Text(Call(catalog, "WhenOf", reply)), Text(Call(catalog, "PartiesOf", reply)), Text(Call(catalog, "TopicsOf", reply)),
                ((dynamic)Call(catalog, "InheritedFrom", reply)!).Id.ToString());
        });

        Assert.Equal("~2022-02-12", date); // the estimate's: the reply gives no date
        Assert.Equal("[nato, united-states]", parties); // its own, then the estimate's estimator
        Assert.Equal("[Military, NatoEnlargement]", topics); // the estimate's: the reply has no topics field
        Assert.Equal("troops-near-ukraine-130000", inherited);
    }

    [Fact]
    public void Each_record_implements_the_interfaces_of_its_roles()
    {
        var roles = WithSample((assembly, catalog) =>
        {
            var reply = Find(catalog, "nato-reply");
            string Member(string role, object fact) => Text(assembly.GetType($"Sample.Facts.I{role}Fact")!.GetProperty(role)!.GetValue(fact));
            return new[]
            {
                Member("Parties", reply), Member("Counterparts", reply), Member("Label", reply), Member("Inherits", reply),
                Member("Date", reply), Member("Label", Find(catalog, "article-001")), Member("Topics", Find(catalog, "troops-near-ukraine-130000")),
            };
        });

        Assert.Equal(["[nato]", "[united-states]", "NATO takes note of the figure.", "troops-near-ukraine-130000", "null", "The Biden-Putin call is inconclusive", "[Military, NatoEnlargement]"], roles);
    }

    [Fact]
    public void The_catalog_gives_facts_by_kind_rebuilds_from_facts_of_any_kind_and_resolves_a_reference_to_a_layer()
    {
        var (kinds, rebuilt, evidence) = WithSample((assembly, catalog) =>
        {
            var kinds = string.Join(", ", ((IEnumerable)assembly.GetType("Sample.Facts.FactSchema")!.GetProperty("Kinds")!.GetValue(null)!).Cast<object>()
                .Select(k => $"{((dynamic)k).Name}:{((IEnumerable)Call(catalog, "OfKind", (string)((dynamic)k).Name)!).Cast<object>().Count()}:{((dynamic)k).Layer}"));
            var all = catalog.GetType().GetProperty("All")!.GetValue(catalog)!;
            var iFact = assembly.GetType("Sample.Facts.IFact")!;
            var constructor = catalog.GetType().GetConstructor([typeof(IEnumerable<>).MakeGenericType(iFact)])!;
            var copy = constructor.Invoke([all]);
            var judgment = Find(catalog, "force-massed");
            var items = (IEnumerable)judgment.GetType().GetProperty("Evidence")!.GetValue(judgment)!;
            var indexer = catalog.GetType().GetProperties().Single(p => p.GetIndexParameters() is [{ ParameterType.Name: "FactId" }]);
            var named = items.Cast<object>().Select(id => (string)iFact.GetProperty("Kind")!.GetValue(indexer.GetValue(catalog, [id]))!).ToList();
            return (kinds, ((IEnumerable)copy.GetType().GetProperty("All")!.GetValue(copy)!).Cast<object>().Count(), string.Join(", ", named));
        });

        Assert.Equal("source:1:Reference, actor:2:Reference, estimate:1:Evidence, reply:1:Evidence, judgment:1:Analysis", kinds);
        Assert.Equal(6, rebuilt);
        Assert.Equal("estimate, reply", evidence);
    }

    [Fact]
    public Task Every_fact_writes_itself_as_JSON_with_the_schema_names()
    {
        var json = WithSample((_, catalog) =>
        {
            var buffer = new MemoryStream();
            using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, NewLine = "\n", Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
            {
                writer.WriteStartArray();
                foreach (var fact in (IEnumerable)catalog.GetType().GetProperty("All")!.GetValue(catalog)!)
                {
                    fact.GetType().GetMethod("WriteJson")!.Invoke(fact, [writer]);
                }

                writer.WriteEndArray();
            }

            return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
        });

        return Verify(json, "json");
    }

    [Fact]
    public void Vocabulary_values_and_integer_values_carry_their_reader_labels()
    {
        var labels = WithSample((assembly, _) =>
        {
            var reliability = assembly.GetType("Sample.Facts.Reliability")!;
            var label = assembly.GetType("Sample.Facts.ReliabilityExtensions")!.GetMethod("Label")!;
            var citation = ((dynamic)assembly.GetType("Sample.Facts.FactSchema")!.GetMethod("Block")!.Invoke(null, ["citation"])!).Field("credibility");
            return new[]
            {
                (string)label.Invoke(null, [Enum.Parse(reliability, "A")])!, (string)label.Invoke(null, [Enum.Parse(reliability, "F")])!,
                (string?)citation.LabelOf(1) ?? "null", (string?)citation.LabelOf(2) ?? "null",
            };
        });

        Assert.Equal(["A", "cannot be judged", "confirmed", "null"], labels); // a value without a declared label reads as its key's words
    }

    [Theory]
    [InlineData("judgments:\n  - id: j\n    text: T\n    evidence: [nato]\n", "FACT010", 4, 16, "'nato' is an actor, but 'evidence' must name a fact of the evidence layer (estimate or reply)")]
    [InlineData("judgments:\n  - id: j\n    text: T\n    evidence: [nato-reply, troops-near-ukraine-13000]\n", "FACT009", 4, 28, "No fact of the evidence layer (estimate or reply) has the id 'troops-near-ukraine-13000'. Did you mean 'troops-near-ukraine-130000'?")]
    public void A_reference_to_a_layer_names_a_fact_of_a_kind_in_that_layer(string facts, string id, int line, int column, string message)
    {
        var (result, output) = GeneratorHarness.Run((GeneratorHarness.SchemaPath, Sample.Schema), (Sample.FactsPath, Sample.Facts), (FactsPath, facts));

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(id, diagnostic.Id);
        var position = diagnostic.Location.GetLineSpan();
        Assert.Equal((FactsPath, line, column), (position.Path, position.StartLinePosition.Line + 1, position.StartLinePosition.Character + 1));
        Assert.Equal(message, diagnostic.GetMessage(CultureInfo.InvariantCulture));
        Assert.Empty(GeneratorHarness.CompilationErrors(output));
    }

    [Fact]
    public void A_misspelt_role_is_one_error_and_the_field_still_reads_its_facts()
    {
        var schema = Sample.Schema.Replace("        role: label\n        description: The usual name.", "        role: lable\n        description: The usual name.", StringComparison.Ordinal);
        Assert.NotEqual(Sample.Schema, schema);

        var (result, output) = GeneratorHarness.Run((GeneratorHarness.SchemaPath, schema), (Sample.FactsPath, Sample.Facts));

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("FACT110", diagnostic.Id);
        Assert.Contains("'lable' is not a role. Did you mean 'label'? Roles: date, parties, counterparts, places, topics, label, relayed-by, inherits.", diagnostic.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.Empty(GeneratorHarness.CompilationErrors(output));
    }

    [Fact]
    public void Roles_that_disagree_say_where_and_how()
    {
        const string schema = "kinds:\n  place:\n    cited: false\n  actor:\n    cited: false\n  call:\n    cited: false\n    fields:\n      by: { type: reference, kind: actor, role: parties }\n  visit:\n    cited: false\n    fields:\n      by: { type: reference, kind: place, role: parties }\n";

        var (result, output) = GeneratorHarness.Run((GeneratorHarness.SchemaPath, schema));

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(
            "The role 'parties' on 'visit.by' refers to the kind 'place', but on 'call.by' (at sample.schema.yaml:9:49) refers to the kind 'actor': every field with this role must be of one type, so that code reads them all alike",
            diagnostic.GetMessage(CultureInfo.InvariantCulture));
        Assert.Empty(GeneratorHarness.CompilationErrors(output));
    }

    [Fact]
    public void A_block_broken_by_its_own_error_does_not_also_fail_the_kinds_dated_by_it()
    {
        var schema = Sample.Schema.Replace("      on:\n        type: partial-date", "      on:\n        type: partial-dat", StringComparison.Ordinal);
        Assert.NotEqual(Sample.Schema, schema);

        var (result, _) = GeneratorHarness.Run((GeneratorHarness.SchemaPath, schema));

        Assert.Equal("FACT101", Assert.Single(result.Diagnostics).Id);
    }

    [Fact]
    public void The_fingerprint_follows_the_shape_of_the_facts_not_their_help_text_or_roles()
    {
        static string Fingerprint(string schema)
        {
            var file = YamlReader.Read(GeneratorHarness.SchemaPath, schema, TestContext.Current.CancellationToken);
            var parsed = SchemaParser.Parse([file]);
            Assert.Empty(parsed.Diagnostics);
            return MetadataEmitter.Fingerprint(parsed.Schema!);
        }

        var original = Fingerprint(Sample.Schema);
        var reworded = Fingerprint(Sample.Schema.Replace("description: The usual name.", "description: The name most sources use.", StringComparison.Ordinal));
        var relabelled = Fingerprint(Sample.Schema.Replace("label: cannot be judged", "label: not judged", StringComparison.Ordinal));
        var unrolled = Fingerprint(Sample.Schema.Replace("        role: topics\n", string.Empty, StringComparison.Ordinal));
        var retyped = Fingerprint(Sample.Schema.Replace("      troops:\n        type: integer", "      troops:\n        type: decimal", StringComparison.Ordinal));
        var widened = Fingerprint(Sample.Schema.Replace("      F:\n", "      E: Unreliable.\n      F:\n", StringComparison.Ordinal));

        Assert.Matches("^sha256:[0-9a-f]{16}$", original);
        Assert.Equal(original, reworded);
        Assert.Equal(original, relabelled);
        Assert.Equal(original, unrolled);
        Assert.NotEqual(original, retyped);
        Assert.NotEqual(original, widened);
    }
}
