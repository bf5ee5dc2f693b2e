using System;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Crisis.Facts.Generator.Provenance;

/// <summary>
/// How the project hands the sources' texts to the compiler (build/Crisis.Facts.Generator.targets): the MSBuild property
/// <c>FactSourceTexts</c> names a folder; its files become AdditionalFiles marked <c>FactSourceText="true"</c>, and the
/// folder, made absolute, reaches the compiler as <c>FactSourceTextsFolder</c> so that messages can name it.
/// </summary>
internal static class SourceTextOptions
{
    public const string Property = "FactSourceTexts";

    private const string FolderKey = "build_property.FactSourceTextsFolder";
    private const string MarkKey = "build_metadata.AdditionalFiles.FactSourceText";

    public static bool IsSourceText(AnalyzerConfigOptions options) =>
        options.TryGetValue(MarkKey, out var mark) && string.Equals(mark.Trim(), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>The folder the texts come from, or null when the project sets none.</summary>
    public static string? Folder(AnalyzerConfigOptions globalOptions) =>
        globalOptions.TryGetValue(FolderKey, out var folder) && folder.Trim().Length > 0 ? folder.Trim() : null;
}
