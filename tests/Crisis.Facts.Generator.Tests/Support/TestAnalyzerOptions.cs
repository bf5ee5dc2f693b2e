using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Crisis.Facts.Generator.Tests.Support;

/// <summary>
/// Analyzer options as a build gives them to the generator: global <c>build_property.*</c> values, and per-file
/// <c>build_metadata.*</c> values (what build/Crisis.Facts.Generator.targets sets on the sources' texts).
/// </summary>
public sealed class TestAnalyzerOptions(IReadOnlyDictionary<string, string> global, IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> perFile)
    : AnalyzerConfigOptionsProvider
{
    public override AnalyzerConfigOptions GlobalOptions { get; } = new Options(global);

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Options.Empty;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) =>
        perFile.TryGetValue(textFile.Path, out var values) ? new Options(values) : Options.Empty;

    /// <summary>The options for source texts at <paramref name="paths"/> from <paramref name="folder"/> (null: the property is not set).</summary>
    public static TestAnalyzerOptions ForSourceTexts(string? folder, IEnumerable<string> paths) => new(
        folder is null ? new Dictionary<string, string>() : new Dictionary<string, string> { ["build_property.FactSourceTextsFolder"] = folder },
        paths.ToDictionary(path => path, _ => (IReadOnlyDictionary<string, string>)new Dictionary<string, string> { ["build_metadata.AdditionalFiles.FactSourceText"] = "true" }));

    private sealed class Options(IReadOnlyDictionary<string, string> values) : AnalyzerConfigOptions
    {
        public static readonly Options Empty = new(new Dictionary<string, string>());

        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
    }
}
