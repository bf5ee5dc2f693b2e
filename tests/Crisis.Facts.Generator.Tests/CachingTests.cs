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
    public void Files_handed_over_anew_with_the_same_text_are_not_parsed_again()
    {
        // What a build through the compiler server's generator cache does: every file is a new AdditionalText.
        var (driver, compilation, texts) = FirstRun();
        var anew = texts.Select(t => (AdditionalText)new InMemoryAdditionalText(t.Path, t.GetText(TestContext.Current.CancellationToken)!.ToString())).ToList();
        anew[2] = new InMemoryAdditionalText(OtherFactsPath, OtherFacts.Replace("name: Russia", "name: Russian Federation", StringComparison.Ordinal));

        driver = driver.ReplaceAdditionalTexts([.. anew]).RunGenerators(compilation, TestContext.Current.CancellationToken);

        var parse = Reasons(driver, TrackingNames.ParseYaml);
        Assert.Equal(3, parse.Count);
        Assert.Single(parse, reason => reason == IncrementalStepRunReason.Modified);
        Assert.Equal(2, parse.Count(reason => reason == IncrementalStepRunReason.Cached));
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

    private static readonly string[] ProvenanceSteps =
    {
        TrackingNames.ReadSourceText, TrackingNames.ReadCitations, TrackingNames.PinSourceTexts, TrackingNames.CheckQuotes,
    };

    private const string GazetteText = "La gazette.\nUne autre phrase.\n";

    /// <summary>The provenance sample with two sources and their two texts, run once with every step tracked.</summary>
    private static (GeneratorDriver Driver, CSharpCompilation Compilation, AdditionalText[] Texts) FirstRunWithSourceTexts()
    {
        var sources = ProvenanceSample.Sources() + $"  - id: gazette\n    file: gazette.txt\n    sha256: {ProvenanceSample.Hash(GazetteText)}\n";
        var notes = ProvenanceSample.Notes(("¶2 s.3", "Puis il est reparti.")) + "  - id: other\n    text: Other.\n    citations:\n      - { source: gazette, locator: \"¶2 s.1\", quote: \"Une autre phrase.\" }\n";
        var texts = ProvenanceSample.Files(notes, sources).Select(f => (AdditionalText)new InMemoryAdditionalText(f.Path, f.Text))
            .Append(new InMemoryAdditionalText(ProvenanceSample.Folder + ProvenanceSample.TextName, ProvenanceSample.Text))
            .Append(new InMemoryAdditionalText(ProvenanceSample.Folder + "gazette.txt", GazetteText))
            .ToArray();
        var options = TestAnalyzerOptions.ForSourceTexts(ProvenanceSample.Folder, [ProvenanceSample.Folder + ProvenanceSample.TextName, ProvenanceSample.Folder + "gazette.txt"]);
        var compilation = GeneratorHarness.EmptyCompilation();
        var driver = GeneratorHarness.CreateDriver(texts, trackSteps: true, options).RunGenerators(compilation, TestContext.Current.CancellationToken);
        Assert.Empty(driver.GetRunResult().Diagnostics);
        return (driver, compilation, texts);
    }

    private static List<IncrementalStepRunReason> Reasons(GeneratorDriver driver, string step) =>
        driver.GetRunResult().Results.Single().TrackedSteps[step].SelectMany(s => s.Outputs).Select(o => o.Reason).ToList();

    private static bool Reused(IncrementalStepRunReason reason) => reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged;

    [Fact]
    public void A_second_run_with_source_texts_reuses_every_provenance_step()
    {
        var (driver, compilation, _) = FirstRunWithSourceTexts();

        driver = driver.RunGenerators(compilation.Clone(), TestContext.Current.CancellationToken);

        foreach (var name in ProvenanceSteps)
        {
            var reasons = Reasons(driver, name);
            Assert.NotEmpty(reasons);
            Assert.All(reasons, reason => Assert.True(Reused(reason), $"{name} was {reason}"));
        }
    }

    [Fact]
    public void Editing_a_fact_file_reads_no_source_text_again()
    {
        var (driver, compilation, texts) = FirstRunWithSourceTexts();
        var notes = texts.Single(t => t.Path == ProvenanceSample.NotesPath);
        var edited = new InMemoryAdditionalText(notes.Path, notes.GetText(TestContext.Current.CancellationToken)!.ToString().Replace("Note 0.", "First note.", StringComparison.Ordinal));

        driver = driver.ReplaceAdditionalText(notes, edited).RunGenerators(compilation, TestContext.Current.CancellationToken);

        // Cached: the step did not run (Unchanged would mean it ran and gave the same result).
        var read = Reasons(driver, TrackingNames.ReadSourceText);
        Assert.Equal(2, read.Count);
        Assert.All(read, reason => Assert.Equal(IncrementalStepRunReason.Cached, reason));
        Assert.All(Reasons(driver, TrackingNames.PinSourceTexts), reason => Assert.Equal(IncrementalStepRunReason.Cached, reason));
        var check = Reasons(driver, TrackingNames.CheckQuotes);
        Assert.Equal(2, check.Count); // one per fact file: sources.yaml is not checked again, the edited notes.yaml is
        Assert.Single(check, reason => reason == IncrementalStepRunReason.Cached);
    }

    [Fact]
    public void Editing_a_source_text_reads_that_text_only_and_parses_no_fact_file()
    {
        var (driver, compilation, texts) = FirstRunWithSourceTexts();
        var gazette = texts.Single(t => t.Path.EndsWith("gazette.txt", StringComparison.Ordinal));

        driver = driver.ReplaceAdditionalText(gazette, new InMemoryAdditionalText(gazette.Path, GazetteText + "Ajout.\n")).RunGenerators(compilation, TestContext.Current.CancellationToken);

        var read = Reasons(driver, TrackingNames.ReadSourceText);
        Assert.Equal(2, read.Count);
        Assert.Single(read, reason => reason == IncrementalStepRunReason.Modified);
        foreach (var name in new[] { TrackingNames.ParseYaml, TrackingNames.BindFacts, TrackingNames.ReadCitations, TrackingNames.Catalog, TrackingNames.EmitTypes, TrackingNames.EmitFacts })
        {
            Assert.All(Reasons(driver, name), reason => Assert.True(reason == IncrementalStepRunReason.Cached, $"{name} was {reason}"));
        }

        // The edit changed the text, so its pin no longer matches: one error at the pin.
        Assert.Equal("FACT026", Assert.Single(driver.GetRunResult().Diagnostics).Id);
    }

    [Fact]
    public void No_step_holds_a_compilation_symbol_syntax_node_or_location()
    {
        AssertNoStepHoldsRoslynObjects(FirstRun().Driver, TrackedSteps);
        AssertNoStepHoldsRoslynObjects(FirstRunWithSourceTexts().Driver, ProvenanceSteps);
    }

    private static void AssertNoStepHoldsRoslynObjects(GeneratorDriver driver, IEnumerable<string> steps)
    {
        var result = driver.GetRunResult().Results.Single();
        foreach (var name in steps)
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
