namespace Crisis.Snapshots.Tests;

/// <summary>
/// A throw-away folder that plays the test's source folder, plus a fake environment, so that the engine
/// can be driven without touching the repository or the real SNAPSHOT_ACCEPT / CI variables.
/// </summary>
internal sealed class SnapshotSandbox : IDisposable
{
    public SnapshotSandbox()
    {
        Root = Path.Combine(Path.GetTempPath(), "crisis-snapshots-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(TestDirectory);
    }

    public string Root { get; }

    public string TestDirectory => Path.Combine(Root, "Tests");

    public string SourceFile => Path.Combine(TestDirectory, "SampleTests.cs");

    public Dictionary<string, string> Environment { get; } = new(StringComparer.Ordinal);

    /// <summary>The engine's idea of the temp folder; not the real one, so sandbox paths stay unscrubbed unless a test says so.</summary>
    public string TempPath { get; set; } = "/no-such-temp-folder/";

    public SnapshotEngine Engine => new(name => Environment.GetValueOrDefault(name), TempPath);

    public string PathOf(string fileName) => Path.Combine(TestDirectory, fileName);

    public void Verify(string text, string method = "Method", Action<SnapshotSettings>? configure = null) =>
        Verify([new Target("txt", text)], method, configure);

    public void Verify(IReadOnlyList<Target> targets, string method = "Method", Action<SnapshotSettings>? configure = null)
    {
        var settings = new SnapshotSettings();
        configure?.Invoke(settings);
        Engine.Verify(new SnapshotRequest(SourceFile, method, targets, settings, _ => throw new InvalidOperationException("no names")));
    }

    public void Write(string fileName, string text) => File.WriteAllText(PathOf(fileName), text);

    public string Read(string fileName) => File.ReadAllText(PathOf(fileName));

    public bool Exists(string fileName) => File.Exists(PathOf(fileName));

    public void Dispose()
    {
        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }
}
