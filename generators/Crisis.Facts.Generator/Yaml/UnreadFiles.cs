using System;
using System.Collections.Immutable;
using System.Linq;
using Crisis.Facts.Generator.Common;
using Crisis.Facts.Generator.Diagnostics;

namespace Crisis.Facts.Generator.Yaml;

/// <summary>
/// Inputs the compiler does not read: an AdditionalFile that is not YAML (`notes.txt`, `actors.yaml.bak`, `x.yaml~`) in the
/// folder that holds the fact and schema files is a curator's file that would otherwise be silently ignored. Files
/// elsewhere belong to other tools (an analyzer's `BannedSymbols.txt`) and are left alone.
/// </summary>
internal static class UnreadFiles
{
    public static EquatableArray<DiagnosticInfo> Find(ImmutableArray<string> otherPaths, ImmutableArray<string> yamlPaths)
    {
        var root = ProjectPaths.CommonDirectory(yamlPaths);
        if (yamlPaths.IsEmpty || root.Length == 0)
        {
            return EquatableArray<DiagnosticInfo>.Empty;
        }

        return otherPaths
            .Where(path => ProjectPaths.Normalize(path).StartsWith(root, StringComparison.Ordinal))
            .OrderBy(path => path, StringComparer.Ordinal)
            .Select(path => DiagnosticInfo.Create(DiagnosticDescriptors.FileNotRead, path, TextLocation.FileStart, ProjectPaths.Relative(path, root)))
            .ToEquatableArray();
    }
}
