using System.CommandLine;
using System.CommandLine.Parsing;
using Crisis.Model;
using Crisis.Reporter.Briefings;
using Crisis.Reporter.Diff;
using Crisis.Reporter.Export;
using Crisis.Reporter.Selection;
using Crisis.Reporter.Templating;

namespace Crisis.Reporter.Cli;

/// <summary>
/// The command line: <c>render</c>, <c>list</c>, <c>export</c>. Output goes to stdout (or files), errors to
/// stderr, and the exit code says what went wrong (<see cref="ExitCodes"/>).
/// </summary>
public sealed class CliApp
{
    private readonly Func<FactCatalog> catalogFactory;
    private readonly string shippedTemplates;

    private readonly Option<string?> fromOption = new("--from") { Description = "Only facts dated on or after this date (YYYY, YYYY-MM or YYYY-MM-DD). Judgments and watch items are not filtered by date: a judgment shows when one of its supporting facts is selected; watch items always.", HelpName = "DATE" };
    private readonly Option<string?> toOption = new("--to") { Description = "Only facts dated on or before this date (YYYY, YYYY-MM or YYYY-MM-DD). Judgments and watch items are not filtered by date (see --from).", HelpName = "DATE" };
    private readonly Option<string[]> actorOption = new("--actor") { Description = "Only facts involving this actor id (repeatable: any of them).", HelpName = "ID" };
    private readonly Option<string?> topicOption = new("--topic") { Description = "Only facts tagged with this topic (military, diplomatic, ...).", HelpName = "TAG" };
    private readonly Option<string?> templatesOption = new("--templates") { Description = "A folder of templates (NAME.scriban, partials/NAME.scriban) that override or add to the shipped ones.", HelpName = "DIR" };

    /// <summary>Creates the command line over a catalog (loaded on first use) and the shipped templates folder.</summary>
    public CliApp(Func<FactCatalog> catalogFactory, string? shippedTemplates = null)
    {
        this.catalogFactory = catalogFactory;
        this.shippedTemplates = shippedTemplates ?? TemplateSet.ShippedDirectory;
    }

    /// <summary>Runs the command line; returns the exit code.</summary>
    public int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr)
    {
        var root = BuildCommands(stdout, stderr);
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var e in parse.Errors)
            {
                ErrorLine.Write(stderr, e.Message);
            }

            stderr.Write("Run 'crisis-brief --help' (or 'crisis-brief COMMAND --help') for usage.\n");
            return ExitCodes.Usage;
        }

        try
        {
            var code = parse.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
            stdout.Flush(); // here, so that output that cannot be written is reported (ConsoleWriter) like any other error
            return code;
        }
        catch (ReporterException ex)
        {
            ErrorLine.Write(stderr, ex.Message);
            return ex.ExitCode;
        }
        catch (TypeInitializationException ex)
        {
            // The compiled fact base failed its own checks when it was first used.
            ErrorLine.Write(stderr, "the fact base is invalid: " + (ex.InnerException ?? ex).Message);
            return ExitCodes.Data;
        }
        catch (Exception ex)
        {
            stderr.Write("error: internal error (please report it): " + ex + "\n");
            return ExitCodes.Internal;
        }
    }

    private RootCommand BuildCommands(TextWriter stdout, TextWriter stderr)
    {
        var root = new RootCommand("crisis-brief: renders Markdown briefings on the Russia–Ukraine crisis from the compiled fact base, through editable Scriban templates.");

        // render
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
            briefingArg, outOption, allOption, outDirOption, fromOption, toOption, actorOption, topicOption, templatesOption,
        };
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
        render.SetAction(p => Render(p, briefingArg, outOption, allOption, outDirOption, stdout, stderr));
        root.Add(render);

        // list
        var list = new Command("list", "List the briefings, the templates in use and how many facts of each kind there are.") { templatesOption };
        list.SetAction(p => List(p, stdout));
        root.Add(list);

        // export
        var formatOption = new Option<string>("--format", "-f") { Description = "json (the fact base with ids and citations) or timelinejs (TimelineJS's JSON).", Required = true, HelpName = "FORMAT" };
        OneOf(formatOption, JsonExport.Formats);
        var exportOut = new Option<string?>("--out", "-o") { Description = "Write to this file (atomically) instead of stdout.", HelpName = "FILE" };
        var export = new Command("export", "Export the (filtered) fact base as JSON or as a TimelineJS timeline.")
        {
            formatOption, exportOut, fromOption, toOption, actorOption, topicOption,
        };
        export.SetAction(p =>
        {
            var catalog = catalogFactory();
            var filter = Filter(p, catalog);
            var text = p.GetValue(formatOption) == "timelinejs" ? JsonExport.TimelineJs(catalog, filter) : JsonExport.Json(catalog, filter);
            Emit(p.GetValue(exportOut), text, stdout);
            return ExitCodes.Ok;
        });
        root.Add(export);
        root.Add(DiffCommand.Create(stdout));
        RefuseEmptyValues(root);
        return root;
    }

    /// <summary>
    /// Restricts an option to a few values with a one-line message (System.CommandLine's own lists them on lines of
    /// their own).
    /// </summary>
    internal static void OneOf(Option<string> option, IReadOnlyCollection<string> values)
    {
        option.HelpName = string.Join("|", values);
        option.Validators.Add(result =>
        {
            var value = result.Tokens.Count > 0 ? result.Tokens[^1].Value : null;
            if (value is { Length: > 0 } && !values.Contains(value, StringComparer.Ordinal))
            {
                result.AddError($"{option.Name} {value}: not a format of this command; give {string.Join(" or ", values)}.");
            }
        });
    }

    /// <summary>
    /// An empty value (<c>--out ''</c>, often an unset shell variable) is a usage error on every command: no option or
    /// argument of this tool means anything by it, and as a path it would fail late with the runtime's words.
    /// </summary>
    private static void RefuseEmptyValues(Command command)
    {
        command.Validators.Add(result =>
        {
            foreach (var child in result.Children)
            {
                var (name, kind) = child switch
                {
                    OptionResult option => (option.Option.Name, option.Option.HelpName),
                    ArgumentResult argument => (argument.Argument.Name, argument.Argument.HelpName),
                    _ => (null, null),
                };
                if (name is not null && child.Tokens.Any(token => token.Value.Length == 0))
                {
                    var what = kind switch { "FILE" => "a file name", "DIR" => "a folder name", null => "a value", _ => $"a value ({kind})" };
                    result.AddError($"{name} is empty: give {what}.");
                }
            }
        });
        foreach (var subcommand in command.Subcommands)
        {
            RefuseEmptyValues(subcommand);
        }
    }

    private int Render(ParseResult p, Argument<string?> briefingArg, Option<string?> outOption, Option<bool> allOption, Option<string?> outDirOption, TextWriter stdout, TextWriter stderr)
    {
        var briefing = p.GetValue(briefingArg);
        var all = p.GetValue(allOption);
        var outFile = p.GetValue(outOption);
        var outDir = p.GetValue(outDirOption);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var catalog = catalogFactory();
        var catalogTime = clock.Elapsed;
        var filter = Filter(p, catalog);
        var reporter = new BriefingReporter(catalog, new TemplateEngine(TemplateSet.Load(shippedTemplates, p.GetValue(templatesOption))));
        if (!all)
        {
            var text = reporter.Render(briefing!, filter);
            Emit(outFile, text, stdout);
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
        var rendered = reporter.Available.Select(name => (name, text: reporter.Render(name, filter))).ToList();
        try
        {
            Directory.CreateDirectory(outDir!);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new ReporterException(ExitCodes.Output, $"cannot create --out-dir {outDir}: {ex.Message}", ex);
        }

        foreach (var (name, text) in rendered)
        {
            AtomicFile.Write(Path.Combine(outDir!, name + ".md"), text);
        }

        stdout.Write($"wrote {rendered.Count} briefings to {outDir}: {string.Join(", ", rendered.Select(r => r.name + ".md"))}\n");
        return ExitCodes.Ok;
    }

    private int List(ParseResult p, TextWriter stdout)
    {
        var catalog = catalogFactory();
        var set = TemplateSet.Load(shippedTemplates, p.GetValue(templatesOption));
        var w = new System.Text.StringBuilder();
        w.Append("Briefings:\n");
        foreach (var briefing in BriefingRegistry.All)
        {
            w.Append($"  {briefing.Name,-10} {briefing.Description}\n");
        }

        foreach (var extra in set.Briefings.Where(b => BriefingRegistry.Find(b.Name) is null))
        {
            w.Append($"  {extra.Name,-10} (added by {extra.Path})\n");
        }

        w.Append("Templates in use:\n");
        foreach (var t in set.Briefings.Concat(set.Partials))
        {
            w.Append($"  {(t.IsPartial ? "partials/" + t.Name : t.Name),-26} {(t.IsUser ? "user" : "shipped"),-8} {t.Path}\n");
        }

        w.Append("Functions: " + string.Join(", ", TemplateFunctions.Names) + "\n");
        w.Append("Facts per kind:\n");
        foreach (var (kind, count) in catalog.CountsByKind)
        {
            w.Append($"  {kind,-12} {count}\n");
        }

        stdout.Write(w.ToString());
        return ExitCodes.Ok;
    }

    private BriefingFilter Filter(ParseResult p, FactCatalog catalog) =>
        BriefingFilter.Parse(catalog, p.GetValue(fromOption), p.GetValue(toOption), p.GetValue(actorOption), p.GetValue(topicOption));

    private static void Emit(string? outFile, string text, TextWriter stdout)
    {
        if (outFile is null)
        {
            stdout.Write(text);
            stdout.Flush();
        }
        else
        {
            AtomicFile.Write(outFile, text);
        }
    }
}
