using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Crisis.Reporter.Tests;
using static Crisis.Benchmarks.BenchTools;

namespace Crisis.Benchmarks;

/// <summary>
/// How `crisis-brief render` grows with the fact base (issue 22): `render --all --out-dir DIR` and `render situation`
/// with the real facts, and with the real facts plus N more events (<see cref="SyntheticFacts.CopiesOfRealEvents"/>).
/// Each fact base is compiled into its own copy of the model and the reporter, built in Release (JIT, framework-dependent,
/// through its apphost) and published NativeAOT. Every program runs in turn, round after round, so that all see the same
/// machine noise; the first round warms the disk caches and is not counted. Per fact base, command and build: the exit
/// code, the median wall time and peak memory (<see cref="RunMeasured"/>), as ratios against the real base of the same
/// checkout; what `render --all` writes (every *.md under the out dir, at any depth: a flat folder and a page tree are
/// counted alike) and the situation page's reader words (<see cref="PageMeasures"/>, as the reporter's tests count them);
/// then issue 22's "done when" checks as verdicts.
/// </summary>
public static class RenderAtScale
{
    /// <summary>Issue 22's limits: a page at +10,000 events, the situation page's reader body, --all's time against the real base.</summary>
    public const long PageLimitBytes = 200 * 1024;

    public const int SituationWordLimit = 1500;

    public const double AllTimeLimit = 3;

    private const int SettleSeconds = 60;

    private const string Situation = "render situation";

    private const string All = "render --all";

    private static readonly string[] Builds = ["JIT", "native"];

    /// <param name="repositoryRoot">The checkout measured.</param>
    /// <param name="sizes">How many events to add, one fact base each, beside the real base (always measured first).</param>
    /// <param name="runs">Counted runs per fact base, in order (the real base first); the last number holds for the rest.</param>
    /// <param name="baselineRoot">Another checkout (main before a change, say), built and run the same way in the same rounds.</param>
    public static int Run(string repositoryRoot, int[] sizes, int[] runs, string? baselineRoot = null)
    {
        Console.WriteLine($"Growth of `render`, {DateTime.UtcNow.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} UTC, {Commit(repositoryRoot)}");
        Console.WriteLine($"load average before the builds: {LoadAverage()}");
        var checkouts = new List<(string Label, string Root)> { (string.Empty, repositoryRoot) };
        if (baselineRoot is not null)
        {
            checkouts.Add(("baseline: ", baselineRoot));
            Console.WriteLine($"baseline: {Path.GetFullPath(baselineRoot)}, {Commit(baselineRoot)}");
        }

        var bases = checkouts.SelectMany(c => new[] { 0 }.Concat(sizes).Select((size, i) => new FactBase(c.Label, size, runs[Math.Min(i, runs.Length - 1)], Copy(c.Root, size)))).ToList();
        try
        {
            var watch = Stopwatch.StartNew();
            var reporters = bases.SelectMany(b => Builds.Select(build => new Reporter(b, build, Build(b, build)))).ToList();
            Console.Error.WriteLine($"built and published in {watch.Elapsed.TotalSeconds:F0} s; letting the load of the builds settle for {SettleSeconds} s");
            Thread.Sleep(TimeSpan.FromSeconds(SettleSeconds)); // the 1-minute load average lags: the builds would still show in it
            var cases = reporters.SelectMany(r => new[] { Situation, All }.Select(command => new Case(r, command))).ToList();

            foreach (var c in cases)
            {
                c.Warm(RunOnce(c));
            }

            Console.WriteLine($"load average before the timed runs: {LoadAverage()}");
            watch.Restart();
            for (var round = 0; round < bases.Max(b => b.Runs); round++)
            {
                foreach (var c in cases.Where(c => round < c.Reporter.Base.Runs))
                {
                    c.Runs.Add(RunOnce(c));
                }
            }

            Console.WriteLine($"load average after the timed runs: {LoadAverage()} (timed runs: {watch.Elapsed.TotalSeconds:F0} s)");
            Console.WriteLine();
            Report(cases);
        }
        finally
        {
            foreach (var b in bases)
            {
                b.Directory.Delete(recursive: true);
            }
        }

        return 0;
    }

    private static MeasuredRun RunOnce(Case c)
    {
        if (Directory.Exists(c.OutDir))
        {
            Directory.Delete(c.OutDir, recursive: true); // every --all run writes into an empty folder
        }

        string[] arguments = c.Command == All ? ["render", "--all", "--out-dir", c.OutDir] : ["render", "situation"];
        return RunMeasured(Path.GetDirectoryName(c.Reporter.Path)!, c.Reporter.Path, arguments);
    }

    private static void Report(List<Case> cases)
    {
        Case Real(Case c) => cases.Single(r => r.Reporter.Base.Label == c.Reporter.Base.Label && r.Reporter.Base.Size == 0 && r.Reporter.Build == c.Reporter.Build && r.Command == c.Command);

        Console.WriteLine("Time and memory: medians of the counted runs; peak memory is GNU time's %M, the reporter process's maximum resident set size.");
        Console.WriteLine();
        Console.WriteLine("| fact base | command | build | exit code | wall time (median ms) | × real | peak memory (median MB) | × real | runs (ms) |");
        Console.WriteLine("| --- | --- | --- | ---: | ---: | ---: | ---: | ---: | --- |");
        foreach (var c in cases.OrderBy(c => c.Command == Situation).ThenBy(c => c.Reporter.Base.Label, StringComparer.Ordinal).ThenBy(c => c.Reporter.Build, StringComparer.Ordinal).ThenBy(c => c.Reporter.Base.Size))
        {
            var real = Real(c);
            Console.WriteLine(Invariant($"| {c.Reporter.Base.Name} | `{c.Command}` | {c.Reporter.Build} | {c.ExitCodes} | {c.Milliseconds:F0} | {c.Milliseconds / real.Milliseconds:F2} | {c.Megabytes:F0} | {c.Megabytes / real.Megabytes:F2} | {string.Join(' ', c.Runs.Select(r => r.Milliseconds.ToString("F0", CultureInfo.InvariantCulture)))} |"));
        }

        Console.WriteLine();
        Console.WriteLine("What is written (JIT build's warm-up run; the native build's is compared with it): every *.md under the --all out dir; the situation page's reader words (PageMeasures.BodyWords) from `render situation`.");
        Console.WriteLine();
        Console.WriteLine("| fact base | `render --all` pages | total bytes | × real | largest page | its bytes | × real | situation reader words | × real |");
        Console.WriteLine("| --- | ---: | ---: | ---: | --- | ---: | ---: | ---: | ---: |");
        foreach (var all in cases.Where(c => c.Command == All && c.Reporter.Build == Builds[0]))
        {
            var (pages, realPages) = (all.Pages!, Real(all).Pages!);
            var situation = cases.Single(c => c.Reporter == all.Reporter && c.Command == Situation);
            var realSituation = Real(situation);
            Console.WriteLine(Invariant($"| {all.Reporter.Base.Name} | {pages.Count:N0} | {pages.TotalBytes:N0} | {(pages.Count > 0 ? Ratio(pages.TotalBytes, realPages.TotalBytes) : "–")} | {(pages.Count > 0 ? pages.Largest : "–")} | {pages.LargestBytes:N0} | {(pages.Count > 0 ? Ratio(pages.LargestBytes, realPages.LargestBytes) : "–")} | {situation.Words?.ToString("N0", CultureInfo.InvariantCulture) ?? "–"} | {Ratio(situation.Words, realSituation.Words)} |"));
        }

        foreach (var c in cases.Where(c => c.Reporter.Build != Builds[0]))
        {
            var jit = cases.Single(j => j.Reporter.Base == c.Reporter.Base && j.Reporter.Build == Builds[0] && j.Command == c.Command);
            if (jit.Written != c.Written)
            {
                Console.WriteLine($"- warning: {c.Reporter.Base.Name}, `{c.Command}`: the {c.Reporter.Build} build writes other bytes than the JIT build");
            }
        }

        Console.WriteLine();
        Console.WriteLine("Issue 22, \"done when\":");
        foreach (var label in cases.Select(c => c.Reporter.Base.Label).Distinct())
        {
            Case? Find(int size, string build, string command) =>
                cases.SingleOrDefault(c => c.Reporter.Base.Label == label && c.Reporter.Base.Size == size && c.Reporter.Build == build && c.Command == command);
            if (Find(10_000, Builds[0], All) is { } all10k)
            {
                var pages = all10k.Pages!;
                Verdict(label + "+10,000 events: every page render --all writes ≤ 200 KB (204,800 bytes)", all10k.ExitCodes == "0" && pages.LargestBytes <= PageLimitBytes,
                    all10k.ExitCodes == "0" ? Invariant($"the largest, {pages.Largest}, has {pages.LargestBytes:N0} bytes") : $"render --all exits {all10k.ExitCodes}");
                var words = Find(10_000, Builds[0], Situation)!.Words;
                Verdict(label + "+10,000 events: the situation page's reader body ≤ 1,500 words", words <= SituationWordLimit, words is { } w ? Invariant($"{w:N0} words") : "render situation failed");
                foreach (var build in Builds)
                {
                    var (big, real) = (Find(10_000, build, All)!, Find(0, build, All)!);
                    var ratio = big.Milliseconds / real.Milliseconds;
                    Verdict(Invariant($"{label}+10,000 events: render --all ≤ {AllTimeLimit}× the real base's time ({build}, medians)"), big.ExitCodes == "0" && ratio <= AllTimeLimit,
                        Invariant($"{ratio:F2}×: {big.Milliseconds:N0} ms against {real.Milliseconds:N0} ms{(big.ExitCodes == "0" ? string.Empty : $", exit code {big.ExitCodes}")}"));
                }
            }

            foreach (var build in Builds)
            {
                if (Find(100_000, build, All) is { } all100k)
                {
                    Verdict(Invariant($"{label}+100,000 events: render --all exits 0 ({build}, every run)"), all100k.ExitCodes == "0",
                        $"exit code {all100k.ExitCodes}{(all100k.ExitCodes == "0" ? string.Empty : ": " + FirstLine(all100k.Runs.Concat([all100k.WarmUp!]).First(r => r.ExitCode != 0).Error))}");
                }
            }
        }
    }

    private static void Verdict(string check, bool met, string figure) => Console.WriteLine($"- {check}: {(met ? "MET" : "MISSED")} ({figure})");

    private static string FirstLine(string text) => text.Split('\n').FirstOrDefault(l => l.Length > 0) ?? "(nothing on stderr)";

    private static string Ratio(double? value, double? real) => value is { } v && real is > 0 ? (v / real.Value).ToString("F2", CultureInfo.InvariantCulture) : "–";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private static string LoadAverage() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Trim() : "unknown";

    private static string Commit(string root)
    {
        var head = BenchTools.Run(new ProcessStartInfo("git", "rev-parse --short HEAD") { WorkingDirectory = root });
        var status = BenchTools.Run(new ProcessStartInfo("git", "status --porcelain --untracked-files=no") { WorkingDirectory = root });
        return head.ExitCode != 0 ? "not a git checkout" : $"commit {head.Output.Trim()}{(status.Output.Trim().Length > 0 ? " with uncommitted changes" : string.Empty)}";
    }

    /// <summary>A copy of the sources the reporter needs, with <paramref name="size"/> more events in data/facts.</summary>
    public static DirectoryInfo Copy(string repositoryRoot, int size)
    {
        var scratch = Directory.CreateTempSubdirectory("crisis-render-bench-");
        foreach (var file in new[] { "Directory.Build.props", "Directory.Build.targets", "Directory.Packages.props" })
        {
            File.Copy(Path.Combine(repositoryRoot, file), Path.Combine(scratch.FullName, file));
        }

        foreach (var folder in new[] { "data", "generators", "src" })
        {
            CopyFolder(Path.Combine(repositoryRoot, folder), Path.Combine(scratch.FullName, folder));
        }

        foreach (var (name, text) in size > 0 ? SyntheticFacts.CopiesOfRealEvents(repositoryRoot, size) : [])
        {
            File.WriteAllText(Path.Combine(scratch.FullName, "data", "facts", name), text);
        }

        return scratch;
    }

    private static void CopyFolder(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }

        foreach (var folder in Directory.GetDirectories(from).Where(d => Path.GetFileName(d) is not ("bin" or "obj")))
        {
            CopyFolder(folder, Path.Combine(to, Path.GetFileName(folder)));
        }
    }

    /// <summary>Builds the copy's reporter (JIT: Release build; native: published NativeAOT, as the README says) and returns its executable.</summary>
    private static string Build(FactBase factBase, string build)
    {
        var root = factBase.Directory.FullName;
        var watch = Stopwatch.StartNew();
        string reporter;
        if (build == Builds[0])
        {
            Dotnet(root, "build src/Crisis.Reporter -c Release");
            reporter = Path.Combine(root, "src", "Crisis.Reporter", "bin", "Release", "net10.0", "crisis-brief");
        }
        else
        {
            Dotnet(root, "publish src/Crisis.Reporter -c Release -r linux-x64 -o native");
            reporter = Path.Combine(root, "native", "crisis-brief");
        }

        Console.Error.WriteLine(Invariant($"{factBase.Name}: {build} build {watch.Elapsed.TotalSeconds:F0} s"));
        return reporter;
    }

    private sealed record FactBase(string Label, int Size, int Runs, DirectoryInfo Directory)
    {
        public string Name => Label + (Size == 0 ? "real" : Invariant($"real + {Size:N0} events"));
    }

    private sealed record Reporter(FactBase Base, string Build, string Path);

    /// <summary>One command of one program: its warm-up run, its counted runs, and what it wrote.</summary>
    private sealed class Case(Reporter reporter, string command)
    {
        public Reporter Reporter { get; } = reporter;

        public string Command { get; } = command;

        public MeasuredRun? WarmUp { get; private set; }

        public List<MeasuredRun> Runs { get; } = [];

        /// <summary>Where `render --all` writes: a folder per build in the fact base's copy.</summary>
        public string OutDir => System.IO.Path.Combine(Reporter.Base.Directory.FullName, "pages-" + Reporter.Build);

        /// <summary>What the warm-up run of `render --all` wrote.</summary>
        public PageSet? Pages { get; private set; }

        /// <summary>A hash of what the warm-up run wrote (the pages, or standard output), to compare builds.</summary>
        public string Written { get; private set; } = string.Empty;

        /// <summary>The situation page's reader words, when `render situation` succeeded.</summary>
        public int? Words { get; private set; }

        public double Milliseconds => Median(Runs.Select(r => r.Milliseconds));

        public double Megabytes => Median(Runs.Select(r => r.PeakMegabytes));

        /// <summary>The exit codes of the counted runs ("0", or "4", or "0, 4" when they differ).</summary>
        public string ExitCodes => string.Join(", ", Runs.Select(r => r.ExitCode).Distinct().Order());

        public void Warm(MeasuredRun run)
        {
            WarmUp = run;
            Pages = Command == All ? PageSet.Measure(OutDir) : null;
            Words = Command == Situation && run.ExitCode == 0 ? PageMeasures.BodyWords(run.Output) : null;
            Written = Pages?.Fingerprint ?? Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(run.Output)));
        }
    }

    /// <summary>The Markdown pages under a folder, at any depth: how many, their bytes, the largest, and a hash of them all.</summary>
    private sealed record PageSet(int Count, long TotalBytes, string Largest, long LargestBytes, string Fingerprint)
    {
        public static PageSet Measure(string folder)
        {
            var pages = Directory.Exists(folder)
                ? Directory.GetFiles(folder, "*.md", SearchOption.AllDirectories).Select(path => (Name: Path.GetRelativePath(folder, path), Bytes: File.ReadAllBytes(path))).OrderBy(p => p.Name, StringComparer.Ordinal).ToList()
                : [];
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            foreach (var (name, bytes) in pages)
            {
                hash.AppendData(Encoding.UTF8.GetBytes(name + "\0"));
                hash.AppendData(bytes);
            }

            var largest = pages.OrderByDescending(p => p.Bytes.Length).ThenBy(p => p.Name, StringComparer.Ordinal).FirstOrDefault();
            return new PageSet(pages.Count, pages.Sum(p => (long)p.Bytes.Length), largest.Name ?? string.Empty, largest.Bytes?.Length ?? 0, Convert.ToHexStringLower(hash.GetHashAndReset()));
        }
    }
}
