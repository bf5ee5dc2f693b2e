namespace Crisis.Snapshots;

/// <summary>Finds the solution or project folder that holds a file, by walking up the tree.</summary>
internal static class AncestorDirectory
{
    /// <summary>The nearest folder, starting at <paramref name="startDirectory"/>, that holds a file matching the pattern.</summary>
    public static string? Holding(string? startDirectory, string searchPattern)
    {
        for (var directory = startDirectory; !string.IsNullOrEmpty(directory); directory = Path.GetDirectoryName(directory))
        {
            if (Directory.Exists(directory) && Directory.EnumerateFiles(directory, searchPattern).Any())
            {
                return directory;
            }
        }

        return null;
    }
}
