using System.Collections.Immutable;
using Crisis.Facts.Generator.Common;
using Crisis.Facts.Generator.Diagnostics;
using Crisis.Facts.Generator.Emit;
using Crisis.Facts.Generator.Facts;
using Crisis.Facts.Generator.Schema;
using Crisis.Facts.Generator.Yaml;
using Microsoft.CodeAnalysis.Text;

namespace Crisis.Fuzz;

/// <summary>
/// The fuzz targets: each takes the bytes of one file, runs the fact compiler's steps on it as the build would, and
/// throws <see cref="InvariantException"/> when a promise of docs/reliability.md is broken. Any exception is a finding
/// (the generator would report it as FACT900, a bug): AFL records it as a crash, the corpus replay test fails.
/// </summary>
public static class FuzzTargets
{
    public const string FactsTarget = "facts";
    public const string SchemaTarget = "schema";

    public static readonly ImmutableArray<string> Names = ImmutableArray.Create(FactsTarget, SchemaTarget);

    private const string FuzzedFactsPath = "/fuzz/data/facts/fuzzed.yaml";
    private const string FuzzedSchemaPath = "/fuzz/data/schema/fuzzed.schema.yaml";

    private static readonly Lazy<RealData> Real = new(RealData.Load);

    public static void Run(string target, ReadOnlySpan<byte> input)
    {
        switch (target)
        {
            case FactsTarget:
                Facts(input);
                break;
            case SchemaTarget:
                Schema(input);
                break;
            default:
                throw new ArgumentException($"unknown fuzz target '{target}'; targets: {string.Join(", ", Names)}", nameof(target));
        }
    }

    /// <summary>
    /// Reads and binds a fact file against the real schema, then checks it across files with the real fact files of
    /// every other kind (the file stands for the real files of the kinds it declares, as one file per kind does in data/).
    /// </summary>
    public static void Facts(ReadOnlySpan<byte> input)
    {
        var real = Real.Value;
        var text = Decode(input);
        var file = YamlReader.Read(FuzzedFactsPath, text, CancellationToken.None);
        CheckDiagnostics(file.Diagnostics, text);
        var bound = FactBinder.Bind(file, real.Schema);
        CheckDiagnostics(bound.Diagnostics, text);

        var kinds = file.Root?.Entries.Select(e => e.Key).ToHashSet(StringComparer.Ordinal) ?? new HashSet<string>(StringComparer.Ordinal);
        var others = real.Bound.Where(b => !b.Sections.Overlaps(kinds)).Select(b => b.File);
        var catalog = CatalogBuilder.Build(others.Append(bound).ToImmutableArray(), real.Schema, ImmutableArray.Create(real.SchemaPath));
        CheckDiagnostics(catalog.Diagnostics.Where(d => d.Path == FuzzedFactsPath), text);
        var realErrors = catalog.Diagnostics.Where(d => d.Path != FuzzedFactsPath && IsError(d) && d.Id is not ("FACT008" or "FACT009" or "FACT010" or "FACT012")).ToList();
        if (realErrors.Count > 0)
        {
            // A fuzzed file may take an id a real file uses, or break references into it, but never the real facts themselves.
            throw new InvariantException($"an error in a real file: {realErrors[0].Id} {realErrors[0].Path}");
        }
    }

    /// <summary>Reads a schema, emits its types and JSON Schema, and binds the real fact files against it.</summary>
    public static void Schema(ReadOnlySpan<byte> input)
    {
        var real = Real.Value;
        var text = Decode(input);
        var file = YamlReader.Read(FuzzedSchemaPath, text, CancellationToken.None);
        CheckDiagnostics(file.Diagnostics, text);
        var result = SchemaParser.Parse(ImmutableArray.Create(file));
        CheckDiagnostics(result.Diagnostics, text);
        if (result.Schema is null)
        {
            return;
        }

        _ = SchemaEmitter.Emit(result.Schema).ToList();
        _ = JsonSchemaEmitter.Emit(result.Schema);
        var bound = real.Facts.Select(f => FactBinder.Bind(f, result.Schema)).ToImmutableArray();
        _ = CatalogBuilder.Build(bound, result.Schema, ImmutableArray.Create(FuzzedSchemaPath));
    }

    /// <summary>As the compiler reads an AdditionalFile: UTF-8 unless a byte-order mark says otherwise, invalid bytes as U+FFFD.</summary>
    public static string Decode(ReadOnlySpan<byte> input)
    {
        var bytes = input.ToArray();
        return SourceText.From(bytes, bytes.Length).ToString();
    }

    private static bool IsError(DiagnosticInfo diagnostic) =>
        DiagnosticDescriptors.ById(diagnostic.Id)?.DefaultSeverity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error;

    /// <summary>Every diagnostic has a known id, a message that formats, and a place inside the text it is about.</summary>
    private static void CheckDiagnostics(IEnumerable<DiagnosticInfo> diagnostics, string text)
    {
        var source = SourceText.From(text);
        var lines = source.Lines.Count; // as the compiler counts them: \r, \n, \r\n, U+0085, U+2028, U+2029
        foreach (var diagnostic in diagnostics)
        {
            if (DiagnosticDescriptors.ById(diagnostic.Id) is null)
            {
                throw new InvariantException($"unknown diagnostic id {diagnostic.Id}");
            }

            var location = diagnostic.Location;
            if (location.Start < 0 || location.End < location.Start || location.End > text.Length + 1 ||
                location.StartLine > location.EndLine || location.EndLine > lines)
            {
                throw new InvariantException($"{diagnostic.Id} located outside its file: {location}");
            }

            if (location.Start < text.Length && source.Lines.GetLinePosition(location.Start) is var position &&
                (position.Line != location.StartLine || position.Character != location.StartColumn))
            {
                // An editor places the error by its line and column, a tool by its offset: they must be the same place.
                throw new InvariantException($"{diagnostic.Id} at line {location.StartLine + 1}, column {location.StartColumn + 1}, but its offset {location.Start} is at {position.Line + 1}:{position.Character + 1}");
            }

            _ = diagnostic.ToDiagnostic().GetMessage(System.Globalization.CultureInfo.InvariantCulture);
        }
    }

    /// <summary>The real schema and fact files, read once per process.</summary>
    private sealed record RealData(string SchemaPath, SchemaModel Schema, ImmutableArray<YamlFile> Facts, ImmutableArray<(BoundFile File, HashSet<string> Sections)> Bound)
    {
        public static RealData Load()
        {
            var data = DataDirectory();
            var schemaPath = Path.Combine(data, "schema", "crisis.schema.yaml");
            var schemaFile = YamlReader.Read(schemaPath, File.ReadAllText(schemaPath), CancellationToken.None);
            var schema = SchemaParser.Parse(ImmutableArray.Create(schemaFile)).Schema
                ?? throw new InvalidOperationException($"the real schema {schemaPath} did not parse");
            var facts = Directory.EnumerateFiles(Path.Combine(data, "facts"), "*.yaml")
                .Order(StringComparer.Ordinal)
                .Select(path => YamlReader.Read(path, File.ReadAllText(path), CancellationToken.None))
                .ToImmutableArray();
            var bound = facts.Select(f => (FactBinder.Bind(f, schema), f.Root?.Entries.Select(e => e.Key).ToHashSet(StringComparer.Ordinal) ?? new HashSet<string>()))
                .ToImmutableArray();
            return new RealData(schemaPath, schema, facts, bound);
        }

        /// <summary>$CRISIS_DATA, or the data/ folder of the repository the program runs from.</summary>
        private static string DataDirectory()
        {
            if (Environment.GetEnvironmentVariable("CRISIS_DATA") is { Length: > 0 } configured)
            {
                return configured;
            }

            for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
            {
                if (File.Exists(Path.Combine(folder.FullName, "Model.sln")))
                {
                    return Path.Combine(folder.FullName, "data");
                }
            }

            throw new InvalidOperationException("data/ not found: set CRISIS_DATA to the repository's data folder");
        }
    }
}

/// <summary>A broken promise of the compiler, found by a fuzz target.</summary>
public sealed class InvariantException(string message) : Exception(message);
