using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Crisis.Facts.Generator.Tests.Support;

/// <summary>Runs the fact generator on in-memory YAML and compiles what it produces.</summary>
public static class GeneratorHarness
{
    public const string SchemaPath = "/data/schema/sample.schema.yaml";

    private static readonly Lazy<ImmutableArray<MetadataReference>> References = new(() =>
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Where(path => Path.GetFileName(path).StartsWith("System", StringComparison.Ordinal) || Path.GetFileName(path) is "netstandard.dll" or "mscorlib.dll")
            .OrderBy(path => path, StringComparer.Ordinal)
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToImmutableArray());

    /// <summary>As the real build parses: latest C#, doc comments checked (GenerateDocumentationFile is on).</summary>
    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest, DocumentationMode.Diagnose);

    public static CSharpCompilation EmptyCompilation(params string[] sources) => CSharpCompilation.Create(
        "Facts.Tests",
        sources.Select((source, i) => CSharpSyntaxTree.ParseText(source, ParseOptions, path: $"Source{i}.cs")),
        References.Value,
        new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    public static GeneratorDriver CreateDriver(IEnumerable<AdditionalText> files, bool trackSteps = false, AnalyzerConfigOptionsProvider? options = null) =>
        CSharpGeneratorDriver.Create(
            new[] { new FactGenerator().AsSourceGenerator() },
            files,
            ParseOptions,
            options,
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: trackSteps));

    /// <summary>
    /// Runs the generator on YAML files and on sources' texts, marked as the build marks them (the texts' paths are
    /// <paramref name="folder"/> + name; a null folder means the FactSourceTexts property is not set).
    /// </summary>
    public static (GeneratorDriverRunResult Result, Compilation Output) RunWithTexts(string? folder, (string Path, string Text)[] yaml, params (string Name, string Text)[] texts)
    {
        var textFiles = texts.Select(t => (AdditionalText)new InMemoryAdditionalText((folder ?? "/texts/") + t.Name, t.Text)).ToList();
        var options = TestAnalyzerOptions.ForSourceTexts(folder, textFiles.Select(t => t.Path));
        var driver = CreateDriver(yaml.Select(f => (AdditionalText)new InMemoryAdditionalText(f.Path, f.Text)).Concat(textFiles), options: options);
        driver = driver.RunGeneratorsAndUpdateCompilation(EmptyCompilation(), out var output, out _);
        return (driver.GetRunResult(), output);
    }

    /// <summary>Runs the generator once; returns its result and the compilation including the generated code.</summary>
    public static (GeneratorDriverRunResult Result, Compilation Output) Run(params (string Path, string Text)[] files)
    {
        var driver = CreateDriver(files.Select(f => (AdditionalText)new InMemoryAdditionalText(f.Path, f.Text)));
        driver = driver.RunGeneratorsAndUpdateCompilation(EmptyCompilation(), out var output, out _);
        return (driver.GetRunResult(), output);
    }

    /// <summary>The generator's diagnostics, as "FACT004 facts.yaml(3,5): message" lines, sorted.</summary>
    public static IReadOnlyList<Diagnostic> Diagnostics(GeneratorDriverRunResult result) =>
        result.Diagnostics.OrderBy(d => d.Location.GetLineSpan().Path, StringComparer.Ordinal)
            .ThenBy(d => d.Location.SourceSpan.Start)
            .ThenBy(d => d.Id, StringComparer.Ordinal)
            .ToList();

    public static string Describe(Diagnostic diagnostic)
    {
        var span = diagnostic.Location.GetLineSpan();
        var position = span.StartLinePosition;
        return string.Create(CultureInfo.InvariantCulture,
            $"{diagnostic.Id} {diagnostic.Severity} {Path.GetFileName(span.Path)}({position.Line + 1},{position.Character + 1}): {diagnostic.GetMessage(CultureInfo.InvariantCulture)}");
    }

    public static string DescribeAll(IEnumerable<Diagnostic> diagnostics)
    {
        var builder = new StringBuilder();
        foreach (var diagnostic in diagnostics)
        {
            builder.Append(Describe(diagnostic)).Append('\n');
        }

        return builder.ToString();
    }

    /// <summary>
    /// Errors and warnings of the C# compilation that includes the generated code: the real build treats warnings as
    /// errors. CS1591 (a public member without a doc comment) is the one the repository allows.
    /// </summary>
    public static IReadOnlyList<Diagnostic> CompilationErrors(Compilation output) =>
        output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning && d.Id != "CS1591").ToList();
}
