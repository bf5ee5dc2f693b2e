using System.Diagnostics;
using Crisis.Model;
using Crisis.Reporter.Commands;
using Crisis.Reporter.Output;

namespace Crisis.Reporter.Tests;

/// <summary>
/// The command line's failures of input and output (docs/reliability.md, "The command line"): each gives its exit code
/// and one plain line, never a stack trace. What depends on file descriptors (a full disk, a closed stdout or stderr)
/// runs the real process under /bin/sh; the rest runs in process.
/// </summary>
public sealed class CliFailureTests : IDisposable
{
    private readonly string temp = Directory.CreateTempSubdirectory("crisis-brief-failures-").FullName;

    public void Dispose()
    {
        foreach (var file in Directory.EnumerateFiles(temp, "*", SearchOption.AllDirectories))
        {
            File.SetAttributes(file, FileAttributes.Normal); // the read-only file, so that it can be deleted
        }

        Directory.Delete(temp, recursive: true);
    }

    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter { NewLine = "\n" };
        var stderr = new StringWriter { NewLine = "\n" };
        var code = new CliApp(() => TestData.Catalog).Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    /// <summary>
    /// The published native binary to run instead of the JIT build (set by .ci/run for the tests of category
    /// <see cref="RealProcess"/>).
    /// </summary>
    public const string NativeBinaryVariable = "CRISIS_BRIEF_BINARY";

    /// <summary>The category of the tests that run the real process (<see cref="Shell"/>).</summary>
    public const string RealProcess = "RealProcess";

    /// <summary>Runs crisis-brief as a user would in a shell: <paramref name="command"/> follows the program, redirections included.</summary>
    private (int Code, string Err) Shell(string command, params (string Name, string Value)[] environment)
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "file descriptors and /dev/full are POSIX");
        var start = new ProcessStartInfo("/bin/sh") { WorkingDirectory = temp, RedirectStandardError = true, RedirectStandardOutput = true };
        start.ArgumentList.Add("-c");
        if (Environment.GetEnvironmentVariable(NativeBinaryVariable) is { Length: > 0 } native)
        {
            // .ci/run runs these tests again against the published NativeAOT binary, whose streams are its own code.
            start.ArgumentList.Add($"exec \"$0\" {command}");
            start.ArgumentList.Add(native);
        }
        else
        {
            start.ArgumentList.Add($"exec \"$0\" \"$1\" {command}");
            start.ArgumentList.Add(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet");
            start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "crisis-brief.dll"));
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        // A guard against a run that never ends (a device read for ever), not a performance check.
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"crisis-brief {command} was still running after 2 minutes");
        }

        LastOutput = output.Result;
        return (process.ExitCode, error.Result);
    }

    /// <summary>What the last <see cref="Shell"/> run wrote to stdout.</summary>
    private string LastOutput { get; set; } = "";

    private static void AssertOnePlainLine(string error)
    {
        Assert.StartsWith("error: ", error, StringComparison.Ordinal);
        Assert.Single(error.TrimEnd('\n').Split('\n'));
        Assert.DoesNotContain("internal error", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("render situation >/dev/full", "error: cannot write to standard output: No space left on device.\n")]
    [InlineData("list >/dev/full", "error: cannot write to standard output: No space left on device.\n")]
    [InlineData("--help >/dev/full", "error: cannot write to standard output: No space left on device.\n")]
    [InlineData("render situation >&-", "error: cannot write to standard output: it is closed (Bad file descriptor).\n")]
    [InlineData("export --format json >&-", "error: cannot write to standard output: it is closed (Bad file descriptor).\n")]
    [Trait("Category", RealProcess)]
    public void StandardOutputThatCannotBeWrittenIsAnOutputErrorInOneLine(string command, string expected)
    {
        Assert.SkipUnless(File.Exists("/dev/full"), "no /dev/full here");
        var (code, error) = Shell(command);

        Assert.Equal(ExitCodes.Output, code);
        Assert.Equal(expected, error);
    }

    [Theory]
    [InlineData("render nosuch 2>&-", ExitCodes.Usage)]
    [InlineData("render situation --out '' 2>&-", ExitCodes.Usage)]
    [InlineData("render situation >/dev/full 2>&-", ExitCodes.Output)]
    [InlineData("render situation >&- 2>&-", ExitCodes.Output)]
    [InlineData("list >/dev/null 2>&-", ExitCodes.Ok)]
    [Trait("Category", RealProcess)]
    public void AClosedStandardErrorKeepsTheExitCode(string command, int expected)
    {
        // Before, the error message's write to the closed stderr threw past every handler: the runtime aborted (134).
        Assert.Equal(expected, Shell(command).Code);
    }

    [Fact]
    [Trait("Category", RealProcess)]
    public void AClosedStandardErrorNeverSendsTheErrorIntoTheOutput()
    {
        // With descriptor 2 closed, opening stdout (a duplicate of 1) takes number 2: the native build then wrote its
        // error messages into the output until stderr was opened first.
        var (code, _) = Shell("render nosuch 2>&- >out.md");

        Assert.Equal(ExitCodes.Usage, code);
        Assert.Equal("", File.ReadAllText(Path.Combine(temp, "out.md")));
    }

    [Theory]
    [InlineData("render", "situation", "--out", "", "--out is empty: give a file name.")]
    [InlineData("export", "--format", "json", "--out", "", "--out is empty: give a file name.")]
    [InlineData("render", "--all", "--out-dir", "", "--out-dir is empty: give a folder name.")]
    [InlineData("render", "situation", "--templates", "", "--templates is empty: give a folder name.")]
    [InlineData("render", "situation", "--from", "", "--from is empty: give a value (DATE).")]
    [InlineData("diff", "", "new.json", "OLD is empty: give a value.")]
    public void AnEmptyValueIsAUsageErrorNamingTheOption(params string[] argsThenMessage)
    {
        var (code, output, error) = Run(argsThenMessage[..^1]);

        Assert.Equal(ExitCodes.Usage, code);
        Assert.Equal("", output);
        Assert.StartsWith("error: " + argsThenMessage[^1] + "\n", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void OutKeepsTheExistingFilesPermissions()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "Unix permissions");
        var file = Path.Combine(temp, "private.md");
        File.WriteAllText(file, "old\n");
        File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite); // chmod 600

        var (code, _, error) = Run("render", "situation", "--out", file);

        Assert.Equal((ExitCodes.Ok, ""), (code, error));
        Assert.StartsWith("# Situation briefing", File.ReadAllText(file), StringComparison.Ordinal);
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
    }

    [Fact]
    public void OutRefusesAReadOnlyFileAndLeavesItUntouched()
    {
        var file = Path.Combine(temp, "published.md");
        File.WriteAllText(file, "published\n");
        File.SetAttributes(file, FileAttributes.ReadOnly); // chmod a-w: refused even when running as root

        var (code, output, error) = Run("render", "situation", "--out", file);

        Assert.Equal(ExitCodes.Output, code);
        Assert.Equal("", output);
        Assert.Equal($"error: cannot write {file}: the file is read-only, so it is left as it is. Make it writable or choose another file.\n", error);
        Assert.Equal("published\n", File.ReadAllText(file));
        Assert.Equal([file], Directory.GetFiles(temp)); // no temporary file left behind
    }

    [Fact]
    public void OutFollowsASymbolicLinkInsteadOfReplacingIt()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "symbolic links need privileges there");
        var file = Path.Combine(temp, "briefing.md");
        File.WriteAllText(file, "old\n");
        var link = Path.Combine(temp, "latest.md");
        File.CreateSymbolicLink(link, file);

        Assert.Equal(ExitCodes.Ok, Run("render", "situation", "--out", link).Code);

        Assert.Equal(file, new FileInfo(link).ResolveLinkTarget(returnFinalTarget: true)?.FullName);
        Assert.StartsWith("# Situation briefing", File.ReadAllText(file), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OutWritesThroughAPipeInsteadOfRenamingOverIt()
    {
        // As /dev/null or /dev/stdout: renaming a regular file over it (as root) replaced the device.
        Assert.SkipUnless(OperatingSystem.IsLinux(), "mkfifo and statx");
        var pipe = Path.Combine(temp, "pipe");
        using (var mkfifo = Process.Start("mkfifo", [pipe]))
        {
            mkfifo.WaitForExit();
        }

        var reader = Task.Run(() => File.ReadAllText(pipe), TestContext.Current.CancellationToken);
        var (code, _, error) = Run("render", "situation", "--out", pipe);

        Assert.Equal((ExitCodes.Ok, ""), (code, error));
        Assert.StartsWith("# Situation briefing", await reader, StringComparison.Ordinal);
        Assert.False(FileKind.IsRegularOrMissing(pipe)); // still the pipe
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void OutInAFolderThatCannotBeWrittenNamesTheFileNotTheTemporaryOne()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows() || Environment.UserName == "root", "needs Unix permissions that apply (not root)");
        var folder = Directory.CreateDirectory(Path.Combine(temp, "locked")).FullName;
        File.SetUnixFileMode(folder, UnixFileMode.UserRead | UnixFileMode.UserExecute);
        var file = Path.Combine(folder, "x.md");

        var (code, _, error) = Run("render", "situation", "--out", file);

        File.SetUnixFileMode(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        Assert.Equal(ExitCodes.Output, code);
        Assert.Equal($"error: cannot write {file}: Access to the path '{file}' is denied.\n", error);
    }

    [Fact]
    public void OutNamingAFolderIsAnOutputError()
    {
        var (code, _, error) = Run("render", "situation", "--out", temp);

        Assert.Equal(ExitCodes.Output, code);
        Assert.Equal($"error: cannot write {temp}: it is a folder; give a file name.\n", error);
    }

    [Theory]
    [InlineData("parens", "1:252: The statement depth limit `250` was reached when parsing this statement")]
    [InlineData("ifs", "1:3241: The statement depth limit `250` was reached when parsing this statement")]
    [InlineData("braces", "1:5: Unexpected token `{` while parsing object initializer.")]
    [InlineData("unfinished", "1:690008: Error while parsing binary expression: Expecting an <expression> to the right of the operator instead of `<eof>`")]
    [InlineData("loops", "1:14: Range expression exceeds LoopLimit `100000`.")]
    public void A690KilobyteTemplateFailsWithItsCauseAndPosition(string kind, string expected)
    {
        // The issue's probe: a 690 KB template gave "An unhandled exception occurred while trying to compile the
        // template", with no cause and no position.
        const int size = 690_000;
        var text = kind switch
        {
            "parens" => "{{ " + new string('(', size) + " }}",
            "ifs" => string.Concat(Enumerable.Repeat("{{ if true }}", size / 13)),
            "braces" => "{{ " + new string('{', size) + " }}",
            "unfinished" => "{{ 1 + " + new string(' ', size),
            _ => "{{ for i in 1..200000 }}" + new string('x', size) + "{{ end }}",
        };
        var templates = Path.Combine(temp, "templates");
        Directory.CreateDirectory(templates);
        File.WriteAllText(Path.Combine(templates, "big.scriban"), text);

        var (code, output, error) = Run("render", "big", "--templates", templates);

        Assert.Equal(ExitCodes.Template, code);
        Assert.Equal("", output);
        AssertOnePlainLine(error);
        Assert.StartsWith($"error: template {Path.Combine(templates, "big.scriban")}:{expected}", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{{ 3E3333333 }}", "1:4: the number 3E3333333 is too large")]
    [InlineData("ok\n{{ x = 1e400 }}", "2:8: the number 1e400 is too large")]
    [InlineData("{{~333%3233E333333333", "1:8: the number 3233E333333333 is too large")]
    [InlineData("{{ 1E4000M }}", "1:4: the number 1E4000M is too large")]
    public void AHugeNumberIsALocatedErrorNotAHang(string text, string expected)
    {
        // Found by fuzzing: Scriban computes an exact integer for a literal before any limit applies, and 3E3333333
        // alone ran for minutes.
        var templates = Path.Combine(temp, "templates");
        Directory.CreateDirectory(templates);
        File.WriteAllText(Path.Combine(templates, "huge.scriban"), text);

        var (code, output, error) = Run("render", "huge", "--templates", templates);

        Assert.Equal((ExitCodes.Template, ""), (code, output));
        Assert.StartsWith($"error: template {Path.Combine(templates, "huge.scriban")}:{expected}", error, StringComparison.Ordinal);
    }

    [Fact]
    public void NumbersUpToADoublesRangeStillRender()
    {
        var templates = Path.Combine(temp, "templates");
        Directory.CreateDirectory(templates);
        File.WriteAllText(Path.Combine(templates, "numbers.scriban"), "{{ 1e308 > 1 }} {{ 1.5e-400 < 1 }} {{ 0x7FFFFFFF }} {{ 3E3M }}");

        var (code, output, _) = Run("render", "numbers", "--templates", templates);

        Assert.Equal((ExitCodes.Ok, "true true 2147483647 3000"), (code, output));
    }

    [Fact]
    public void A690KilobyteTemplateThatIsValidRenders()
    {
        var templates = Path.Combine(temp, "templates");
        Directory.CreateDirectory(templates);
        File.WriteAllText(Path.Combine(templates, "big.scriban"), string.Concat(Enumerable.Repeat("{{ title }}\n", 690_000 / 12)));

        var (code, output, _) = Run("render", "big", "--templates", templates);

        Assert.Equal(ExitCodes.Ok, code);
        Assert.Equal(690_000 / 12, output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Theory]
    [InlineData("/dev/zero")]
    [InlineData("fifo")]
    [Trait("Category", RealProcess)]
    public void APartialThatIsADeviceOrAPipeIsALocatedErrorNotAnEndlessRead(string target)
    {
        // Was: /dev/zero read until memory ran out (2-4 GB); a FIFO blocked for ever.
        var partials = Path.Combine(temp, "templates", "partials");
        Directory.CreateDirectory(partials);
        var partial = Path.Combine(partials, "header.scriban");
        if (target == "fifo")
        {
            using var mkfifo = Process.Start("mkfifo", [partial])!;
            mkfifo.WaitForExit();
            Assert.Equal(0, mkfifo.ExitCode);
        }
        else
        {
            File.CreateSymbolicLink(partial, target);
        }

        var (code, error) = Shell("render situation --templates templates");

        Assert.Equal(ExitCodes.Template, code);
        Assert.Equal("error: template templates/partials/header.scriban: is not a regular file (a device, a pipe or a socket): a template is a file of text\n", error);
    }

    [Fact]
    [Trait("Category", RealProcess)]
    public void A300MegabyteTemplateIsRefusedBeforeItIsRead()
    {
        // Was: read whole (and decoded: twice its size again) before anything was checked.
        var templates = Path.Combine(temp, "templates");
        Directory.CreateDirectory(templates);
        var big = Path.Combine(templates, "big.scriban");
        using (var file = File.Create(big))
        {
            file.SetLength(300L * 1024 * 1024); // sparse: costs no disk
        }

        var (code, error) = Shell("render big --templates templates");

        Assert.Equal(ExitCodes.Template, code);
        AssertOnePlainLine(error);
        Assert.Equal("error: template templates/big.scriban: is larger than 4,194,304 bytes (4 MiB), the most a template may be (314,572,800 bytes seen): split it into partials\n", error);
    }

    [Fact]
    public void TheClockIsALocatedErrorInATemplate()
    {
        var templates = Path.Combine(temp, "templates");
        Directory.CreateDirectory(templates);
        File.WriteAllText(Path.Combine(templates, "clock.scriban"), "Written {{ date.now }}");

        var (code, output, error) = Run("render", "clock", "--templates", templates);

        Assert.Equal((ExitCodes.Template, ""), (code, output));
        Assert.StartsWith($"error: template {Path.Combine(templates, "clock.scriban")}:1:12: date.now is not available: a briefing is as of its newest source", error, StringComparison.Ordinal);
    }

    [Fact]
    public void ArraySortIsOrdinalWhateverTheCultureAndTakesMixedLists()
    {
        var templates = Path.Combine(temp, "templates");
        Directory.CreateDirectory(templates);
        File.WriteAllText(Path.Combine(templates, "sorted.scriban"),
            "{{ [\"b\", \"a\", \"B\", \"\u00E9\", \"e\"] | array.sort | array.join \",\" }} {{ [2, \"a\", 1.5, true, 10] | array.sort | array.join \",\" }}");
        var culture = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            // A culture's order puts "a" before "B"; ordinal, the same on every machine, puts "B" first.
            System.Globalization.CultureInfo.CurrentCulture = System.Globalization.CultureInfo.GetCultureInfo("en-US");

            var (code, output, error) = Run("render", "sorted", "--templates", templates);

            Assert.True(code == ExitCodes.Ok, error);
            // (A value starting "1." is escaped, so that it cannot open a numbered list.)
            Assert.Equal("B,a,b,e,\u00E9 1\\.5,2,10,true,a", output);
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = culture;
        }
    }

    [Fact]
    [Trait("Category", RealProcess)]
    public void DateParseGivesTheSameTimeInEveryTimeZone()
    {
        var templates = Path.Combine(temp, "templates");
        Directory.CreateDirectory(templates);
        File.WriteAllText(Path.Combine(templates, "times.scriban"),
            "{{ date.parse \"2022-02-13T10:00:00+03:00\" | date.to_string \"%F %T\" }} {{ date.parse \"2022-02-13 10:00\" | date.to_string \"%F %T\" }} {{ date.parse \"13/02/2022\" \"%d/%m/%Y\" | date.to_string \"%F\" }}");

        foreach (var zone in new[] { "UTC", "Asia/Tokyo", "America/New_York" })
        {
            var (code, error) = Shell("render times --templates templates", ("TZ", zone));

            Assert.True(code == ExitCodes.Ok, error);
            Assert.Equal("2022-02-13 07:00:00 2022-02-13 10:00:00 2022-02-13", LastOutput);
        }
    }
}
