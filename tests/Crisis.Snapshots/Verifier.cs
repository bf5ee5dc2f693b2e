using System.Reflection;
using System.Runtime.CompilerServices;

namespace Crisis.Snapshots;

/// <summary>
/// Snapshot checks with Verify's names and conventions (Verify does not restore on our mirror): moving to
/// Verify later means replacing <c>using static Crisis.Snapshots.Verifier;</c> with Verify's.
/// Snapshots live beside the test source file as <c>{Class}.{Method}.verified.{extension}</c>.
/// </summary>
public static class Verifier
{
    private static readonly SnapshotEngine Engine = new(Environment.GetEnvironmentVariable, Path.GetTempPath());

    /// <summary>Checks one text against <c>{Class}.{Method}.verified.{extension}</c> beside the test.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)] // so that GetCallingAssembly is the test assembly
    public static SettingsTask Verify(
        string? target,
        string extension = "txt",
        [CallerFilePath] string sourceFile = "",
        [CallerMemberName] string methodName = "") =>
        Start([new Target(extension, target ?? "null")], sourceFile, methodName, Assembly.GetCallingAssembly());

    /// <summary>Checks several outputs of one test: <c>{Class}.{Method}#{Name}.verified.{Extension}</c> each.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static SettingsTask Verify(
        IEnumerable<Target> targets,
        [CallerFilePath] string sourceFile = "",
        [CallerMemberName] string methodName = "") =>
        Start([.. targets], sourceFile, methodName, Assembly.GetCallingAssembly());

    /// <summary>
    /// Checks a committed artifact that is not beside the test (e.g. <c>data/facts.schema.json</c>); on a
    /// mismatch writes <c>data/facts.schema.received.json</c> and fails. A relative path is resolved against
    /// the solution folder (the nearest folder above the test binaries that holds a <c>*.sln</c>).
    /// </summary>
    public static Task VerifyFile(string verifiedFilePath, string actual)
    {
        try
        {
            Engine.VerifyFile(ResolveAgainstSolution(verifiedFilePath), actual);
            return Task.CompletedTask;
        }
        catch (Exception exception)
        {
            return Task.FromException(exception);
        }
    }

    private static SettingsTask Start(Target[] targets, string sourceFile, string methodName, Assembly testAssembly) =>
        new(settings => Engine.Verify(new SnapshotRequest(
            sourceFile,
            methodName,
            targets,
            settings,
            valueCount => ParameterNameLookup.Find(testAssembly, SnapshotNamer.ClassName(sourceFile), methodName, valueCount))));

    private static string ResolveAgainstSolution(string path)
    {
        if (Path.IsPathRooted(path))
        {
            return path;
        }

        var solution = AncestorDirectory.Holding(AppContext.BaseDirectory, "*.sln")
            ?? throw new InvalidOperationException(
                $"VerifyFile('{path}'): no *.sln found above {AppContext.BaseDirectory} to resolve the relative path; pass an absolute path.");
        return Path.GetFullPath(Path.Combine(solution, path));
    }
}
