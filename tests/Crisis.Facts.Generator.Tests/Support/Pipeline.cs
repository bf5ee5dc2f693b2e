using System.Collections.Immutable;
using Crisis.Facts.Generator.Diagnostics;
using Crisis.Facts.Generator.Facts;
using Crisis.Facts.Generator.Schema;
using Crisis.Facts.Generator.Yaml;

namespace Crisis.Facts.Generator.Tests.Support;

/// <summary>
/// The generator's steps (read → schema → bind → catalog) run in process, as FactGenerator wires them but without its
/// FACT900 guard, so an exception surfaces to the test. Caches each file's read and bind like the incremental
/// pipeline does, so thousands of one-file edits of the real data run in seconds.
/// </summary>
public sealed class Pipeline
{
    private readonly Dictionary<(string Path, string Text), YamlFile> _read = new();
    private readonly Dictionary<(YamlFile File, SchemaModel? Schema), BoundFile> _bound = new();

    internal sealed record Output(SchemaResult Schema, ImmutableArray<BoundFile> Files, CatalogResult Catalog, ImmutableArray<DiagnosticInfo> Diagnostics);

    internal Output Run(IReadOnlyList<(string Path, string Text)> files)
    {
        var read = files.Select(f => Read(f.Path, f.Text)).ToImmutableArray();
        var schema = SchemaParser.Parse(read.Where(f => f.IsSchema).ToImmutableArray());
        var bound = read.Where(f => !f.IsSchema).Select(f => Bind(f, schema.Schema)).ToImmutableArray();
        var schemaPaths = read.Where(f => f.IsSchema).Select(f => f.Path).ToImmutableArray();
        var catalog = CatalogBuilder.Build(bound, schema.Schema, schemaPaths);
        var diagnostics = read.SelectMany(f => f.Diagnostics)
            .Concat(schema.Diagnostics)
            .Concat(bound.SelectMany(b => b.Diagnostics))
            .Concat(catalog.Diagnostics)
            .ToImmutableArray();
        return new Output(schema, bound, catalog, diagnostics);
    }

    private YamlFile Read(string path, string text)
    {
        if (!_read.TryGetValue((path, text), out var file))
        {
            file = YamlReader.Read(path, text, CancellationToken.None);
            if (_read.Count > 64)
            {
                _read.Clear();
            }

            _read[(path, text)] = file;
        }

        return file;
    }

    private BoundFile Bind(YamlFile file, SchemaModel? schema)
    {
        if (!_bound.TryGetValue((file, schema), out var bound))
        {
            bound = FactBinder.Bind(file, schema);
            if (_bound.Count > 64)
            {
                _bound.Clear();
            }

            _bound[(file, schema)] = bound;
        }

        return bound;
    }

    internal static bool IsError(DiagnosticInfo diagnostic) =>
        DiagnosticDescriptors.ById(diagnostic.Id)!.DefaultSeverity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error;

    /// <summary>The repository's data/ files, LF line endings, ordinal order.</summary>
    public static IReadOnlyList<(string Path, string Text)> RealFiles() =>
        Directory.EnumerateFiles(Crisis.Snapshots.SolutionDirectory.Combine("data"), "*.yaml", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(path => (path, File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal)))
            .ToList();
}
