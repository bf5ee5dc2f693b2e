namespace Crisis.Facts.Generator.Tests.Support;

/// <summary>
/// The articles' texts the repository's sources cite, from the folder the build reads them from by default (shared/seeds
/// beside the repository). They are not in the repository: a test that needs them skips, saying so, when they are absent.
/// </summary>
public static class RealSourceTexts
{
    public static string Folder => Path.GetFullPath(Crisis.Snapshots.SolutionDirectory.Combine("..", "shared", "seeds")) + Path.DirectorySeparatorChar;

    /// <summary>Each text's file name and content, or skips the calling test with the reason.</summary>
    public static (string Name, string Text)[] OrSkip()
    {
        if (!Directory.Exists(Folder) || Directory.GetFiles(Folder, "*.txt").Length == 0)
        {
            Assert.Skip($"The articles' texts are not available (looked for {Folder}); the quotes cannot be checked against them here.");
        }

        return Directory.GetFiles(Folder, "*.txt").Order(StringComparer.Ordinal).Select(path => (Path.GetFileName(path), File.ReadAllText(path))).ToArray();
    }
}
