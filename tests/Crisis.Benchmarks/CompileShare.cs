using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using Crisis.Facts.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using static Crisis.Benchmarks.BenchTools;

namespace Crisis.Benchmarks;

/// <summary>
/// How much of compiling the generated code is the named facts (one property and one doc comment per fact): the
/// generated sources for N facts compiled in process (parse, bind, emit with the XML doc file, no analyzers) as they are,
/// without the named facts' doc comments, and without the named facts. Medians of several runs, alternated.
/// </summary>
public static class CompileShare
{
    public static int Run(string repositoryRoot, int size, int runs)
    {
        var texts = SyntheticFacts.Create(size).Select(f => (AdditionalText)new InMemoryText("/data/facts/" + f.Name, f.Text))
            .Prepend(new InMemoryText("/data/schema/crisis.schema.yaml", RealSchema(repositoryRoot))).ToImmutableArray();
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(p => Path.GetFileName(p).StartsWith("System", StringComparison.Ordinal) || Path.GetFileName(p) is "netstandard.dll")
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p)).ToList();
        var sources = CSharpGeneratorDriver.Create(new FactGenerator()).AddAdditionalTexts(texts)
            .RunGenerators(CSharpCompilation.Create("Probe")).GetRunResult().GeneratedTrees.Select(t => (t.FilePath, t.GetText().ToString())).ToList();

        var variants = new (string Name, Func<string, string> Edit)[]
        {
            ("as generated", text => text),
            ("named facts without doc comments", text => string.Join('\n', text.Split('\n').Where(l => !(l.StartsWith("        /// <summary>", StringComparison.Ordinal) && l.EndsWith("</summary>", StringComparison.Ordinal))))),
            ("without named facts", text => string.Join('\n', text.Split('\n').Where(l => !(l.StartsWith("        /// <summary>", StringComparison.Ordinal) && l.EndsWith("</summary>", StringComparison.Ordinal)) && !(l.StartsWith("        public static global::", StringComparison.Ordinal) && l.Contains(".Catalog.", StringComparison.Ordinal))))),
        };
        var times = variants.ToDictionary(v => v.Name, _ => new List<double>());
        for (var run = 0; run < runs + 1; run++)
        {
            foreach (var (name, edit) in variants)
            {
                var options = new CSharpParseOptions(LanguageVersion.Latest, DocumentationMode.Diagnose);
                var watch = Stopwatch.StartNew();
                var compilation = CSharpCompilation.Create("Facts", sources.Select(s => CSharpSyntaxTree.ParseText(edit(s.Item2), options, s.FilePath)), references,
                    new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
                using var pe = new MemoryStream();
                using var xml = new MemoryStream();
                var result = compilation.Emit(pe, xmlDocumentationStream: xml);
                watch.Stop();
                if (!result.Success)
                {
                    throw new InvalidOperationException(name + ": " + result.Diagnostics.First(d => d.Severity == DiagnosticSeverity.Error));
                }

                if (run > 0)
                {
                    times[name].Add(watch.Elapsed.TotalMilliseconds);
                }
            }
        }

        Console.WriteLine($"| {size:N0} facts, generated code compiled in process | median ms | runs (ms) |");
        Console.WriteLine("| --- | ---: | --- |");
        foreach (var (name, _) in variants)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {name} | {Median(times[name]):F0} | {string.Join(" ", times[name].Select(t => t.ToString("F0", CultureInfo.InvariantCulture)))} |"));
        }

        return 0;
    }
}
