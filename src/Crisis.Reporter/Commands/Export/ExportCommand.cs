using System.CommandLine;
using Crisis.Model;
using Crisis.Reporter.Commands.Common;

namespace Crisis.Reporter.Commands.Export;

/// <summary><c>crisis-brief export --format json|timelinejs</c>: the (filtered) fact base as JSON.</summary>
public static class ExportCommand
{
    /// <summary>The command, writing to <paramref name="stdout"/> (or to <c>--out</c>).</summary>
    public static Command Create(Func<FactCatalog> catalogFactory, FactOptions options, TextWriter stdout)
    {
        var format = new Option<string>("--format", "-f") { Description = "json (the fact base with ids and citations) or timelinejs (TimelineJS's JSON).", Required = true, HelpName = "FORMAT" };
        OptionRules.OneOf(format, JsonExport.Formats);
        var output = new Option<string?>("--out", "-o") { Description = "Write to this file (atomically) instead of stdout.", HelpName = "FILE" };
        var command = new Command("export", "Export the (filtered) fact base as JSON or as a TimelineJS timeline.") { format, output };
        foreach (var filter in options.Filters)
        {
            command.Add(filter);
        }

        command.SetAction(p =>
        {
            var catalog = catalogFactory();
            var filter = options.Filter(p, catalog);
            var text = p.GetValue(format) == "timelinejs" ? JsonExport.TimelineJs(catalog, filter) : JsonExport.Json(catalog, filter);
            FactOptions.Emit(p.GetValue(output), text, stdout);
            return ExitCodes.Ok;
        });
        return command;
    }
}
