using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Runtime.Loader;
using System.Text;
using Crisis.Facts.Generator.Tests.Samples;
using Crisis.Facts.Generator.Tests.Support;
using static Crisis.Snapshots.Verifier;

namespace Crisis.Facts.Generator.Tests;

/// <summary>
/// The facts travel to the C# compiler in a compact text form that generated code decodes at run time: compile the
/// generated code, load it, and read every value back through the public API.
/// </summary>
public class CompactDataTests
{
    /// <summary>Values chosen to stress the format: extremes, escapes, line breaks, non-ASCII text (YAML itself refuses a lone surrogate).</summary>
    private const string Awkward = """
        estimates:
          - id: extremes
            value: 0.0000000000000000000000000001
            troops: -2147483648
            confirmed: true
            as-of: { on: "2022" }
            estimator: nato
            notes: "Quotes \" and backslashes \\, a tab\t, an emoji 🛰️ and\nline\u2028breaks; 5;_!"
            citations: [{ source: article-001, locator: "_", credibility: 6 }]
          - id: largest
            value: 9999999999999999999999999999
            troops: 2147483647
            as-of: { on: 2022-02 }
            estimator: united-states
            citations: [{ source: article-001, locator: "1;", quote: "9;", credibility: 1 }]

        """;

    [Fact]
    public Task Decoded_catalog_holds_every_value_as_written()
    {
        var (result, output) = GeneratorHarness.Run((GeneratorHarness.SchemaPath, Sample.Schema), (Sample.FactsPath, Sample.Facts), ("/data/facts/awkward.yaml", Awkward));
        Assert.Equal(string.Empty, GeneratorHarness.DescribeAll(GeneratorHarness.Diagnostics(result)));
        Assert.Empty(GeneratorHarness.CompilationErrors(output));

        using var stream = new MemoryStream();
        var emitted = output.Emit(stream, cancellationToken: TestContext.Current.CancellationToken);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics));
        var context = new AssemblyLoadContext("compact-data", isCollectible: true);
        try
        {
            stream.Position = 0;
            var assembly = context.LoadFromStream(stream);
            var catalog = assembly.GetType("Sample.Facts.Facts")!.GetProperty("Catalog")!.GetValue(null)!;
            var all = (IEnumerable)catalog.GetType().GetProperty("All")!.GetValue(catalog)!;
            var text = new StringBuilder();
            foreach (var fact in all)
            {
                Dump(text, fact, 0);
            }

            var named = assembly.GetType("Sample.Facts.Facts+Estimates")!.GetProperty("Largest")!.GetValue(null);
            Assert.Equal("largest", named!.GetType().GetProperty("Id")!.GetValue(named)!.ToString());
            return Verify(text.ToString());
        }
        finally
        {
            context.Unload();
        }
    }

    [Fact]
    public void The_compiled_catalog_decodes_a_kind_when_it_is_first_used_and_once()
    {
        var (result, output) = GeneratorHarness.Run((GeneratorHarness.SchemaPath, Sample.Schema), (Sample.FactsPath, Sample.Facts));
        Assert.Equal(string.Empty, GeneratorHarness.DescribeAll(GeneratorHarness.Diagnostics(result)));
        using var stream = new MemoryStream();
        Assert.True(output.Emit(stream, cancellationToken: TestContext.Current.CancellationToken).Success);
        var kinds = new[] { "sources", "actors", "estimates", "replies", "judgments" };

        // One kind at a time: what a named fact or a typed lookup asks for is decoded, and nothing else.
        WithCatalog(stream, (assembly, catalog) =>
        {
            Assert.Equal(string.Empty, Decoded(catalog, kinds));
            var named = assembly.GetType("Sample.Facts.Facts+Actors")!.GetProperty("UnitedStates")!.GetValue(null)!;
            Assert.Equal("united-states", named.GetType().GetProperty("Id")!.GetValue(named)!.ToString());
            Assert.Equal("actors", Decoded(catalog, kinds));
            var id = Activator.CreateInstance(assembly.GetType("Sample.Facts.EstimateId")!, "troops-near-ukraine-130000");
            Assert.NotNull(catalog.GetType().GetMethod("get_Item", [id!.GetType()])!.Invoke(catalog, [id]));
            Assert.Equal("actors estimates", Decoded(catalog, kinds));
            Assert.Equal(6, ((IEnumerable)catalog.GetType().GetProperty("All")!.GetValue(catalog)!).Cast<object>().Count());
            Assert.Equal(string.Join(" ", kinds), Decoded(catalog, kinds));
        });

        // Threads that ask for a kind at the same moment all get the same records (not equal copies): more than one may
        // decode it, but one result is published and kept.
        WithCatalog(stream, (_, catalog) =>
        {
            var sources = catalog.GetType().GetProperty("Sources")!;
            var firsts = new object[8];
            using var start = new Barrier(firsts.Length);
            var threads = Enumerable.Range(0, firsts.Length).Select(i => new Thread(() =>
            {
                start.SignalAndWait();
                firsts[i] = ((IEnumerable)sources.GetValue(catalog)!).Cast<object>().First();
            })).ToList();
            threads.ForEach(t => t.Start());
            threads.ForEach(t => t.Join());
            Assert.All(firsts, first => Assert.Same(firsts[0], first));
            Assert.Same(firsts[0], ((IEnumerable)sources.GetValue(catalog)!).Cast<object>().First());
        });
    }

    /// <summary>Loads the compiled sample afresh (its Facts.Catalog not yet touched) and hands over its catalog.</summary>
    private static void WithCatalog(MemoryStream stream, Action<Assembly, object> use)
    {
        var context = new AssemblyLoadContext("lazy-catalog", isCollectible: true);
        try
        {
            stream.Position = 0;
            var assembly = context.LoadFromStream(stream);
            use(assembly, assembly.GetType("Sample.Facts.Facts")!.GetProperty("Catalog")!.GetValue(null)!);
        }
        finally
        {
            context.Unload();
        }
    }

    /// <summary>The kinds (plurals) the catalog has decoded so far, read from the fields that hold them (default until then).</summary>
    private static string Decoded(object catalog, IEnumerable<string> kinds) => string.Join(" ", kinds.Where(kind =>
    {
        var field = catalog.GetType().GetField($"__{kind}Facts", BindingFlags.NonPublic | BindingFlags.Instance)!;
        var value = field.GetValue(catalog)!;
        return !(bool)value.GetType().GetProperty("IsDefault")!.GetValue(value)!;
    }));

    /// <summary>Every public property, recursively, one per line; strings escaped so that nothing invisible hides.</summary>
    private static void Dump(StringBuilder text, object? value, int depth)
    {
        var indent = new string(' ', depth * 2);
        if (value is null)
        {
            text.Append("null\n");
            return;
        }

        var type = value.GetType();
        if (value is string s)
        {
            text.Append('"').Append(Escape(s)).Append("\"\n");
        }
        else if (value is IFormattable formattable && (type.IsPrimitive || type.IsEnum || value is decimal))
        {
            text.Append(formattable.ToString(null, CultureInfo.InvariantCulture)).Append('\n');
        }
        else if (value is IEnumerable items)
        {
            text.Append("[\n");
            foreach (var item in items)
            {
                text.Append(indent).Append("  - ");
                Dump(text, item, depth + 2);
            }

            text.Append(indent).Append("]\n");
        }
        else if (type.Name.EndsWith("Id", StringComparison.Ordinal) || type.Name == "PartialDate" || type == typeof(bool))
        {
            text.Append(value).Append('\n');
        }
        else
        {
            text.Append(type.Name).Append('\n');
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0).OrderBy(p => p.MetadataToken))
            {
                text.Append(indent).Append("  ").Append(property.Name).Append(": ");
                Dump(text, property.GetValue(value), depth + 1);
            }
        }
    }

    private static string Escape(string text)
    {
        var builder = new StringBuilder();
        foreach (var c in text)
        {
            builder.Append(c is < ' ' or '\\' or '"' or '\u2028' or '\u2029' || char.IsSurrogate(c)
                ? $"\\u{(int)c:x4}"
                : c.ToString());
        }

        return builder.ToString();
    }
}
