using System.Collections;
using System.Reflection;
using Crisis.Facts.Generator.Tests.Samples;
using Crisis.Facts.Generator.Tests.Support;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Crisis.Facts.Generator.Tests;

/// <summary>The pipeline reuses its work: nothing reruns without a change, and a change reruns only what it touches.</summary>
public class CachingTests
{
    private const string OtherFactsPath = "/data/facts/other.yaml";

    private const string OtherFacts = """
        # Russia.
        actors:
          - id: russia
            name: Russia
            citations: [{ source: article-001, locator: "§4", credibility: 3 }]

        """;

    private static readonly string[] TrackedSteps =
    {
        TrackingNames.ParseYaml, TrackingNames.Schema, TrackingNames.BindFacts, TrackingNames.Catalog,
        TrackingNames.EmitTypes, TrackingNames.EmitFacts,
    };

    private static (GeneratorDriver Driver, CSharpCompilation Compilation, AdditionalText[] Texts) FirstRun()
    {
        var texts = new AdditionalText[]
        {
            new InMemoryAdditionalText(GeneratorHarness.SchemaPath, Sample.Schema),
            new InMemoryAdditionalText(Sample.FactsPath, Sample.Facts),
            new InMemoryAdditionalText(OtherFactsPath, OtherFacts),
        };
        var compilation = GeneratorHarness.EmptyCompilation();
        var driver = GeneratorHarness.CreateDriver(texts, trackSteps: true).RunGenerators(compilation, TestContext.Current.CancellationToken);
        return (driver, compilation, texts);
    }

    [Fact]
    public void A_second_run_without_changes_reuses_every_step()
    {
        var (driver, compilation, _) = FirstRun();

        var result = driver.RunGenerators(compilation.Clone(), TestContext.Current.CancellationToken).GetRunResult().Results.Single();

        foreach (var name in TrackedSteps)
        {
            var outputs = result.TrackedSteps[name].SelectMany(step => step.Outputs).ToList();
            Assert.NotEmpty(outputs);
            Assert.All(outputs, output => Assert.True(
                output.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged,
                $"{name} was {output.Reason}"));
        }

        Assert.All(result.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(step => step.Outputs),
            output => Assert.True(output.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"an output was {output.Reason}"));
    }

    [Fact]
    public void Changing_one_file_reparses_only_that_file()
    {
        var (driver, compilation, texts) = FirstRun();
        var changed = new InMemoryAdditionalText(OtherFactsPath, OtherFacts.Replace("name: Russia", "name: Russian Federation", StringComparison.Ordinal));
        var otherText = texts.Single(t => t.Path == OtherFactsPath);

        driver = driver.ReplaceAdditionalText(otherText, changed).RunGenerators(compilation, TestContext.Current.CancellationToken);

        var parse = driver.GetRunResult().Results.Single().TrackedSteps[TrackingNames.ParseYaml].SelectMany(step => step.Outputs).ToList();
        Assert.Equal(3, parse.Count);
        Assert.Single(parse, output => output.Reason == IncrementalStepRunReason.Modified);
        Assert.Equal(2, parse.Count(output => output.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged));

        var bind = driver.GetRunResult().Results.Single().TrackedSteps[TrackingNames.BindFacts].SelectMany(step => step.Outputs).ToList();
        Assert.Single(bind, output => output.Reason == IncrementalStepRunReason.Modified);

        var schema = driver.GetRunResult().Results.Single().TrackedSteps[TrackingNames.Schema].SelectMany(step => step.Outputs).ToList();
        Assert.All(schema, output => Assert.True(output.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged));
    }

    [Fact]
    public void An_edit_that_only_shifts_text_within_lines_re_emits_nothing()
    {
        var (driver, compilation, texts) = FirstRun();
        var longerComment = new InMemoryAdditionalText(OtherFactsPath, OtherFacts.Replace("# Russia.", "# Russia, the state, as a whole.", StringComparison.Ordinal));

        driver = driver.ReplaceAdditionalText(texts.Single(t => t.Path == OtherFactsPath), longerComment).RunGenerators(compilation, TestContext.Current.CancellationToken);

        var result = driver.GetRunResult().Results.Single();
        Assert.Contains(result.TrackedSteps[TrackingNames.ParseYaml].SelectMany(s => s.Outputs), o => o.Reason == IncrementalStepRunReason.Modified);
        foreach (var name in new[] { TrackingNames.EmitTypes, TrackingNames.EmitFacts })
        {
            Assert.All(result.TrackedSteps[name].SelectMany(s => s.Outputs), output => Assert.True(
                output.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"{name} was {output.Reason}"));
        }
    }

    [Fact]
    public void Editing_a_fact_re_emits_the_facts_but_not_the_types()
    {
        var (driver, compilation, texts) = FirstRun();
        var renamed = new InMemoryAdditionalText(OtherFactsPath, OtherFacts.Replace("name: Russia", "name: Russian Federation", StringComparison.Ordinal));

        driver = driver.ReplaceAdditionalText(texts.Single(t => t.Path == OtherFactsPath), renamed).RunGenerators(compilation, TestContext.Current.CancellationToken);

        var result = driver.GetRunResult().Results.Single();
        Assert.Contains(result.TrackedSteps[TrackingNames.EmitFacts].SelectMany(s => s.Outputs), o => o.Reason == IncrementalStepRunReason.Modified);
        Assert.All(result.TrackedSteps[TrackingNames.EmitTypes].SelectMany(s => s.Outputs), output => Assert.True(
            output.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"EmitTypes was {output.Reason}"));
    }

    [Fact]
    public void Adding_a_csharp_file_reruns_nothing()
    {
        var (driver, compilation, _) = FirstRun();

        var withCode = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("namespace Other; public class Unrelated { }", cancellationToken: TestContext.Current.CancellationToken));
        var result = driver.RunGenerators(withCode, TestContext.Current.CancellationToken).GetRunResult().Results.Single();

        foreach (var name in TrackedSteps)
        {
            Assert.All(result.TrackedSteps[name].SelectMany(step => step.Outputs), output => Assert.True(
                output.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"{name} was {output.Reason}"));
        }
    }

    [Fact]
    public void No_step_holds_a_compilation_symbol_syntax_node_or_location()
    {
        var (driver, _, _) = FirstRun();
        var result = driver.GetRunResult().Results.Single();

        foreach (var name in TrackedSteps)
        {
            foreach (var output in result.TrackedSteps[name].SelectMany(step => step.Outputs))
            {
                AssertHoldsNoRoslynObjects(output.Value, name, new HashSet<object>(ReferenceEqualityComparer.Instance));
            }
        }
    }

    private static readonly Type[] Forbidden = { typeof(Compilation), typeof(ISymbol), typeof(SyntaxNode), typeof(Location), typeof(SyntaxTree), typeof(AdditionalText), typeof(Diagnostic) };

    /// <summary>Walks an object graph through its fields and fails on any Roslyn object that would defeat caching.</summary>
    private static void AssertHoldsNoRoslynObjects(object? value, string path, HashSet<object> seen)
    {
        if (value is null || value is string || value.GetType().IsPrimitive || value is decimal || value.GetType().IsEnum)
        {
            return;
        }

        var type = value.GetType();
        Assert.False(Forbidden.Any(f => f.IsAssignableFrom(type)), $"{path} holds a {type.Name}");
        if (!type.IsValueType && !seen.Add(value))
        {
            return;
        }

        if (value is IEnumerable items && value is not string)
        {
            var index = 0;
            foreach (var item in items)
            {
                AssertHoldsNoRoslynObjects(item, $"{path}[{index++}]", seen);
            }
        }

        if (type.Namespace?.StartsWith("System", StringComparison.Ordinal) == true && !type.IsGenericType)
        {
            return;
        }

        for (var current = type; current is not null && current != typeof(object); current = current.BaseType)
        {
            foreach (var field in current.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            {
                if (field.FieldType.IsPointer)
                {
                    continue;
                }

                AssertHoldsNoRoslynObjects(field.GetValue(value), $"{path}.{field.Name}", seen);
            }
        }
    }
}
