using System.Diagnostics;
using System.Runtime.CompilerServices;

namespace Crisis.Snapshots.Tests;

public sealed class AcceptScriptTests : IDisposable
{
    private readonly SnapshotSandbox sandbox = new();

    public void Dispose() => sandbox.Dispose();

    private static string Script([CallerFilePath] string thisFile = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(thisFile)!, "..", "accept-snapshots.sh"));

    private (int ExitCode, string Output) Run(string? ci)
    {
        var start = new ProcessStartInfo("bash", [Script(), sandbox.Root])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment.Remove("CI");
        if (ci is not null)
        {
            start.Environment["CI"] = ci;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output);
    }

    [Fact]
    public void Renames_received_files_to_verified_and_says_what_it_accepted()
    {
        sandbox.Write("SampleTests.Method.received.txt", "a\n");
        sandbox.Write("SampleTests.Method#report.received.md", "b\n");
        sandbox.Write("facts.schema.json", "old\n");
        sandbox.Write("facts.schema.received.json", "new\n");

        var (exitCode, output) = Run(ci: null);

        Assert.Equal(0, exitCode);
        Assert.Equal("a\n", sandbox.Read("SampleTests.Method.verified.txt"));
        Assert.Equal("b\n", sandbox.Read("SampleTests.Method#report.verified.md"));
        Assert.Equal("new\n", sandbox.Read("facts.schema.json"));
        Assert.Empty(Directory.EnumerateFiles(sandbox.Root, "*.received.*", SearchOption.AllDirectories));
        Assert.Contains("accepted: Tests/SampleTests.Method.verified.txt", output, StringComparison.Ordinal);
        Assert.Contains("3 file(s) accepted", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Refuses_when_CI_is_set()
    {
        sandbox.Write("SampleTests.Method.received.txt", "a\n");

        var (exitCode, output) = Run(ci: "true");

        Assert.NotEqual(0, exitCode);
        Assert.Contains("CI is set", output, StringComparison.Ordinal);
        Assert.True(sandbox.Exists("SampleTests.Method.received.txt"));
        Assert.False(sandbox.Exists("SampleTests.Method.verified.txt"));
    }

    [Fact]
    public void Ignores_build_output_folders()
    {
        Directory.CreateDirectory(Path.Combine(sandbox.Root, "bin"));
        File.WriteAllText(Path.Combine(sandbox.Root, "bin", "X.received.txt"), "x\n");

        var (exitCode, _) = Run(ci: null);

        Assert.Equal(0, exitCode);
        Assert.True(File.Exists(Path.Combine(sandbox.Root, "bin", "X.received.txt")));
    }
}
