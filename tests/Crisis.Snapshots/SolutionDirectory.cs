
namespace Crisis.Snapshots;

/// <summary>The repository's root as tests see it: the nearest folder above the test binaries holding a *.sln.</summary>
public static class SolutionDirectory
{
    private static readonly Lazy<string> Found = new(() =>
        AncestorDirectory.Holding(AppContext.BaseDirectory, "*.sln")
        ?? throw new InvalidOperationException($"No *.sln found above {AppContext.BaseDirectory}."));

    /// <summary>The folder's full path.</summary>
    public static string Path => Found.Value;

    /// <summary>A path inside the repository, from parts such as ("data", "facts").</summary>
    public static string Combine(params string[] parts) => System.IO.Path.Combine(new[] { Path }.Concat(parts).ToArray());
}
