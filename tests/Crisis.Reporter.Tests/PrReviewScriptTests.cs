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
        var headReporter = Path.Combine(Path.GetDirectoryName(typeof(CliApp).Assembly.Location)!, "crisis-brief.dll");
        var (code, stdout, stderr) = Run(repo, [("GITHUB_STEP_SUMMARY", stepSummary)], "bash", "tests/pr-review.sh", "HEAD~1", "--out", output, "--head-reporter", headReporter);
        Assert.True(code == 0, $"pr-review.sh exited with {code}\n{stderr}\n{stdout}");

        var summary = File.ReadAllText(Path.Combine(output, "summary.md"));
        Assert.Equal(summary, File.ReadAllText(stepSummary));
        Assert.Equal(summary, stdout);
        Assert.StartsWith("# Pull request review\n", summary, StringComparison.Ordinal);
        Assert.Contains("`base.json` → `head.json`: **0 added, 0 removed, 1 changed**", summary, StringComparison.Ordinal);
        Assert.Contains($"#### event `{EventId}`: {Title}\n\n- `title` changed: {BaseTitle} → {Title}\n", summary, StringComparison.Ordinal);
        Assert.Contains("## Briefings that change", summary, StringComparison.Ordinal);
        Assert.Matches(@"\| timeline \| changed \| [1-9][0-9]* \| [1-9][0-9]* \|", summary);
        Assert.DoesNotContain("| estimates | changed", summary, StringComparison.Ordinal);
        Assert.Contains("- `tests/Example.verified.md`", summary, StringComparison.Ordinal);

        Assert.Equal(
            BriefingRegistry.Names.Select(n => n + ".md").Order(StringComparer.Ordinal),
            Directory.GetFiles(Path.Combine(output, "briefings")).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Contains(Title, File.ReadAllText(Path.Combine(output, "briefings", "timeline.md")), StringComparison.Ordinal);

        // The base's worktree is gone.
        Assert.Single(Git(repo, "worktree", "list", "--porcelain").Split('\n'), l => l.StartsWith("worktree ", StringComparison.Ordinal));
    }

    [Fact]
    public void TheScriptExplainsItsUsage()
    {
        var (code, _, stderr) = Run(Solution(), [], "bash", "tests/pr-review.sh");
        Assert.Equal(2, code);
        Assert.Contains("tests/pr-review.sh BASE_REF [--out DIR] [--head-reporter DLL]", stderr, StringComparison.Ordinal);
    }
}
