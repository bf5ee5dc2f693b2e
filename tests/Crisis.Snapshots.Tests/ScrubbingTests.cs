namespace Crisis.Snapshots.Tests;

public sealed class ScrubbingTests : IDisposable
{
    private readonly SnapshotSandbox sandbox = new();

    public void Dispose() => sandbox.Dispose();

    [Fact]
    public void Solution_project_and_temp_paths_become_placeholders()
    {
        // Root/Model.sln, Root/Tests/Sample.csproj: the sandbox is a small solution inside a fake temp folder.
        File.WriteAllText(Path.Combine(sandbox.Root, "Model.sln"), "");
        File.WriteAllText(sandbox.PathOf("Sample.csproj"), "");
        var temp = Path.Combine(sandbox.Root, "temp");
        sandbox.TempPath = temp + Path.DirectorySeparatorChar;
        var text = $"project {sandbox.TestDirectory}/x.cs\nsolution {sandbox.Root}/data\ntemp {temp}/out.json\n";

        Assert.Throws<SnapshotMismatchException>(() => sandbox.Verify(text));

        Assert.Equal(
            "project {ProjectDirectory}/x.cs\nsolution {SolutionDirectory}/data\ntemp {TempPath}/out.json\n",
            sandbox.Read("SampleTests.Method.received.txt"));
    }

    [Fact]
    public void The_longest_path_wins_when_the_solution_lies_in_the_temp_folder()
    {
        var scrubber = new PathScrubber("/tmp/abc/repo", "/tmp/abc/repo/tests/P", "/tmp/");

        Assert.Equal(
            "{ProjectDirectory}/a {SolutionDirectory}/b {TempPath}/c",
            scrubber.Scrub("/tmp/abc/repo/tests/P/a /tmp/abc/repo/b /tmp/c"));
    }

    [Theory]
    [InlineData("/repo2/x")]
    [InlineData("/repo.git/x")]
    [InlineData("/other/repo/x")]
    [InlineData("/repo_old")]
    public void Only_whole_path_segments_are_replaced(string text)
    {
        var scrubber = new PathScrubber("/repo", null, null);

        Assert.Equal(text, scrubber.Scrub(text));
    }

    [Theory]
    [InlineData("/repo", "{SolutionDirectory}")]
    [InlineData("/repo.", "{SolutionDirectory}.")]
    [InlineData("'/repo/a'", "'{SolutionDirectory}/a'")]
    public void A_path_at_the_end_or_before_punctuation_is_replaced(string text, string expected)
    {
        Assert.Equal(expected, new PathScrubber("/repo/", null, null).Scrub(text));
    }

    [Fact]
    public void Windows_paths_are_also_replaced_with_forward_slashes()
    {
        var scrubber = new PathScrubber(@"C:\src\repo", null, null);

        Assert.Equal("{SolutionDirectory}/a {SolutionDirectory}\\b", scrubber.Scrub(@"C:/src/repo/a C:\src\repo\b"));
    }

    [Fact]
    public void A_root_folder_is_never_scrubbed()
    {
        Assert.Equal("/a/b", new PathScrubber("/", null, null).Scrub("/a/b"));
    }

    [Fact]
    public void Custom_scrubbers_run_after_the_built_in_ones_in_order()
    {
        File.WriteAllText(sandbox.PathOf("Sample.csproj"), "");
        var text = $"{sandbox.TestDirectory}/file id=42\n";

        Assert.Throws<SnapshotMismatchException>(() => sandbox.Verify(text, configure: s =>
        {
            s.Scrubbers.Add(t => t.Replace("{ProjectDirectory}", "<P>", StringComparison.Ordinal));
            s.Scrubbers.Add(t => t.Replace("42", "{Id}", StringComparison.Ordinal));
        }));

        Assert.Equal("<P>/file id={Id}\n", sandbox.Read("SampleTests.Method.received.txt"));
    }

    [Fact]
    public void ScrubLinesContaining_removes_whole_lines_ignoring_case_and_keeps_the_final_newline()
    {
        Assert.Equal("keep\nalso keep\n", LineScrubber.RemoveLinesContaining("keep\nGenerated at 12:00\nalso keep\n", ["generated AT"]));
    }

    [Fact]
    public async Task ScrubLinesContaining_through_the_settings_task()
    {
        var task = new SettingsTask(chosen => sandbox.Verify("a\nsecret\nb\n", configure: s => s.Scrubbers.AddRange(chosen.Scrubbers)))
            .ScrubLinesContaining("SECRET");

        await Assert.ThrowsAsync<SnapshotMismatchException>(task.ToTask);
        Assert.Equal("a\nb\n", sandbox.Read("SampleTests.Method.received.txt"));
    }
}
