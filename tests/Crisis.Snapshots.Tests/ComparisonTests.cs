using System.Text;

namespace Crisis.Snapshots.Tests;

public sealed class ComparisonTests : IDisposable
{
    private readonly SnapshotSandbox sandbox = new();

    public void Dispose() => sandbox.Dispose();

    [Fact]
    public void A_new_snapshot_writes_the_received_file_and_fails()
    {
        var error = Assert.Throws<SnapshotMismatchException>(() => sandbox.Verify("hello\n"));

        Assert.Equal("hello\n", sandbox.Read("SampleTests.Method.received.txt"));
        Assert.False(sandbox.Exists("SampleTests.Method.verified.txt"));
        Assert.Contains("New snapshot", error.Message, StringComparison.Ordinal);
        Assert.Contains(sandbox.PathOf("SampleTests.Method.verified.txt"), error.Message, StringComparison.Ordinal);
        Assert.Contains(sandbox.PathOf("SampleTests.Method.received.txt"), error.Message, StringComparison.Ordinal);
        Assert.Contains("tests/accept-snapshots.sh", error.Message, StringComparison.Ordinal);
        Assert.Contains("SNAPSHOT_ACCEPT=1", error.Message, StringComparison.Ordinal);
        Assert.Contains("Content:\n  hello\n\nTo accept", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_equal_snapshot_passes_and_deletes_a_stale_received_file()
    {
        sandbox.Write("SampleTests.Method.verified.txt", "same\n");
        sandbox.Write("SampleTests.Method.received.txt", "old attempt\n");

        sandbox.Verify("same\n");

        Assert.False(sandbox.Exists("SampleTests.Method.received.txt"));
        Assert.Equal("same\n", sandbox.Read("SampleTests.Method.verified.txt"));
    }

    [Fact]
    public void A_different_snapshot_writes_the_received_file_and_fails_with_a_diff()
    {
        sandbox.Write("SampleTests.Method.verified.txt", "one\ntwo\nthree\nfour\n");

        var error = Assert.Throws<SnapshotMismatchException>(() => sandbox.Verify("one\ntwo\nTHREE\nfour\n"));

        Assert.Equal("one\ntwo\nTHREE\nfour\n", sandbox.Read("SampleTests.Method.received.txt"));
        Assert.Equal("one\ntwo\nthree\nfour\n", sandbox.Read("SampleTests.Method.verified.txt"));
        Assert.Contains("Snapshot mismatch", error.Message, StringComparison.Ordinal);
        Assert.Contains("Verified: " + sandbox.PathOf("SampleTests.Method.verified.txt"), error.Message, StringComparison.Ordinal);
        Assert.Contains("Received (written): " + sandbox.PathOf("SampleTests.Method.received.txt"), error.Message, StringComparison.Ordinal);
        Assert.Contains("  two\n- three\n+ THREE\n  four\n", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_is_never_trimmed_so_a_missing_final_newline_fails()
    {
        sandbox.Write("SampleTests.Method.verified.txt", "text\n");

        var error = Assert.Throws<SnapshotMismatchException>(() => sandbox.Verify("text"));

        Assert.Contains("the verified text ends with a newline, the received text does not", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Received_files_are_utf8_without_bom()
    {
        Assert.Throws<SnapshotMismatchException>(() => sandbox.Verify("é\n"));

        Assert.Equal([0xC3, 0xA9, 0x0A], File.ReadAllBytes(sandbox.PathOf("SampleTests.Method.received.txt")));
    }

    [Fact]
    public void A_verified_file_with_a_bom_differs_and_the_message_says_why()
    {
        File.WriteAllBytes(sandbox.PathOf("SampleTests.Method.verified.txt"), [0xEF, 0xBB, 0xBF, (byte)'a', (byte)'\n']);

        var error = Assert.Throws<SnapshotMismatchException>(() => sandbox.Verify("a\n"));

        Assert.Contains("byte order mark", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Several_targets_are_checked_together_and_only_failures_are_reported()
    {
        sandbox.Write("SampleTests.Method#good.verified.md", "fine\n");
        Target[] targets = [new("md", "fine\n", "good"), new("json", "{}\n", "bad"), new("txt", "plain\n")];

        var error = Assert.Throws<SnapshotMismatchException>(() => sandbox.Verify(targets));

        Assert.DoesNotContain("#good", error.Message, StringComparison.Ordinal);
        Assert.Contains("SampleTests.Method#bad.verified.json", error.Message, StringComparison.Ordinal);
        Assert.Contains("SampleTests.Method.verified.txt", error.Message, StringComparison.Ordinal);
        Assert.Equal("{}\n", sandbox.Read("SampleTests.Method#bad.received.json"));
        Assert.Equal("plain\n", sandbox.Read("SampleTests.Method.received.txt"));
        Assert.False(sandbox.Exists("SampleTests.Method#good.received.md"));
    }

    [Fact]
    public void Two_targets_with_the_same_file_name_are_rejected()
    {
        Target[] targets = [new("txt", "a", "same"), new("txt", "b", "same")];

        Assert.Throws<ArgumentException>(() => sandbox.Verify(targets));
    }

    [Theory]
    [InlineData(".txt")]
    [InlineData("")]
    public void An_extension_must_be_given_without_a_dot(string extension)
    {
        Assert.Throws<ArgumentException>(() => sandbox.Verify([new Target(extension, "x")]));
    }

    [Fact]
    public void A_source_folder_missing_on_this_machine_is_explained()
    {
        var request = new SnapshotRequest("/_/mapped/Tests.cs", "M", [new Target("txt", "x")], new SnapshotSettings(), _ => []);

        var error = Assert.Throws<InvalidOperationException>(() => sandbox.Engine.Verify(request));

        Assert.Contains("PathMap", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UseDirectory_places_files_in_a_folder_beside_the_test()
    {
        Assert.Throws<SnapshotMismatchException>(() => sandbox.Verify("x", configure: s => s.Directory = "Snapshots"));

        Assert.True(File.Exists(Path.Combine(sandbox.TestDirectory, "Snapshots", "SampleTests.Method.received.txt")));
    }

    [Fact]
    public void Mismatch_messages_show_the_received_text_as_utf8()
    {
        sandbox.Write("SampleTests.Method.verified.txt", "naïve\n");

        var error = Assert.Throws<SnapshotMismatchException>(() => sandbox.Verify("naive\n"));

        Assert.Contains("- naïve\n+ naive", error.Message, StringComparison.Ordinal);
        Assert.Equal(Encoding.UTF8.GetBytes("naive\n"), File.ReadAllBytes(sandbox.PathOf("SampleTests.Method.received.txt")));
    }
}
