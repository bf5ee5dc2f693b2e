using System.Diagnostics;
using Crisis.Reporter.Commands;
using Crisis.Reporter.Output;

namespace Crisis.Reporter.Tests;

/// <summary>
/// Issue 20 on the command line: a signal while <c>--out</c> writes removes its temporary file (the real process and a
/// real signal), and every error is one line, a value the user gave echoed with its control characters escaped.
/// </summary>
public sealed class CliSignalAndMessageTests : IDisposable
{
    private readonly string temp = Directory.CreateTempSubdirectory("crisis-brief-signals-").FullName;

    public void Dispose() => Directory.Delete(temp, recursive: true);

    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter { NewLine = "\n" };
        var stderr = new StringWriter { NewLine = "\n" };
        var code = new CliApp(() => TestData.Catalog).Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    [Theory]
    [InlineData("INT", 130)]
    [InlineData("TERM", 143)]
    [Trait("Category", CliFailureTests.RealProcess)]
    public async Task ASignalWhileOutIsWrittenRemovesTheTemporaryFile(string signal, int exitCode)
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "POSIX signals");
        var cancel = TestContext.Current.CancellationToken;
        var target = Path.Combine(temp, "situation.md");
        File.WriteAllText(target, "the previous briefing\n");
        // The JIT build, or the native binary when .ci/run gives it (CliFailureTests.NativeBinaryVariable).
        string[] reporter = Environment.GetEnvironmentVariable(CliFailureTests.NativeBinaryVariable) is { Length: > 0 } native
            ? [native]
            : [Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet", Path.Combine(AppContext.BaseDirectory, "crisis-brief.dll")];
        // env restores SIGINT's default: a process started in the background by a non-interactive shell ignores it.
        var start = new ProcessStartInfo("env") { WorkingDirectory = temp, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { "--default-signal=INT" }.Concat(reporter).Concat(["render", "situation", "--out", target]))
        {
            start.ArgumentList.Add(a);
        }

        start.Environment["CRISIS_BRIEF_HOLD_TEMP_MS"] = "60000"; // holds the temporary file, so that the signal finds it
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync(cancel);
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (Directory.GetFiles(temp, ".situation.md.*.tmp").Length == 0 && !process.HasExited && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100, cancel);
        }

        Assert.False(process.HasExited, "crisis-brief ended before writing its temporary file");
        using (var kill = Process.Start("kill", ["-" + signal, process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])!)
        {
            await kill.WaitForExitAsync(cancel);
        }

        using var guard = CancellationTokenSource.CreateLinkedTokenSource(cancel);
        guard.CancelAfter(TimeSpan.FromSeconds(30)); // a guard against a process that ignores the signal, not a timing
        await process.WaitForExitAsync(guard.Token);

        Assert.Equal(exitCode, process.ExitCode);
        Assert.Empty(Directory.GetFiles(temp, ".*.tmp"));
        Assert.Equal("the previous briefing\n", File.ReadAllText(target));
        _ = await stderr;
    }

    [Theory]
    [InlineData(new[] { "export", "--format", "xml" }, "error: --format xml: not a format of this command; give json or timelinejs.")]
    [InlineData(new[] { "diff", "a.json", "b.json", "--format", "xml" }, "error: --format xml: not a format of this command; give markdown or json.")]
    public void AnUnknownFormatIsOneLine(string[] args, string expected)
    {
        var (code, output, error) = Run(args);

        Assert.Equal((ExitCodes.Usage, ""), (code, output));
        Assert.Equal(expected + "\nRun 'crisis-brief --help' (or 'crisis-brief COMMAND --help') for usage.\n", error);
    }

    [Theory]
    [InlineData("--from", "2022\n\u001B[31mred")]
    [InlineData("--to", "2022-01\r\n")]
    [InlineData("--actor", "joe\nbiden\u0007")]
    [InlineData("--topic", "military\u2028x")]
    public void AValueWithControlCharactersIsEchoedEscapedOnOneLine(string option, string value)
    {
        var (code, _, error) = Run("render", "situation", option, value);

        Assert.Equal(ExitCodes.Data, code);
        Assert.StartsWith("error: ", error, StringComparison.Ordinal);
        Assert.Single(error.TrimEnd('\n').Split('\n'));
        Assert.DoesNotContain('\u001B', error);
        Assert.DoesNotContain('\r', error);
        Assert.DoesNotContain('\u2028', error);
        Assert.Contains(ErrorLine.Escape(value), error, StringComparison.Ordinal);
    }

    [Fact]
    public void EscapesReadAsTheyWouldInCode() =>
        Assert.Equal("a\\nb\\r\\tc\\x1B[31m\\x07\\x9B\\u2028 é", ErrorLine.Escape("a\nb\r\tc\u001B[31m\u0007\u009B\u2028 é"));
}
