using System;
using System.Collections.Generic;
using System.Linq;

namespace Crisis.Facts.Generator.Common;

/// <summary>Paths of the AdditionalFiles as locations show them: '/' separators, relative to the folder that holds them all.</summary>
internal static class ProjectPaths
{
    /// <summary>The deepest folder that holds every file, with '/' separators and a trailing '/'.</summary>
    public static string CommonDirectory(IEnumerable<string> paths)
    {
        string[]? common = null;
        foreach (var path in paths)
        {
            var parts = Normalize(path).Split('/');
            var folders = parts.Take(parts.Length - 1).ToArray();
            if (common is null)
            {
                common = folders;
                continue;
            }

            var length = 0;
            while (length < common.Length && length < folders.Length && common[length] == folders[length])
            {
                length++;
            }

            common = common.Take(length).ToArray();
        }

        return common is null || common.Length == 0 ? string.Empty : string.Join("/", common) + "/";
    }

    public static string Relative(string path, string root)
    {
        var normalized = Normalize(path);
        return root.Length > 0 && normalized.StartsWith(root, StringComparison.Ordinal) ? normalized.Substring(root.Length) : normalized;
    }

    /// <summary>'/' separators, and "a/b/../c" as "a/c", so that locations read the same however MSBuild spelt the path.</summary>
    public static string Normalize(string path)
    {
        var parts = new List<string>();
        foreach (var part in path.Replace('\\', '/').Split('/'))
        {
            if (part == ".")
            {
                continue;
            }

            if (part == ".." && parts.Count > 0 && parts[parts.Count - 1] != ".." && parts[parts.Count - 1].Length > 0)
            {
                parts.RemoveAt(parts.Count - 1);
                continue;
            }

            parts.Add(part);
        }

        return string.Join("/", parts);
    }
}
