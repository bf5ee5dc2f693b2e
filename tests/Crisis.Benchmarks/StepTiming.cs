using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using Crisis.Facts.Generator.Emit;
using Crisis.Facts.Generator.Facts;
using Crisis.Facts.Generator.Provenance;
using Crisis.Facts.Generator.Schema;
using Crisis.Facts.Generator.Yaml;
using Microsoft.CodeAnalysis.Text;

namespace Crisis.Benchmarks;

/// <summary>Where the generator's time goes at one size: each pipeline step called directly, once, after a warm-up run.</summary>
public static class StepTiming
{
    public static int Run(string repositoryRoot, int size)
    {
        var schemaText = BenchTools.RealSchema(repositoryRoot);
        var facts = SyntheticFacts.Create(size);
        for (var round = 0; round < 2; round++)
        {
            var watch = Stopwatch.StartNew();
            var lap = new List<(string, double)>();
            void Lap(string name)
            {
                lap.Add((name, watch.Elapsed.TotalMilliseconds));
                watch.Restart();
            }

            var schemaFile = YamlReader.Read("/data/schema/crisis.schema.yaml", schemaText, CancellationToken.None);
            var schema = SchemaParser.Parse(ImmutableArray.Create(schemaFile)).Schema!;
            Lap("schema");
            var files = facts.Select(f => YamlReader.Read("/data/facts/" + f.Name, f.Text, CancellationToken.None)).ToList();
            Lap("parse YAML");
            var bound = files.Select(f => FactBinder.Bind(f, schema)).ToImmutableArray();
            Lap("bind");
            var catalog = CatalogBuilder.Build(bound, schema, ImmutableArray.Create("/data/schema/crisis.schema.yaml")).Model!;
            Lap("catalog checks");
            var length = FactDataEmitter.Emit(catalog).Sum(s => s.Source.Length);
            Lap("emit facts");
            var text = SourceTextReader.Read("/texts/" + SyntheticFacts.TextName, SourceText.From(SyntheticFacts.Text(size)), CancellationToken.None);
            Lap($"read and number the source text ({text.Text!.Paragraphs.Sum(p => p.Count):N0} sentences)");
            var citations = bound.Select(f => CitationReader.Read(f, ProvenanceConvention.Of(schema))).ToList();
            Lap("take the citations from each file");
            var pins = SourcePins.Check(citations.Select(c => c.Sources).ToImmutableArray(), ImmutableArray.Create(text), "/texts/");
            Lap("match the sources to their text");
            var quoteDiagnostics = citations.Sum(c => QuoteCheck.Check(c, pins.Checkable, CancellationToken.None).Count) + pins.Diagnostics.Count;
            Lap($"check {citations.Sum(c => c.Citations.Count):N0} quotes at their locators ({quoteDiagnostics} diagnostics)");
            _ = catalog.Equals(catalog with { });
            Lap("model equality (what the pipeline's cache compares)");
            if (round == 1)
            {
                Console.WriteLine(string.Join("\n", lap.Select(l => string.Create(CultureInfo.InvariantCulture, $"{l.Item1}: {l.Item2:F0} ms"))));
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"emitted {length / 1048576.0:F1} M chars"));
            }
        }

        return 0;
    }
}
