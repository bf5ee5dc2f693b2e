using System.Text;
using Crisis.Facts.Generator.Tests.Samples;
using Crisis.Facts.Generator.Tests.Support;

namespace Crisis.Facts.Generator.Tests;

/// <summary>However broken the input, the generator reports diagnostics and never crashes (no CS8785, no FACT900).</summary>
public class RobustnessTests
{
    private const string FactsPath = "/data/facts/broken.yaml";

    public static TheoryData<string, string> BrokenInputs() => new()
    {
        { "empty file", string.Empty },
        { "only a comment", "# nothing here\n" },
        { "a scalar", "hello\n" },
        { "a list at the top", "- a\n- b\n" },
        { "tabs for indentation", "actors:\n\t- id: a\n" },
        { "unclosed flow", "actors: [{ id: a\n" },
        { "two documents", "actors: []\n---\nactors: []\n" },
        { "binary garbage", "\u0001\u0002\u0003\uFFFF\u0000" },
        { "alias bomb", "a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c]\n" },
        { "deep nesting", "actors: " + new string('[', 5000) + new string(']', 5000) + "\n" },
        { "deep mappings", "actors:\n" + string.Concat(Enumerable.Range(1, 200).Select(i => new string(' ', i) + "k:\n")) },
        { "complex keys", "? [a, b]\n: c\n" },
        { "null everywhere", "actors:\n  - id:\n    name:\n    citations:\n      -\n" },
        { "wrong shapes", "actors:\n  - [a]\n  - id: [a]\n  - id: a\n    name: { x: 1 }\n    citations: text\n" },
        { "huge number", "estimates:\n  - id: e\n    value: 99999999999999999999999999999999999999\n    troops: 99999999999\n" },
    };

    [Theory]
    [MemberData(nameof(BrokenInputs))]
    public void Broken_input_gives_diagnostics_not_a_crash(string name, string facts)
    {
        var (result, output) = GeneratorHarness.Run((GeneratorHarness.SchemaPath, Sample.Schema), (FactsPath, facts), (Sample.FactsPath, Sample.Facts));

        Assert.True(result.Results.Single().Exception is null, name);
        Assert.DoesNotContain(result.Diagnostics, d => d.Id is "FACT900" or "CS8785");
        // The other, valid file still produced its records.
        Assert.Contains(result.GeneratedTrees, tree => tree.FilePath.EndsWith("Facts.estimates.g.cs", StringComparison.Ordinal));
        Assert.Empty(GeneratorHarness.CompilationErrors(output));
    }

    [Fact]
    public void An_unexpected_failure_on_one_file_is_a_located_FACT900_and_the_others_still_compile()
    {
        var driver = GeneratorHarness.CreateDriver(new Microsoft.CodeAnalysis.AdditionalText[]
        {
            new InMemoryAdditionalText(GeneratorHarness.SchemaPath, Sample.Schema),
            new InMemoryAdditionalText(Sample.FactsPath, Sample.Facts),
            new UnreadableText("/data/facts/unreadable.yaml"),
        });

        var result = driver.RunGenerators(GeneratorHarness.EmptyCompilation(), TestContext.Current.CancellationToken).GetRunResult();

        var failure = Assert.Single(result.Diagnostics);
        Assert.Equal("FACT900", failure.Id);
        Assert.Equal("/data/facts/unreadable.yaml", failure.Location.GetLineSpan().Path);
        Assert.Contains("IOException", failure.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.Contains(result.GeneratedTrees, tree => tree.FilePath.EndsWith("Facts.estimates.g.cs", StringComparison.Ordinal));
    }

    /// <summary>A file the compiler cannot read: stands for any unexpected failure inside the generator.</summary>
    private sealed class UnreadableText(string path) : Microsoft.CodeAnalysis.AdditionalText
    {
        public override string Path { get; } = path;

        public override Microsoft.CodeAnalysis.Text.SourceText GetText(CancellationToken cancellationToken = default) =>
            throw new IOException("disk error");
    }

    [Fact]
    public void An_alias_bomb_is_rejected_at_its_anchors()
    {
        var (result, _) = GeneratorHarness.Run((GeneratorHarness.SchemaPath, Sample.Schema), (FactsPath, "actors:\n  - id: &a a\n    name: *a\n"));

        Assert.Equal(2, result.Diagnostics.Count(d => d.Id == "FACT014"));
    }

    [Fact]
    public void A_huge_file_is_refused_with_a_clear_error()
    {
        var huge = new StringBuilder("actors:\n");
        while (huge.Length <= 16 * 1024 * 1024)
        {
            huge.Append("  # ").Append('x', 1000).Append('\n');
        }

        var (result, _) = GeneratorHarness.Run((GeneratorHarness.SchemaPath, Sample.Schema), (FactsPath, huge.ToString()));

        var diagnostic = Assert.Single(result.Diagnostics, d => d.Id == "FACT015");
        Assert.Contains("Split it into several files", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Fact]
    public void Random_corruptions_of_a_valid_file_never_crash_the_generator()
    {
        // A fixed seed: the same corruptions every run, so a failure can be reproduced.
        var random = new Random(20220212);
        var original = Sample.Facts;
        for (var round = 0; round < 60; round++)
        {
            var chars = original.ToCharArray();
            for (var edit = 0; edit < 1 + random.Next(4); edit++)
            {
                chars[random.Next(chars.Length)] = "[]{}:-&*!|>'\"#\n \t,?%@`~x0"[random.Next(25)];
            }

            var corrupted = new string(chars);
            var (result, output) = GeneratorHarness.Run((GeneratorHarness.SchemaPath, Sample.Schema), (FactsPath, corrupted));

            Assert.True(result.Results.Single().Exception is null, corrupted);
            Assert.DoesNotContain(result.Diagnostics, d => d.Id == "FACT900");
            var errors = GeneratorHarness.CompilationErrors(output);
            Assert.True(errors.Count == 0, $"generated code does not compile for:\n{corrupted}\n{GeneratorHarness.DescribeAll(errors)}");
        }
    }
}
