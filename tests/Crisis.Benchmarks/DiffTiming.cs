using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace Crisis.Benchmarks;

/// <summary>
/// `diff` on long lists (issue 20): two exports whose one fact has N citations that all differ (or an actor with N aliases
/// that all differ), compared by the reporter as a whole process, `crisis-brief diff OLD NEW`. Runs alternate between the
/// sizes (and the baseline reporter, when given) so they share the machine's noise; medians.
/// </summary>
public static class DiffTiming
{
    public static int Run(string repositoryRoot, int[] sizes, int runs, int aliases, string? baseline, int[] baselineSizes)
    {
        var reporter = Path.Combine(repositoryRoot, "src", "Crisis.Reporter", "bin", "Release", "net10.0", "crisis-brief.dll");
        if (!File.Exists(reporter))
        {
            Console.Error.WriteLine($"build the reporter first: dotnet build -c Release src/Crisis.Reporter ({reporter} is missing)");
            return 2;
        }

        var folder = Directory.CreateTempSubdirectory("crisis-diff-bench-").FullName;
        try
        {
            var cases = new List<(string Name, string Reporter, string Old, string New)>();
            foreach (var size in sizes)
            {
                cases.Add(($"{size:N0} citations", reporter, Write(folder, $"c{size}-old.json", Citations(size, "old")), Write(folder, $"c{size}-new.json", Citations(size, "new"))));
            }

            if (aliases > 0)
            {
                cases.Add(($"{aliases:N0} aliases", reporter, Write(folder, "a-old.json", Aliases(aliases, "old")), Write(folder, "a-new.json", Aliases(aliases, "new"))));
            }

            if (baseline is not null)
            {
                foreach (var size in baselineSizes)
                {
                    cases.Add(($"{size:N0} citations, baseline", baseline, Write(folder, $"b{size}-old.json", Citations(size, "old")), Write(folder, $"b{size}-new.json", Citations(size, "new"))));
                }

                if (aliases > 0)
                {
                    cases.Add(($"{aliases:N0} aliases, baseline", baseline, Path.Combine(folder, "a-old.json"), Path.Combine(folder, "a-new.json")));
                }
            }

            Console.WriteLine($"load average before: {File.ReadAllText("/proc/loadavg").Trim()}");
            var times = cases.ToDictionary(c => c.Name, _ => new List<double>());
            var outputs = new Dictionary<string, long>();
            for (var run = 0; run < runs; run++)
            {
                foreach (var (name, dll, old, @new) in cases)
                {
                    if (name.EndsWith("baseline", StringComparison.Ordinal) && run > 0)
                    {
                        continue; // the baseline is minutes long: once
                    }

                    var (ms, bytes) = Time(dll, old, @new);
                    times[name].Add(ms);
                    outputs[name] = bytes;
                }
            }

            Console.WriteLine($"load average after: {File.ReadAllText("/proc/loadavg").Trim()}");
            Console.WriteLine("| case | input (MB, each export) | median s | runs (s) | diff output (MB) |");
            Console.WriteLine("| --- | ---: | ---: | --- | ---: |");
            foreach (var (name, _, old, _) in cases)
            {
                var list = times[name].Order().ToList();
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"| {name} | {new FileInfo(old).Length / 1e6:0.0} | {list[list.Count / 2] / 1000:0.00} | {string.Join(" ", times[name].Select(t => (t / 1000).ToString("0.00", CultureInfo.InvariantCulture)))} | {outputs[name] / 1e6:0.0} |"));
            }

            return 0;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static (double Milliseconds, long OutputBytes) Time(string dll, string old, string @new)
    {
        var output = old + ".md";
        var start = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var a in new[] { dll, "diff", old, @new, "--out", output })
        {
            start.ArgumentList.Add(a);
        }

        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        clock.Stop();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"diff failed ({process.ExitCode}): {error}");
        }

        var bytes = new FileInfo(output).Length;
        File.Delete(output);
        return (clock.Elapsed.TotalMilliseconds, bytes);
    }

    private static string Write(string folder, string name, string text)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, text);
        return path;
    }

    private static string Header() =>
        "{\"export\": {\"format\": \"crisis-brief facts\", \"version\": 1, \"fact-schema\": \"sha256:benchmark\"}, \"counts\": {}";

    /// <summary>One event citing <paramref name="n"/> passages of 50 sources; every citation differs between the sides.</summary>
    private static string Citations(int n, string side)
    {
        var json = new StringBuilder(Header()).Append(", \"events\": [{\"kind\": \"event\", \"id\": \"ev-long\", \"title\": \"An event cited many times\", \"citations\": [");
        for (var i = 0; i < n; i++)
        {
            json.Append(i == 0 ? "" : ", ").Append(CultureInfo.InvariantCulture,
                $"{{\"source\": \"source-{i % 50}\", \"locator\": \"¶{i} s.{(side == "old" ? 1 : 2)}\", \"quote\": \"{side} words of passage {i}\", \"credibility\": {(side == "old" ? 3 : 2)}}}");
        }

        return json.Append("]}]}").ToString();
    }

    /// <summary>One actor with <paramref name="n"/> aliases, all different between the sides.</summary>
    private static string Aliases(int n, string side)
    {
        var json = new StringBuilder(Header()).Append(", \"actors\": [{\"kind\": \"actor\", \"id\": \"act-many-names\", \"name\": \"Many names\", \"aliases\": [");
        for (var i = 0; i < n; i++)
        {
            json.Append(i == 0 ? "" : ", ").Append(CultureInfo.InvariantCulture, $"\"{side} name {i}\"");
        }

        return json.Append("]}]}").ToString();
    }
}
