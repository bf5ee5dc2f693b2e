using System.CommandLine;
using Crisis.Model;
using Crisis.Reporter.Output;
using Crisis.Reporter.Selection;

namespace Crisis.Reporter.Commands.Common;

/// <summary>The options the commands that read the facts share (the filters, the templates folder), defined once.</summary>
public sealed class FactOptions
{
    public Option<string?> From { get; } = new("--from") { Description = "Only facts dated on or after this date (YYYY, YYYY-MM or YYYY-MM-DD). Judgments and watch items are not filtered by date: a judgment shows when one of its supporting facts is selected; watch items always.", HelpName = "DATE" };

    public Option<string?> To { get; } = new("--to") { Description = "Only facts dated on or before this date (YYYY, YYYY-MM or YYYY-MM-DD). Judgments and watch items are not filtered by date (see --from).", HelpName = "DATE" };

    public Option<string[]> Actor { get; } = new("--actor") { Description = "Only facts involving this actor id (repeatable: any of them).", HelpName = "ID" };

    public Option<string?> Topic { get; } = new("--topic") { Description = "Only facts tagged with this topic (military, diplomatic, ...).", HelpName = "TAG" };

    public Option<string?> Templates { get; } = new("--templates") { Description = "A folder of templates (NAME.scriban, partials/NAME.scriban) that override or add to the shipped ones.", HelpName = "DIR" };

    /// <summary>The filter options, in the order help lists them.</summary>
    public IEnumerable<Option> Filters => [From, To, Actor, Topic];

    /// <summary>The filter the command line asks for, checked against the catalog (exit code 3 on a bad value).</summary>
    public BriefingFilter Filter(ParseResult parse, FactCatalog catalog) =>
        BriefingFilter.Parse(catalog, parse.GetValue(From), parse.GetValue(To), parse.GetValue(Actor), parse.GetValue(Topic));

    /// <summary>Writes <paramref name="text"/> to the file given with --out (atomically), else to stdout.</summary>
    public static void Emit(string? outFile, string text, TextWriter stdout)
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
