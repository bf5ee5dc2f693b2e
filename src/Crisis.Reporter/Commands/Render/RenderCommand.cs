using System.CommandLine;
using Crisis.Model;
using Crisis.Reporter.Briefings;
using Crisis.Reporter.Commands.Common;
using Crisis.Reporter.Output;
using Crisis.Reporter.Templating;

namespace Crisis.Reporter.Commands.Render;

/// <summary><c>crisis-brief render</c>: one briefing to stdout or a file, or every briefing into a folder.</summary>
public static class RenderCommand
{
    /// <summary>The command, writing to <paramref name="stdout"/> (timings, when asked, to <paramref name="stderr"/>).</summary>
    public static Command Create(Func<FactCatalog> catalogFactory, string shippedTemplates, FactOptions options, TextWriter stdout, TextWriter stderr)
    {
        var briefingArg = new Argument<string?>("briefing")
        {
            Description = "The briefing: " + string.Join(", ", BriefingRegistry.Names) + " (or a template you added with --templates).",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var outOption = new Option<string?>("--out", "-o") { Description = "Write to this file (atomically) instead of stdout.", HelpName = "FILE" };
        var allOption = new Option<bool>("--all") { Description = "Render every briefing (needs --out-dir)." };
        var outDirOption = new Option<string?>("--out-dir") { Description = "With --all: the folder to write the pages into (created if missing): NAME.md per briefing, a split briefing's other pages under NAME/; pages an earlier render wrote and this one does not are removed (see the manifest .crisis-brief-manifest).", HelpName = "DIR" };
        var render = new Command("render", "Render a briefing as Markdown to stdout or a file, or every briefing into a folder.")
        {
            briefingArg, outOption, allOption, outDirOption,
        };
        foreach (var option in options.Filters.Append(options.Templates))
        {
            render.Add(option);
        }

        render.Validators.Add(result =>
        {
            // Which options go together; reported as usage errors (exit code 2) before anything runs.
            var all = result.GetValue(allOption);
            var briefing = result.GetValue(briefingArg);
            var error =
                all && briefing is not null ? $"give either a briefing ('{briefing}') or --all, not both."
                : all && result.GetValue(outDirOption) is null ? "--all needs --out-dir DIR (one NAME.md per briefing)."
                : !all && result.GetValue(outDirOption) is not null ? "--out-dir goes with --all; for one briefing use --out FILE."
                : all && result.GetValue(outOption) is not null ? "--out goes with a single briefing; with --all use --out-dir DIR."
                : !all && briefing is null ? $"which briefing? Give one of: {string.Join(", ", BriefingRegistry.Names)} (or --all --out-dir DIR)."
                : null;
            if (error is not null)
            {
                result.AddError(error);
            }
        });
        render.SetAction(p =>
        {
            var clock = System.Diagnostics.Stopwatch.StartNew();
            var catalog = catalogFactory();
            var catalogTime = clock.Elapsed;
            var filter = options.Filter(p, catalog);
            var reporter = new BriefingReporter(catalog, new TemplateEngine(TemplateSet.Load(shippedTemplates, p.GetValue(options.Templates))));
            if (!p.GetValue(allOption))
            {
                // One briefing: its index page (the whole briefing unless it is split); its other pages are written by --all.
                var name = p.GetValue(briefingArg)!;
                var (text, more) = reporter.RenderIndex(name, filter);
                FactOptions.Emit(p.GetValue(outOption), text, stdout);
                if (more > 0)
                {
                    stderr.Write($"note: this is the index of the {name} briefing; its {more} other {(more == 1 ? "page is" : "pages are")} written by render --all --out-dir DIR (under {name}/)\n");
                }

                if (Environment.GetEnvironmentVariable("CRISIS_BRIEF_TIMINGS") is "1")
                {
                    // For tests/Crisis.Benchmarks/RenderTiming.sh: where the time inside the process goes.
                    var total = clock.Elapsed;
                    stderr.Write(string.Create(
                        System.Globalization.CultureInfo.InvariantCulture,
                        $"timings: catalog {catalogTime.TotalMilliseconds:0.0} ms, template parsing {reporter.Engine.ParseTime.TotalMilliseconds:0.0} ms, view model {reporter.ModelTime.TotalMilliseconds:0.0} ms, total in command {total.TotalMilliseconds:0.0} ms\n"));
                }

                return ExitCodes.Ok;
            }

            // Render everything first: a template error leaves every existing file untouched.
            var outDir = p.GetValue(outDirOption)!;
            var rendered = reporter.Available.SelectMany(name => reporter.RenderPages(name, filter)).ToList();
            try
            {
                Directory.CreateDirectory(outDir);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
            {
                throw new ReporterException(ExitCodes.Output, $"cannot create --out-dir {outDir}: {ex.Message}", ex);
            }

            var result = PageTree.Write(outDir, rendered);
            var top = result.Written.Where(path => !path.Contains('/', StringComparison.Ordinal)).ToList();
            var below = result.Written.Count - top.Count;
            stdout.Write($"wrote {top.Count} briefings to {outDir}: {string.Join(", ", top)}"
                + (below == 0 ? "" : $", and {below} more {(below == 1 ? "page" : "pages")} below them")
                + (result.Removed.Count == 0 ? "" : $"; removed {result.Removed.Count} {(result.Removed.Count == 1 ? "page" : "pages")} an earlier render wrote and this one does not: {string.Join(", ", result.Removed)}")
                + $" (listed in {PageTree.ManifestName})\n");
            return ExitCodes.Ok;
        });
        return render;
    }
}
