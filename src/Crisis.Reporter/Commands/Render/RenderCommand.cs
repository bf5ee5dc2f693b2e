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
        var outDirOption = new Option<string?>("--out-dir") { Description = "With --all: the folder to write one NAME.md per briefing into (created if missing).", HelpName = "DIR" };
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
                FactOptions.Emit(p.GetValue(outOption), reporter.Render(p.GetValue(briefingArg)!, filter), stdout);
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
            var rendered = reporter.Available.Select(name => (name, text: reporter.Render(name, filter))).ToList();
            try
            {
                Directory.CreateDirectory(outDir);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
            {
                throw new ReporterException(ExitCodes.Output, $"cannot create --out-dir {outDir}: {ex.Message}", ex);
            }

            foreach (var (name, text) in rendered)
            {
                AtomicFile.Write(Path.Combine(outDir, name + ".md"), text);
            }

            stdout.Write($"wrote {rendered.Count} briefings to {outDir}: {string.Join(", ", rendered.Select(r => r.name + ".md"))}\n");
            return ExitCodes.Ok;
        });
        return render;
    }
}
