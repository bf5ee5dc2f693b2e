namespace Crisis.Snapshots.Tests;

public sealed class LineEndingTests : IDisposable
{
    private readonly SnapshotSandbox sandbox = new();

    public void Dispose() => sandbox.Dispose();

    [Fact]
    public void A_target_containing_a_carriage_return_is_rejected_before_anything_is_written()
    {
        var error = Assert.Throws<ArgumentException>(() => sandbox.Verify("a\r\nb\r\n"));

        Assert.Contains("LF", error.Message, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFiles(sandbox.TestDirectory));
    }

    [Fact]
    public void A_scrubber_that_introduces_a_carriage_return_is_rejected()
    {
        Assert.Throws<ArgumentException>(() => sandbox.Verify("a\n", configure: s => s.Scrubbers.Add(t => t.Replace("\n", "\r\n", StringComparison.Ordinal))));
    }

    [Fact]
    public void A_verified_file_containing_a_carriage_return_points_at_gitattributes()
    {
        sandbox.Write("SampleTests.Method.verified.txt", "a\r\nb\r\n");

        var error = Assert.Throws<InvalidDataException>(() => sandbox.Verify("a\nb\n"));

        Assert.Contains(".gitattributes", error.Message, StringComparison.Ordinal);
        Assert.Contains("*.verified.* text eol=lf", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_verified_file_with_a_carriage_return_is_rejected_even_when_accepting()
    {
        sandbox.Environment["SNAPSHOT_ACCEPT"] = "1";
        sandbox.Write("SampleTests.Method.verified.txt", "a\r\n");

        Assert.Throws<InvalidDataException>(() => sandbox.Verify("a\n"));
        Assert.Equal("a\r\n", sandbox.Read("SampleTests.Method.verified.txt"));
    }
}
