namespace Crisis.Snapshots.Tests;

public class SettingsTaskTests
{
    [Fact]
    public async Task The_check_runs_once_when_awaited_with_the_chosen_settings()
    {
        var runs = new List<SnapshotSettings>();
        var task = new SettingsTask(runs.Add).UseMethodName("M").UseDirectory("D").UseParameters(1, "two");

        Assert.Empty(runs);
        await task;
        await task;

        var settings = Assert.Single(runs);
        Assert.Equal("M", settings.MethodName);
        Assert.Equal("D", settings.Directory);
        Assert.Equal([1, "two"], settings.ParameterValues!);
    }

    [Fact]
    public async Task Named_parameters_keep_their_names()
    {
        SnapshotSettings? seen = null;

        await new SettingsTask(s => seen = s).UseParameters(("kind", "a"), ("size", 2));

        Assert.Equal(["kind", "size"], seen!.ParameterNames!);
        Assert.Equal(["a", 2], seen.ParameterValues!);
    }

    [Fact]
    public async Task A_single_null_value_is_one_parameter()
    {
        SnapshotSettings? seen = null;

        await new SettingsTask(s => seen = s).UseParameters((object?)null);

        Assert.Equal([null], seen!.ParameterValues!);
    }

    [Fact]
    public async Task Failures_travel_in_the_task()
    {
        var task = new SettingsTask(_ => throw new SnapshotMismatchException("differs"));

        var error = await Assert.ThrowsAsync<SnapshotMismatchException>(async () => await task);

        Assert.Equal("differs", error.Message);
    }

    [Fact]
    public async Task Configuring_after_the_check_started_is_an_error()
    {
        var task = new SettingsTask(_ => { });
        await task;

        Assert.Throws<InvalidOperationException>(() => { _ = task.UseMethodName("late"); });
    }

    [Fact]
    public void An_empty_line_fragment_is_rejected()
    {
        Assert.Throws<ArgumentException>(() => { _ = new SettingsTask(_ => { }).ScrubLinesContaining(""); });
    }

    [Fact]
    public async Task Converts_to_a_task_for_expression_bodied_tests()
    {
        var ran = false;
        Task task = new SettingsTask(_ => ran = true);

        await task;

        Assert.True(ran);
    }
}
