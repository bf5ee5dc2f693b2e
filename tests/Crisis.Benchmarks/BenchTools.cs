using System.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Crisis.Benchmarks;

/// <summary>What the harnesses share: running dotnet in a folder, medians, scratch projects wired like src/Crisis.Model.</summary>
public static class BenchTools
{
    /// <summary>Runs a command and returns its standard output; throws with both outputs when it fails.</summary>
    public static string Exec(string directory, string fileName, string arguments, IDictionary<string, string>? environment = null)
    {
        var (exitCode, output, error) = Run(new ProcessStartInfo(fileName, arguments) { WorkingDirectory = directory }, environment);
        if (exitCode != 0)
        {
            throw new InvalidOperationException($"{fileName} {arguments} failed in {directory}:\n{output}\n{error}");
        }

        return output + error;
    }

    /// <summary>Runs a command to its end and returns its exit code and both outputs, whatever the exit code.</summary>
    public static (int ExitCode, string Output, string Error) Run(ProcessStartInfo start, IDictionary<string, string>? environment = null)
    {
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return (process.ExitCode, output.Result, error.Result);
    }

    /// <summary>One run of a program measured from outside: wall-clock time, peak resident memory, exit code and outputs.</summary>
    public sealed record MeasuredRun(int ExitCode, double Milliseconds, double PeakMegabytes, string Output, string Error);

    /// <summary>
    /// Runs a program under GNU time (/usr/bin/time -f %M): wall-clock time around the whole process, and its peak resident
    /// memory, the maximum resident set size the kernel reports for the process when it is waited for (wait4's ru_maxrss;
    /// a program that starts children reports the largest of them that was waited for). Does not throw on a failing exit code.
    /// </summary>
    public static MeasuredRun RunMeasured(string directory, string fileName, IEnumerable<string> arguments, IDictionary<string, string>? environment = null)
    {
        if (!File.Exists(GnuTime))
        {
            throw new InvalidOperationException($"{GnuTime} is missing: peak memory needs GNU time (apt-get install time).");
        }

        var report = Path.GetTempFileName();
        try
        {
            var start = new ProcessStartInfo(GnuTime) { WorkingDirectory = directory };
            foreach (var argument in (string[])["-f", "%M", "-o", report, fileName, .. arguments])
            {
                start.ArgumentList.Add(argument);
            }

            var watch = Stopwatch.StartNew();
            var (exitCode, output, error) = Run(start, environment);
            watch.Stop();

            // GNU time writes "Command exited with non-zero status N" before the figure when the program fails.
            var kilobytes = File.ReadAllLines(report).Last(line => line.Length > 0);
            return new MeasuredRun(exitCode, watch.Elapsed.TotalMilliseconds, double.Parse(kilobytes, System.Globalization.CultureInfo.InvariantCulture) / 1024, output, error);
        }
        finally
        {
            File.Delete(report);
        }
    }

    public const string GnuTime = "/usr/bin/time";

    public static string Dotnet(string directory, string arguments) => Exec(directory, "dotnet", arguments + " -nologo -v:q");

    /// <summary>Seconds a dotnet command takes.</summary>
    public static double TimeDotnet(string directory, string arguments)
    {
        var watch = Stopwatch.StartNew();
        Dotnet(directory, arguments);
        return watch.Elapsed.TotalSeconds;
    }

    public static double Median(IEnumerable<double> values)
    {
        var sorted = values.OrderBy(v => v).ToList();
        return sorted.Count == 0 ? double.NaN
            : sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }

    /// <summary>
    /// A scratch console project wired exactly like src/Crisis.Model (ProjectReference to the generator as an analyzer,
    /// the YAML as AdditionalFiles), holding the given schema and fact files. Its Program prints how long the first
    /// access to Facts.Catalog took and how much it allocated.
    /// </summary>
    public static DirectoryInfo ScratchProject(string repositoryRoot, string schema, IEnumerable<(string Name, string Text)> facts)
    {
        // The generator and its build targets of repositoryRoot (this checkout, or a baseline's), as src/Crisis.Model uses them.
        var scratch = Directory.CreateTempSubdirectory("crisis-build-bench-");
        Directory.CreateDirectory(Path.Combine(scratch.FullName, "data", "schema"));
        Directory.CreateDirectory(Path.Combine(scratch.FullName, "data", "facts"));
        File.WriteAllText(Path.Combine(scratch.FullName, "data", "schema", "crisis.schema.yaml"), schema);
        foreach (var (name, text) in facts)
        {
            File.WriteAllText(Path.Combine(scratch.FullName, "data", "facts", name), text);
        }

        var generator = Path.Combine(repositoryRoot, "generators", "Crisis.Facts.Generator", "Crisis.Facts.Generator.csproj");
        var targets = Path.Combine(repositoryRoot, "generators", "Crisis.Facts.Generator", "build", "Crisis.Facts.Generator.targets");
        File.WriteAllText(Path.Combine(scratch.FullName, "Bench.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <OutputType>Exe</OutputType>
                <Nullable>enable</Nullable>
                <ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally>
                <GenerateDocumentationFile>true</GenerateDocumentationFile>
                <NoWarn>$(NoWarn);CS1591</NoWarn>
                <EnableNETAnalyzers>{(File.ReadAllText(Path.Combine(repositoryRoot, "src", "Crisis.Model", "Crisis.Model.csproj")).Contains("<EnableNETAnalyzers>false", StringComparison.Ordinal) ? "false" : "true")}</EnableNETAnalyzers>
              </PropertyGroup>
              <ItemGroup>
                <ProjectReference Include="{generator}" OutputItemType="Analyzer" ReferenceOutputAssembly="false" />
                <AdditionalFiles Include="data/**/*.yaml" />
              </ItemGroup>
              <Import Project="{targets}" Condition="Exists('{targets}')" />
            </Project>
            """);
        File.WriteAllText(Path.Combine(scratch.FullName, "Program.cs"), """
            using System.Diagnostics;

            var allocated = System.GC.GetTotalAllocatedBytes(precise: true);
            var workingSet = System.Environment.WorkingSet;
            var watch = Stopwatch.StartNew();
            var count = Crisis.Model.Facts.Catalog.All.Length;
            watch.Stop();
            System.Console.WriteLine(System.FormattableString.Invariant(
                $"{count} {watch.Elapsed.TotalMilliseconds:F1} {(System.GC.GetTotalAllocatedBytes(precise: true) - allocated) / 1048576.0:F1} {(System.Environment.WorkingSet - workingSet) / 1048576.0:F1}"));
            """);
        File.WriteAllText(Path.Combine(scratch.FullName, "Directory.Packages.props"), File.ReadAllText(Path.Combine(repositoryRoot, "Directory.Packages.props")));
        return scratch;
    }

    /// <summary>The real fact files of the repository (data/facts/*.yaml), by name.</summary>
    public static IReadOnlyList<(string Name, string Text)> RealFacts(string repositoryRoot) =>
        Directory.GetFiles(Path.Combine(repositoryRoot, "data", "facts"), "*.yaml").Order(StringComparer.Ordinal)
            .Select(path => (Path.GetFileName(path), File.ReadAllText(path))).ToList();

    public static string RealSchema(string repositoryRoot) => File.ReadAllText(Path.Combine(repositoryRoot, "data", "schema", "crisis.schema.yaml"));

    /// <summary>An AdditionalText held in memory, for driving the generator in process.</summary>
    public sealed class InMemoryText(string path, string text) : AdditionalText
    {
        private readonly SourceText _text = SourceText.From(text);

        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }
}
