using System.CommandLine;
using System.CommandLine.Parsing;
using Crisis.Model;
using Crisis.Reporter.Commands.Check;
using Crisis.Reporter.Commands.Common;
using Crisis.Reporter.Commands.Diff;
using Crisis.Reporter.Commands.Export;
using Crisis.Reporter.Commands.List;
using Crisis.Reporter.Commands.Render;
using Crisis.Reporter.Output;
using Crisis.Reporter.Templating;

namespace Crisis.Reporter.Commands;

/// <summary>
/// The command line: <c>render</c>, <c>list</c>, <c>export</c>, <c>diff</c>, <c>check</c>, each in its folder (Commands/NAME/).
/// Output goes to stdout (or files), errors to stderr, and the exit code says what went wrong (<see cref="ExitCodes"/>).
/// </summary>
public sealed class CliApp
{
    private readonly Func<FactCatalog> catalogFactory;
    private readonly string shippedTemplates;

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
        // One folder per command (Commands/NAME/); the options they share are built once.
        var options = new FactOptions();
        var root = new RootCommand("crisis-brief: renders Markdown briefings on the Russia–Ukraine crisis from the compiled fact base, through editable Scriban templates.")
        {
            RenderCommand.Create(catalogFactory, shippedTemplates, options, stdout, stderr),
            ListCommand.Create(catalogFactory, shippedTemplates, options, stdout),
            ExportCommand.Create(catalogFactory, options, stdout),
            DiffCommand.Create(stdout),
            CheckCommand.Create(catalogFactory, stdout),
        };
        RefuseEmptyValues(root);
        return root;
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
}
