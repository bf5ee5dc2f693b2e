using System;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Crisis.Facts.Generator.Common;
using Crisis.Facts.Generator.Diagnostics;
using Crisis.Facts.Generator.Emit;
using Crisis.Facts.Generator.Facts;
using Crisis.Facts.Generator.Provenance;
using Crisis.Facts.Generator.Schema;
using Crisis.Facts.Generator.Yaml;
using Microsoft.CodeAnalysis;

namespace Crisis.Facts.Generator;

/// <summary>
/// The fact compiler. Reads YAML AdditionalFiles: the schema (*.schema.yaml) and the facts (every other *.yaml),
/// and emits typed records and a catalog. This file only wires the steps: parse each file → read the schema →
/// bind each fact file to the schema → check across files → emit; beside them, the quotes are checked against the
/// sources' texts (additional files the project marks as such), and inputs beside the facts that are not YAML are
/// reported. Code and diagnostics are separate outputs,
/// so a change that only moves a diagnostic does not re-emit code.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class FactGenerator : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        // A build through the compiler server gives every file as a new AdditionalText, even when its text has not changed:
        // comparing the texts' contents first is what lets the server's cached pipeline re-parse only the files that changed.
        var files = context.AdditionalTextsProvider
            .Where(static text => YamlReader.IsYamlPath(text.Path))
            .Select(static (text, cancellationToken) => FileContent.Read(text, cancellationToken))
            .WithComparer(FileContent.ByContent)
            .Select(static (file, cancellationToken) => Guard(file.Path, () => YamlReader.Read(file.Path, file.TextOrThrow()?.ToString(), cancellationToken),
                diagnostics => new YamlFile(file.Path, YamlReader.IsSchemaPath(file.Path), null, diagnostics, EquatableArray<string>.Empty, EquatableArray<string>.Empty)))
            .WithTrackingName(TrackingNames.ParseYaml);

        var schema = files
            .Where(static file => file.IsSchema)
            .Collect()
            .Select(static (schemaFiles, _) => Guard(schemaFiles.FirstOrDefault()?.Path ?? "schema", () => SchemaParser.Parse(schemaFiles),
                diagnostics => new SchemaResult(null, diagnostics)))
            .WithTrackingName(TrackingNames.Schema);

        var schemaModel = schema.Select(static (result, _) => result.Schema).WithTrackingName(TrackingNames.EmitTypes);

        var schemaPaths = files
            .Where(static file => file.IsSchema)
            .Select(static (file, _) => file.Path)
            .Collect();

        var bound = files
            .Where(static file => !file.IsSchema)
            .Combine(schemaModel)
            .Select(static (pair, _) => Guard(pair.Left.Path, () => FactBinder.Bind(pair.Left, pair.Right),
                diagnostics => new BoundFile(pair.Left.Path, EquatableArray<FactModel>.Empty, diagnostics, EquatableArray<string>.Empty, IsComplete: false, EquatableArray<string>.Empty)))
            .WithTrackingName(TrackingNames.BindFacts);

        var catalog = bound
            .Collect()
            .Combine(schemaModel)
            .Combine(schemaPaths)
            .Select(static (input, _) => Guard(input.Right.FirstOrDefault() ?? "data", () => CatalogBuilder.Build(input.Left.Left, input.Left.Right, input.Right),
                diagnostics => new CatalogResult(null, diagnostics)))
            .WithTrackingName(TrackingNames.Catalog);

        // Provenance: each source's text is read and numbered once per change of its file; each fact file's citations are
        // taken once per change of that file; the texts are matched to their sources' pins across files; then each fact
        // file's quotes are checked against the texts it cites.
        var sourceTexts = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Where(static pair => SourceTextOptions.IsSourceText(pair.Right.GetOptions(pair.Left)))
            .Select(static (pair, cancellationToken) => Guard(pair.Left.Path, () => SourceTextReader.Read(pair.Left.Path, pair.Left.GetText(cancellationToken), cancellationToken),
                diagnostics => new SourceTextFile(pair.Left.Path, SourceTextReader.FileName(pair.Left.Path), null, null, diagnostics)))
            .WithTrackingName(TrackingNames.ReadSourceText);

        var textsFolder = context.AnalyzerConfigOptionsProvider.Select(static (options, _) => SourceTextOptions.Folder(options.GlobalOptions));

        var citations = bound
            .Combine(schemaModel.Select(static (model, _) => ProvenanceConvention.Of(model)))
            .Select(static (pair, _) => Guard(pair.Left.Path, () => CitationReader.Read(pair.Left, pair.Right),
                diagnostics => new CitationsOfFile(pair.Left.Path, EquatableArray<CitedQuote>.Empty, new SourcesOfFile(pair.Left.Path, EquatableArray<PinnedSource>.Empty, EquatableArray<string>.Empty), diagnostics)))
            .WithTrackingName(TrackingNames.ReadCitations);

        var pins = citations
            .Select(static (file, _) => file.Sources)
            .Collect()
            .Combine(sourceTexts.Collect())
            .Combine(textsFolder)
            .Select(static (input, _) => Guard(input.Right ?? "source texts", () => SourcePins.Check(input.Left.Left, input.Left.Right, input.Right),
                diagnostics => new PinResult(diagnostics, EquatableArray<CheckableSource>.Empty)))
            .WithTrackingName(TrackingNames.PinSourceTexts);

        var quoteDiagnostics = citations
            .Combine(pins.Select(static (result, _) => result.Checkable))
            .Select(static (pair, cancellationToken) => Guard(pair.Left.Path, () => QuoteCheck.Check(pair.Left, pair.Right, cancellationToken), diagnostics => diagnostics))
            .WithTrackingName(TrackingNames.CheckQuotes);

        // Nothing a curator writes is silently ignored: an input in the folder of the fact files that is not YAML (a source's text,
        // which the project marks, is read by the provenance steps wherever it is).
        var unread = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Where(static pair => !YamlReader.IsYamlPath(pair.Left.Path) && !SourceTextOptions.IsSourceText(pair.Right.GetOptions(pair.Left)))
            .Select(static (pair, _) => pair.Left.Path)
            .Collect()
            .Combine(files.Select(static (file, _) => file.Path).Collect())
            .Select(static (paths, _) => UnreadFiles.Find(paths.Left, paths.Right))
            .WithTrackingName(TrackingNames.UnreadFiles);

        context.RegisterSourceOutput(schemaModel, static (output, model) => Emit(output, model, SchemaEmitter.Emit));

        // The facts as the emitted files hold them (strings, without positions): an edit that only shifts text re-emits nothing.
        var data = catalog
            .Select(static (result, _) => result.Model is null ? null : Encode(result.Model))
            .WithTrackingName(TrackingNames.EmitFacts);
        context.RegisterSourceOutput(data, static (output, model) => Emit(output, model, FactDataEmitter.Emit));

        context.RegisterSourceOutput(files.Select(static (file, _) => file.Diagnostics), Report);
        context.RegisterSourceOutput(schema.Select(static (result, _) => result.Diagnostics), Report);
        context.RegisterSourceOutput(bound.Select(static (file, _) => file.Diagnostics), Report);
        context.RegisterSourceOutput(catalog.Select(static (result, _) => result.Diagnostics), Report);
        context.RegisterSourceOutput(sourceTexts.Select(static (text, _) => text.Diagnostics), Report);
        context.RegisterSourceOutput(citations.Select(static (file, _) => file.Diagnostics), Report);
        context.RegisterSourceOutput(pins.Select(static (result, _) => result.Diagnostics), Report);
        context.RegisterSourceOutput(quoteDiagnostics, Report);
        context.RegisterSourceOutput(unread, Report);
    }

    /// <summary>Encodes the facts for emission; a failure is carried to the emission step, which reports it as FACT900.</summary>
    private static EncodedFacts Encode(CatalogModel model)
    {
        try
        {
            return FactDataEmitter.Encode(model);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return new EncodedFacts(model.Schema, EquatableArray<EncodedFact>.Empty, exception.GetType().Name + ": " + exception.Message);
        }
    }

    /// <summary>Adds the emitted sources; a failure becomes FACT900 instead of CS8785 (which drops every generated type).</summary>
    private static void Emit<T>(SourceProductionContext context, T? model, Func<T, System.Collections.Generic.IEnumerable<(string HintName, string Source)>> emit)
        where T : class
    {
        if (model is null)
        {
            return;
        }

        try
        {
            foreach (var (hintName, source) in emit(model))
            {
                context.AddSource(hintName, source);
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.InternalError, Location.None,
                "the generated code", exception.GetType().Name, exception.Message));
        }
    }

    private static void Report(SourceProductionContext context, EquatableArray<DiagnosticInfo> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            context.ReportDiagnostic(diagnostic.ToDiagnostic());
        }
    }

    /// <summary>
    /// Runs one step; an unexpected exception becomes a FACT900 diagnostic naming the file instead of the
    /// compiler's CS8785 (which would silently drop every generated type).
    /// </summary>
    private static T Guard<T>(string path, Func<T> step, Func<EquatableArray<DiagnosticInfo>, T> onFailure)
    {
        try
        {
            return step();
        }
        catch (OperationCanceledException)
        {
            throw;
        }
        catch (Exception exception)
        {
            var diagnostic = DiagnosticInfo.Create(DiagnosticDescriptors.InternalError, path, TextLocation.FileStart,
                path, exception.GetType().Name, exception.Message);
            return onFailure(ImmutableArray.Create(diagnostic).ToEquatableArray());
        }
    }
}
