namespace Crisis.Snapshots;

/// <summary>
/// The built-in, always-on scrubbing of machine-specific paths: solution folder, project folder and the temp
/// folder become <c>{SolutionDirectory}</c>, <c>{ProjectDirectory}</c> and <c>{TempPath}</c>.
/// </summary>
internal sealed class PathScrubber
{
    private readonly IReadOnlyList<(string Path, string Placeholder)> replacements;

    public PathScrubber(string? solutionDirectory, string? projectDirectory, string? tempPath)
    {
        var candidates = new[]
        {
            (solutionDirectory, "{SolutionDirectory}"),
            (projectDirectory, "{ProjectDirectory}"),
            (tempPath, "{TempPath}"),
        };

        // Longest first, so that a project inside the solution (or a solution inside the temp folder)
        // is replaced by its own placeholder. Each path also with forward slashes, as tools often print them.
        replacements = [.. candidates
            .Where(c => !string.IsNullOrEmpty(c.Item1))
            .Select(c => (Path: Path.TrimEndingDirectorySeparator(c.Item1!), Placeholder: c.Item2))
            .SelectMany(c => new[] { c, (Path: c.Path.Replace('\\', '/'), c.Placeholder) })
            .Where(c => c.Path.Length > 1 && Path.GetPathRoot(c.Path) != c.Path)
            .DistinctBy(c => c.Path, StringComparer.Ordinal)
            .OrderByDescending(c => c.Path.Length)];
    }

    /// <summary>Solution and project are those that hold the test's source file.</summary>
    public static PathScrubber ForSourceFile(string sourceFile, string tempPath)
    {
        var sourceDirectory = Path.GetDirectoryName(sourceFile);
        return new PathScrubber(
            AncestorDirectory.Holding(sourceDirectory, "*.sln"),
            AncestorDirectory.Holding(sourceDirectory, "*.csproj"),
            tempPath);
    }

    public string Scrub(string text)
    {
        foreach (var (path, placeholder) in replacements)
        {
            text = ReplaceWholePath(text, path, placeholder);
        }

        return text;
    }

    /// <summary>Replaces only whole path segments: <c>/repo</c> must not match inside <c>/repo2</c> or <c>/x/repo</c>.</summary>
    private static string ReplaceWholePath(string text, string path, string placeholder)
    {
        var result = new System.Text.StringBuilder(text.Length);
        var position = 0;
        for (var found = text.IndexOf(path, StringComparison.Ordinal); found >= 0; found = text.IndexOf(path, found + 1, StringComparison.Ordinal))
        {
            var end = found + path.Length;
            if (found < position || !StartsSegment(text, found) || ContinuesName(text, end))
            {
                continue;
            }

            result.Append(text, position, found - position).Append(placeholder);
            position = end;
        }

        return result.Append(text, position, text.Length - position).ToString();
    }

    private static bool StartsSegment(string text, int index) =>
        index == 0 || !(IsNameCharacter(text[index - 1]) || text[index - 1] == '.');

    /// <summary>A letter, digit, <c>_</c>, <c>-</c> or a dot followed by one of those would make a longer name.</summary>
    private static bool ContinuesName(string text, int index) =>
        index < text.Length
        && (IsNameCharacter(text[index])
            || (text[index] == '.' && index + 1 < text.Length && IsNameCharacter(text[index + 1])));

    private static bool IsNameCharacter(char c) => char.IsLetterOrDigit(c) || c is '_' or '-';
}
