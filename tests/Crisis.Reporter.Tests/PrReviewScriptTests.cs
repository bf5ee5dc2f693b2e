using System.Diagnostics;
using Crisis.Reporter.Briefings;
using Crisis.Reporter.Commands;
using Crisis.Reporter.Tests.Support;
using static Crisis.Reporter.Tests.Support.ProjectCopy;

namespace Crisis.Reporter.Tests;

/// <summary>
/// tests/pr-review.sh, run as CI runs it, against a throwaway git repository: a copy of this project whose
/// first commit (the base) words one event's title differently and whose second commit (the head) is the
/// project as it is. The head's reporter is the one this test project was built with (same sources, same
/// facts), so the script builds only the base; that build is most of the test's time (under a minute on an
/// idle 2-core machine).
/// </summary>
public sealed class PrReviewScriptTests : IDisposable
{
    private const string EventId = "biden-putin-geneva-summit-2021";
    private const string Title = "Biden and Putin hold a summit in Geneva";
    private const string BaseTitle = "Biden and Putin meet in Geneva";

    private readonly string temp = Directory.CreateTempSubdirectory("crisis-pr-review-").FullName;

    public void Dispose() => Directory.Delete(temp, recursive: true);

    [Fact]
    public void TheScriptWritesTheFactDiffAndTheChangedBriefingsIntoTheJobSummary()
    {
        var repo = Path.Combine(temp, "repo");
        ProjectCopy.Copy(repo, "tests/pr-review.sh");
        var events = Path.Combine(repo, "data", "facts", "events.yaml");
        var yaml = File.ReadAllText(events);
        Assert.Contains("    title: " + Title + "\n", yaml, StringComparison.Ordinal);
        var snapshot = Path.Combine(repo, "tests", "Example.verified.md");

        File.WriteAllText(events, yaml.Replace("    title: " + Title + "\n", "    title: " + BaseTitle + "\n", StringComparison.Ordinal));
        File.WriteAllText(snapshot, "base\n");
        Git(repo, "init", "--quiet", "--initial-branch=main");
        Git(repo, "add", "--all");
        Git(repo, "commit", "--quiet", "-m", "base");
        File.WriteAllText(events, yaml);
        File.WriteAllText(snapshot, "head\n");
        Git(repo, "commit", "--quiet", "--all", "-m", "head: the event's title as the project has it");

        var stepSummary = Path.Combine(temp, "step-summary.md");
        File.WriteAllText(stepSummary, "");
        var output = Path.Combine(temp, "review");
        // Run from another repository: the script reviews its own (it reviewed the current folder's).
        var elsewhere = Path.Combine(temp, "elsewhere");
        Directory.CreateDirectory(elsewhere);
        Git(elsewhere, "init", "--quiet");
        var (code, stdout, stderr) = Run(elsewhere, [("GITHUB_STEP_SUMMARY", stepSummary)], "bash", Path.Combine(repo, "tests", "pr-review.sh"), "HEAD~1", "--out", output, "--head-reporter", HeadReporter);
        Assert.True(code == 0, $"pr-review.sh exited with {code}\n{stderr}\n{stdout}");

        var summary = File.ReadAllText(Path.Combine(output, "summary.md"));
        Assert.Equal(summary, File.ReadAllText(stepSummary));
        Assert.Equal(summary, stdout);
        Assert.StartsWith("# Pull request review\n", summary, StringComparison.Ordinal);
        Assert.Contains("`base.json` → `head.json`: **0 added, 0 removed, 1 changed**", summary, StringComparison.Ordinal);
        Assert.Contains($"#### event `{EventId}`: {Title}\n\n- `title` changed: {BaseTitle} → {Title}\n", summary, StringComparison.Ordinal);
        // What the head's newest source leaves stale, as crisis-brief check lists it, with its lines.
        var check = File.ReadAllText(Path.Combine(output, "check.txt"));
        Assert.Contains("crisis-brief check: ", check, StringComparison.Ordinal);
        Assert.Contains("## Stale after the newest source\n", summary, StringComparison.Ordinal);
        Assert.Contains("```text\n" + check + "```\n", summary, StringComparison.Ordinal);
        Assert.Contains("## Briefings that change", summary, StringComparison.Ordinal);
        Assert.Matches(@"\| timeline \| changed \| [1-9][0-9]* \| [1-9][0-9]* \|", summary);
        Assert.DoesNotContain("| estimates | changed", summary, StringComparison.Ordinal);
        Assert.Contains("- `tests/Example.verified.md`", summary, StringComparison.Ordinal);

        Assert.Equal(
            BriefingRegistry.Names.Select(n => n + ".md").Order(StringComparer.Ordinal),
            Directory.GetFiles(Path.Combine(output, "briefings"), "*.md").Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Contains(Title, File.ReadAllText(Path.Combine(output, "briefings", "timeline.md")), StringComparison.Ordinal);

        // The base's worktree is gone.
        Assert.Single(Git(repo, "worktree", "list", "--porcelain").Split('\n'), l => l.StartsWith("worktree ", StringComparison.Ordinal));
    }

    private static string HeadReporter => Path.Combine(Path.GetDirectoryName(typeof(CliApp).Assembly.Location)!, "crisis-brief.dll");

    /// <summary>A repository holding only the script, with a base commit and a head commit: enough when both reporters are given.</summary>
    private string ScriptOnlyRepository(string name)
    {
        var repo = Path.Combine(temp, name);
        Directory.CreateDirectory(Path.Combine(repo, "tests"));
        File.Copy(Path.Combine(Solution(), "tests", "pr-review.sh"), Path.Combine(repo, "tests", "pr-review.sh"));
        Git(repo, "init", "--quiet", "--initial-branch=main");
        Git(repo, "add", "--all");
        Git(repo, "commit", "--quiet", "-m", "base");
        File.WriteAllText(Path.Combine(repo, "tests", "Example.verified.md"), "head\n");
        Git(repo, "add", "--all");
        Git(repo, "commit", "--quiet", "-m", "head");
        return repo;
    }

    /// <summary>A review folder holding a previous review, which a failed run must leave as it was.</summary>
    private string PreviousReview()
    {
        var output = Path.Combine(temp, "review");
        Directory.CreateDirectory(Path.Combine(output, "briefings"));
        File.WriteAllText(Path.Combine(output, "summary.md"), "the previous review\n");
        File.WriteAllText(Path.Combine(output, "briefings", "timeline.md"), "previous\n");
        return output;
    }

    private static void AssertUntouched(string output)
    {
        Assert.Equal("the previous review\n", File.ReadAllText(Path.Combine(output, "summary.md")));
        Assert.Equal("previous\n", File.ReadAllText(Path.Combine(output, "briefings", "timeline.md")));
    }

    [Fact]
    public void ABadRefKeepsThePreviousReviewAndSaysWhyInOneLine()
    {
        var repo = ScriptOnlyRepository("repo");
        var output = PreviousReview();

        var (code, stdout, stderr) = Run(repo, [], "bash", "tests/pr-review.sh", "no-such-branch", "--out", output);

        Assert.Equal(1, code);
        Assert.Equal("", stdout);
        Assert.Equal($"pr-review: error: 'no-such-branch' is not a commit of {repo} (a branch, tag or commit; on CI, fetch the base branch)\n", stderr);
        AssertUntouched(output);
    }

    [Fact]
    public void AShallowCloneKeepsThePreviousReviewAndSaysWhyInOneLine()
    {
        var repo = ScriptOnlyRepository("repo");
        Git(repo, "checkout", "--quiet", "-b", "feature", "HEAD~1");
        File.WriteAllText(Path.Combine(repo, "feature.txt"), "x\n");
        Git(repo, "add", "--all");
        Git(repo, "commit", "--quiet", "-m", "feature");
        var clone = Path.Combine(temp, "shallow");
        Git(temp, "clone", "--quiet", "--depth", "1", "--no-single-branch", "--branch", "feature", "file://" + repo, clone);
        var output = PreviousReview();

        var (code, _, stderr) = Run(clone, [], "bash", "tests/pr-review.sh", "origin/main", "--out", output);

        Assert.Equal(1, code);
        Assert.Equal("pr-review: error: no common ancestor of origin/main and HEAD in this shallow clone: fetch the history (git fetch --unshallow, or fetch-depth: 0 on CI)\n", stderr);
        AssertUntouched(output);
    }

    [Fact]
    public void AScriptOutsideARepositorySaysSoInOneLine()
    {
        var folder = Path.Combine(temp, "loose");
        Directory.CreateDirectory(folder);
        File.Copy(Path.Combine(Solution(), "tests", "pr-review.sh"), Path.Combine(folder, "pr-review.sh"));
        var output = PreviousReview();

        var (code, _, stderr) = Run(folder, [], "bash", "pr-review.sh", "main", "--out", output);

        Assert.Equal(1, code);
        Assert.Equal($"pr-review: error: {folder} is not inside a git repository: run the pr-review.sh of a clone of the project\n", stderr);
        AssertUntouched(output);
    }

    [Fact]
    public void AnUnwritableStepSummaryIsAWarningAndTheReviewIsStillWritten()
    {
        var repo = ScriptOnlyRepository("repo");
        var output = PreviousReview();
        var unwritable = Path.Combine(temp, "a-folder");
        Directory.CreateDirectory(unwritable); // appending to a folder fails, even as root

        var (code, stdout, stderr) = Run(repo, [("GITHUB_STEP_SUMMARY", unwritable)], "bash", "tests/pr-review.sh", "HEAD~1", "--out", output,
            "--head-reporter", HeadReporter, "--base-reporter", HeadReporter);

        Assert.True(code == 0, $"pr-review.sh exited with {code}\n{stderr}");
        Assert.Contains($"pr-review: warning: cannot append the page to $GITHUB_STEP_SUMMARY ({unwritable}); it is printed below and in {output}/summary.md\n", stderr, StringComparison.Ordinal);
        var summary = File.ReadAllText(Path.Combine(output, "summary.md"));
        Assert.Equal(summary, stdout);
        Assert.Contains("no fact was added, removed or changed", summary, StringComparison.Ordinal);
        Assert.Contains("- `tests/Example.verified.md`", summary, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("INT", 130)]
    [InlineData("TERM", 143)]
    public async Task AnInterruptStopsTheReviewAndRemovesItsWorktree(string signalName, int exitCode)
    {
        var cancel = TestContext.Current.CancellationToken;
        var repo = Path.Combine(temp, "repo");
        ProjectCopy.Copy(repo, "tests/pr-review.sh");
        Git(repo, "init", "--quiet", "--initial-branch=main");
        Git(repo, "add", "--all");
        Git(repo, "commit", "--quiet", "-m", "base");
        File.WriteAllText(Path.Combine(repo, "tests", "Example.verified.md"), "head\n");
        Git(repo, "add", "--all");
        Git(repo, "commit", "--quiet", "-m", "head");
        var output = PreviousReview();
        var scratch = Path.Combine(temp, "tmp");
        Directory.CreateDirectory(scratch);

        // As a shell in a terminal starts it: a process started in the background by a non-interactive shell (the test
        // host may be one) ignores SIGINT, and bash cannot trap a signal that was ignored when it started.
        var start = new ProcessStartInfo("env") { WorkingDirectory = repo, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { "--default-signal=INT", "bash", "tests/pr-review.sh", "HEAD~1", "--out", output, "--head-reporter", HeadReporter })
        {
            start.ArgumentList.Add(a);
        }

        start.Environment["TMPDIR"] = scratch;
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync(cancel);
        var stderr = process.StandardError.ReadToEndAsync(cancel);
        // Interrupt while the base builds: once its worktree is there and its build has been going for a few seconds.
        var deadline = DateTime.UtcNow.AddMinutes(5);
        while (!Git(repo, "worktree", "list", "--porcelain").Contains("/base\n", StringComparison.Ordinal) && !process.HasExited && DateTime.UtcNow < deadline)
        {
            await Task.Delay(200, cancel);
        }

        Assert.False(process.HasExited, "pr-review.sh ended before the base's build");
        await Task.Delay(3000, cancel);
        using (var signal = Process.Start("kill", ["-" + signalName, process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])!)
        {
            await signal.WaitForExitAsync(cancel);
        }

        // A guard against a script that carries on, not a performance check: the base's build alone takes longer.
        using var guard = CancellationTokenSource.CreateLinkedTokenSource(cancel);
        guard.CancelAfter(TimeSpan.FromSeconds(60));
        try
        {
            await process.WaitForExitAsync(guard.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"pr-review.sh was still running a minute after SIG{signalName}: " + await stderr);
        }

        var errors = await stderr;
        Assert.True(process.ExitCode == exitCode, $"exit {process.ExitCode}: {errors}");
        Assert.Equal("", await stdout);
        Assert.Contains($"pr-review: interrupted (SIG{signalName}): stopped; the base's worktree is removed", errors, StringComparison.Ordinal);
        Assert.DoesNotContain("does not build", errors, StringComparison.Ordinal);
        Assert.Single(Git(repo, "worktree", "list", "--porcelain").Split('\n'), l => l.StartsWith("worktree ", StringComparison.Ordinal));
        Assert.Empty(Directory.GetDirectories(scratch, "pr-review.*")); // its temporary folder (dotnet leaves its own scratch files)
        AssertUntouched(output);
    }

    [Fact]
    public void TheScriptExplainsItsUsage()
    {
        var (code, _, stderr) = Run(Solution(), [], "bash", "tests/pr-review.sh");
        Assert.Equal(2, code);
        Assert.Contains("tests/pr-review.sh BASE_REF [--out DIR] [--head-reporter DLL] [--base-reporter DLL]", stderr, StringComparison.Ordinal);
    }
}
