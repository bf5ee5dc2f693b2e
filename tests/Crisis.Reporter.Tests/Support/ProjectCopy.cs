using System.Diagnostics;

namespace Crisis.Reporter.Tests.Support;

/// <summary>A copy of what builds the reporter, to change and build outside the repository, and the processes that do it.</summary>
public static class ProjectCopy
{
    /// <summary>Copies what builds the reporter (tracked and new files, as they are in the working tree) into <paramref name="target"/>.</summary>
    public static void Copy(string target, params string[] more)
    {
        var solution = Solution();
        var files = Git(solution, ["ls-files", "--cached", "--others", "--exclude-standard", "--",
            "src", "generators", "data", "Directory.Build.props", "Directory.Build.targets", "Directory.Packages.props", ".editorconfig", ".gitattributes", .. more]);
        foreach (var file in files.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            var source = Path.Combine(solution, file);
            if (File.Exists(source))
            {
                var destination = Path.Combine(target, file);
                Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
                File.Copy(source, destination);
            }
        }
    }

    /// <summary>The repository's root: the folder above the test binaries that holds Model.sln.</summary>
    public static string Solution()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Model.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Model.sln not found above " + AppContext.BaseDirectory);
    }

    /// <summary>Runs git in <paramref name="repo"/> with a throwaway identity; fails the test when git fails.</summary>
    public static string Git(string repo, params string[] args)
    {
        string[] identity = ["-c", "user.name=pr-review test", "-c", "user.email=pr-review@example.invalid", "-c", "commit.gpgsign=false"];
        var (code, stdout, stderr) = Run(repo, [], "git", [.. identity, .. args]);
        Assert.True(code == 0, $"git {string.Join(' ', args)} exited with {code}: {stderr}");
        return stdout;
    }

    /// <summary>Runs a program to its end (at most 15 minutes, a guard against a hung build) and returns its exit code and output.</summary>
    public static (int Code, string Out, string Err) Run(string directory, (string Name, string Value)[] environment, string program, params string[] args)
    {
        var start = new ProcessStartInfo(program) { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        // A guard against a hung build, not a performance check.
        if (!process.WaitForExit(TimeSpan.FromMinutes(15)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"{program} {string.Join(' ', args)} did not finish in 15 minutes");
        }

        return (process.ExitCode, stdout.Result, stderr.Result);
    }
}
