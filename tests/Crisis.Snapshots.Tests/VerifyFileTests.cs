namespace Crisis.Snapshots.Tests;

public sealed class VerifyFileTests : IDisposable
{
    private readonly SnapshotSandbox sandbox = new();

    public void Dispose() => sandbox.Dispose();

    private string Artifact => sandbox.PathOf("facts.schema.json");

    private string Received => sandbox.PathOf("facts.schema.received.json");

    [Fact]
    public void A_missing_artifact_writes_the_received_file_and_says_how_to_accept_it()
    {
        var error = Assert.Throws<SnapshotMismatchException>(() => sandbox.Engine.VerifyFile(Artifact, "{}\n"));

        Assert.Equal("{}\n", File.ReadAllText(Received));
        Assert.False(File.Exists(Artifact));
        Assert.Contains("by moving the received file to " + Artifact, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_different_artifact_writes_the_received_file_and_shows_a_diff()
    {
        File.WriteAllText(Artifact, "{\n  \"a\": 1\n}\n");

        var error = Assert.Throws<SnapshotMismatchException>(() => sandbox.Engine.VerifyFile(Artifact, "{\n  \"a\": 2\n}\n"));

        Assert.Equal("{\n  \"a\": 2\n}\n", File.ReadAllText(Received));
        Assert.Contains("-   \"a\": 1\n+   \"a\": 2", error.Message, StringComparison.Ordinal);
        Assert.Contains("Verified: " + Artifact, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_equal_artifact_passes_and_removes_a_stale_received_file()
    {
        File.WriteAllText(Artifact, "{}\n");
        File.WriteAllText(Received, "old\n");

        sandbox.Engine.VerifyFile(Artifact, "{}\n");

        Assert.False(File.Exists(Received));
    }

    [Fact]
    public void Artifacts_are_compared_unscrubbed()
    {
        sandbox.TempPath = sandbox.Root;
        var text = $"{sandbox.Root}/x\n";
        File.WriteAllText(Artifact, text);

        sandbox.Engine.VerifyFile(Artifact, text);
    }

    [Fact]
    public void Accepting_an_artifact_follows_the_same_rules()
    {
        sandbox.Environment["SNAPSHOT_ACCEPT"] = "1";
        File.WriteAllText(Artifact, "old\n");

        sandbox.Engine.VerifyFile(Artifact, "new\n");
        Assert.Equal("new\n", File.ReadAllText(Artifact));

        sandbox.Environment["CI"] = "true";
        Assert.Throws<SnapshotMismatchException>(() => sandbox.Engine.VerifyFile(Artifact, "newer\n"));
        Assert.Equal("new\n", File.ReadAllText(Artifact));
    }

    [Fact]
    public void Text_with_a_carriage_return_is_rejected()
    {
        Assert.Throws<ArgumentException>(() => sandbox.Engine.VerifyFile(Artifact, "a\r\n"));
    }

    [Fact]
    public async Task The_public_entry_point_resolves_a_relative_path_against_the_solution()
    {
        var committed = "tests/Crisis.Snapshots.Tests/EndToEndTests.Plain_text.verified.txt";
        var solution = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(ThisFile())!, "..", ".."));
        var text = await File.ReadAllTextAsync(Path.Combine(solution, committed), TestContext.Current.CancellationToken);

        await Verifier.VerifyFile(committed, text);
    }

    private static string ThisFile([System.Runtime.CompilerServices.CallerFilePath] string path = "") => path;
}
