using System.Runtime.CompilerServices;
using static Crisis.Snapshots.Verifier;

namespace Crisis.Snapshots.Tests;

/// <summary>
/// Goes through the public entry points against committed snapshots beside this file, exactly as a test
/// using Verify would (replace the using above with Verify's and nothing else changes).
/// </summary>
public class EndToEndTests
{
    [Fact]
    public Task Plain_text() =>
        Verify("Snapshots are UTF-8, LF only, never trimmed.\n  Leading spaces and a trailing blank line stay.\n\n");

    [Theory]
    [InlineData("alpha", 1)]
    [InlineData("beta/gamma", 2)]
    public Task With_parameters(string name, int count) =>
        Verify($"{name} x {count}\n").UseParameters(name, count);

    [Fact]
    public Task Several_outputs() =>
        Verify([new Target("md", "# Report\n\n| a | b |\n| --- | --- |\n| 1 | 2 |\n", "report"), new Target("txt", "no diagnostics\n")]);

    [Fact]
    public Task Machine_paths_are_scrubbed()
    {
        var solution = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(ThisFile())!, "..", ".."));
        var temp = Path.Combine(Path.GetTempPath(), "report.md");
        return Verify($"source: {ThisFile()}\nsolution: {solution}/Model.sln\ntemp: {temp}\nrun id (scrubbed): {Guid.NewGuid()}\n")
            .ScrubLinesContaining("RUN ID");
    }

    private static string ThisFile([CallerFilePath] string path = "") => path;
}
