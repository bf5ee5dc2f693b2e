using System.CommandLine;
using Crisis.Reporter.Commands.Common;

namespace Crisis.Reporter.Commands.Diff;

/// <summary><c>crisis-brief diff OLD NEW</c>: what changed between two JSON exports of the fact base.</summary>
public static class DiffCommand
{
    /// <summary>The output formats of <c>diff</c>.</summary>
    public static IReadOnlyList<string> Formats { get; } = ["markdown", "json"];

    /// <summary>The command, writing to <paramref name="stdout"/> (or to <c>--out</c>).</summary>
    public static Command Create(TextWriter stdout)
    {
        var oldArg = new Argument<string>("OLD") { Description = "The export to compare from (crisis-brief export --format json), for example the base branch's." };
        var newArg = new Argument<string>("NEW") { Description = "The export to compare to, for example the pull request's." };
        var format = new Option<string>("--format", "-f") { Description = "markdown (for a reader, the default) or json (the same, as data).", DefaultValueFactory = _ => "markdown", HelpName = "FORMAT" };
        OptionRules.OneOf(format, Formats);
        var output = new Option<string?>("--out", "-o") { Description = "Write to this file (atomically) instead of stdout.", HelpName = "FILE" };
        var allowSchemaChange = new Option<bool>("--allow-schema-change") { Description = "Compare exports made from different fact schemas (otherwise an error): fields the schema added or removed show on every fact." };
        var command = new Command("diff", "Show what changed between two JSON exports of the fact base: facts added, removed and changed field by field, and what a reviewer should check.")
        {
            oldArg, newArg, format, output, allowSchemaChange,
        };
        command.SetAction(p =>
        {
            var diff = FactComparer.Compare(
                FactExport.Load(p.GetValue(oldArg)!, "OLD"),
                FactExport.Load(p.GetValue(newArg)!, "NEW"),
                p.GetValue(allowSchemaChange));
            var text = p.GetValue(format) == "json" ? diff.ToJson() : DiffMarkdown.Render(diff);
            FactOptions.Emit(p.GetValue(output), text, stdout);
            return ExitCodes.Ok;
        });
        return command;
    }
}
