using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using static Crisis.Benchmarks.BenchTools;

namespace Crisis.Benchmarks;

/// <summary>
/// `crisis-brief render situation` with the real fact base, and with the real facts plus N synthetic ones: two copies
/// of the model and the reporter built in Release, run alternately so that both see the same machine noise. Whole
/// process wall-clock time, and (when the reporter reports it, CRISIS_BRIEF_TIMINGS=1) the time it took to load the catalog.
/// </summary>
public static partial class RenderAtScale
{
    public static int Run(string repositoryRoot, int size, int runs, string? baselineRoot = null)
    {
        // With a baseline checkout, its model and reporter are built from the same facts and run in the same alternation.
        var copies = new List<(string, DirectoryInfo)> { ("real", Copy(repositoryRoot, 0)), ($"real + {size:N0}", Copy(repositoryRoot, size)) };
        if (baselineRoot is not null)
        {
            copies.Add(("baseline: real", Copy(baselineRoot, 0)));
            copies.Add(($"baseline: real + {size:N0}", Copy(baselineRoot, size)));
        }

        try
        {
            var reporters = copies.Select(c => (c.Item1, Build(c.Item2.FullName))).ToList();
            var wall = reporters.ToDictionary(r => r.Item1, _ => new List<double>());
            var catalog = reporters.ToDictionary(r => r.Item1, _ => new List<double>());
            var bytes = reporters.ToDictionary(r => r.Item1, _ => 0);
            for (var run = 0; run < runs + 1; run++)
            {
                foreach (var (name, reporter) in reporters)
                {
                    var watch = Stopwatch.StartNew();
                    var output = Exec(Path.GetDirectoryName(reporter)!, reporter, "render situation", new Dictionary<string, string> { ["CRISIS_BRIEF_TIMINGS"] = "1" });
                    watch.Stop();
                    if (run == 0)
                    {
                        bytes[name] = output.Length;
                        continue; // warm-up: disk caches
                    }

                    wall[name].Add(watch.Elapsed.TotalMilliseconds);
                    if (CatalogTime().Match(output) is { Success: true } match)
                    {
                        catalog[name].Add(double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture));
                    }
                }
            }

            Console.WriteLine($"| fact base | render situation, whole process (median of {runs} ms) | of which loading the catalog (median ms) | output (KB) | runs (ms) |");
            Console.WriteLine("| --- | ---: | ---: | ---: | --- |");
            foreach (var (name, _) in reporters)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"| {name} | {Median(wall[name]):F0} | {Median(catalog[name]):F0} | {bytes[name] / 1024.0:F0} | {string.Join(" ", wall[name].Select(t => t.ToString("F0", CultureInfo.InvariantCulture)))} |"));
            }
        }
        finally
        {
            foreach (var (_, directory) in copies)
            {
                directory.Delete(recursive: true);
            }
        }

        return 0;
    }

    /// <summary>A copy of the sources the reporter needs, with <paramref name="size"/> synthetic facts added to data/facts.</summary>
    private static DirectoryInfo Copy(string repositoryRoot, int size)
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

        foreach (var (name, text) in SyntheticFacts.Create(size > 0 ? size : 1).Where(_ => size > 0))
        {
            File.WriteAllText(Path.Combine(scratch.FullName, "data", "facts", "synthetic-" + name), text);
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

    private static string Build(string root)
    {
        Dotnet(root, "build src/Crisis.Reporter -c Release");
        return Path.Combine(root, "src", "Crisis.Reporter", "bin", "Release", "net10.0", "crisis-brief");
    }

    [GeneratedRegex(@"catalog ([0-9.]+) ms")]
    private static partial Regex CatalogTime();
}
