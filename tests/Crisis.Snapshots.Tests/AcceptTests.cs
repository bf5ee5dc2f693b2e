namespace Crisis.Snapshots.Tests;

public sealed class AcceptTests : IDisposable
{
    private readonly SnapshotSandbox sandbox = new();

    public void Dispose() => sandbox.Dispose();

    [Theory]
    [InlineData("1")]
    [InlineData("true")]
    [InlineData("TRUE")]
    public void SNAPSHOT_ACCEPT_creates_a_new_verified_file_and_passes(string value)
    {
        sandbox.Environment["SNAPSHOT_ACCEPT"] = value;

        sandbox.Verify("new\n");

        Assert.Equal("new\n", sandbox.Read("SampleTests.Method.verified.txt"));
        Assert.False(sandbox.Exists("SampleTests.Method.received.txt"));
    }

    [Fact]
    public void SNAPSHOT_ACCEPT_overwrites_a_different_verified_file_and_removes_the_received_one()
    {
        sandbox.Environment["SNAPSHOT_ACCEPT"] = "1";
        sandbox.Write("SampleTests.Method.verified.txt", "old\n");
        sandbox.Write("SampleTests.Method.received.txt", "stale\n");

        sandbox.Verify("changed\n");

        Assert.Equal("changed\n", sandbox.Read("SampleTests.Method.verified.txt"));
        Assert.False(sandbox.Exists("SampleTests.Method.received.txt"));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("false")]
    [InlineData("yes")]
    [InlineData("")]
    public void Other_values_of_SNAPSHOT_ACCEPT_do_not_accept(string value)
    {
        sandbox.Environment["SNAPSHOT_ACCEPT"] = value;

        Assert.Throws<SnapshotMismatchException>(() => sandbox.Verify("new\n"));
        Assert.False(sandbox.Exists("SampleTests.Method.verified.txt"));
    }

    [Theory]
    [InlineData("true")]
    [InlineData("1")]
    [InlineData("false")]
    public void Nothing_is_accepted_when_CI_is_set_to_any_value(string ci)
    {
        sandbox.Environment["SNAPSHOT_ACCEPT"] = "1";
        sandbox.Environment["CI"] = ci;
        sandbox.Write("SampleTests.Method.verified.txt", "old\n");

        var error = Assert.Throws<SnapshotMismatchException>(() => sandbox.Verify("changed\n"));

        Assert.Equal("old\n", sandbox.Read("SampleTests.Method.verified.txt"));
        Assert.Equal("changed\n", sandbox.Read("SampleTests.Method.received.txt"));
        Assert.Contains("Accepting is disabled on CI", error.Message, StringComparison.Ordinal);
        Assert.Contains("SNAPSHOT_ACCEPT is ignored", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_new_snapshot_is_never_created_on_CI()
    {
        sandbox.Environment["SNAPSHOT_ACCEPT"] = "true";
        sandbox.Environment["CI"] = "true";

        var error = Assert.Throws<SnapshotMismatchException>(() => sandbox.Verify("new\n"));

        Assert.False(sandbox.Exists("SampleTests.Method.verified.txt"));
        Assert.Contains("New snapshot", error.Message, StringComparison.Ordinal);
        Assert.Contains("Accepting is disabled on CI", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_CI_variable_does_not_count_as_CI()
    {
        sandbox.Environment["SNAPSHOT_ACCEPT"] = "1";
        sandbox.Environment["CI"] = "";

        sandbox.Verify("new\n");

        Assert.True(sandbox.Exists("SampleTests.Method.verified.txt"));
    }
}
