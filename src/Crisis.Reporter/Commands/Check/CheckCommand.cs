using System.CommandLine;
using Crisis.Model;

namespace Crisis.Reporter.Commands.Check;

/// <summary>
/// <c>crisis-brief check</c>: what the newest source leaves stale in the analysts' layer and among the events ahead
/// (<see cref="StalenessCheck"/>), one line per finding as a compiler writes it (file(line): severity id: message), then a
/// summary. Exit code 0 when no error is found (warnings are listed), 3 when one is (or a warning, with
/// <c>--warnings-as-errors</c>). <c>.ci/run</c> runs it, so its lines show in CI.
/// </summary>
public static class CheckCommand
{
    /// <summary>The command, writing to <paramref name="stdout"/>.</summary>
    public static Command Create(Func<FactCatalog> catalogFactory, TextWriter stdout)
    {
        var warningsAsErrors = new Option<bool>("--warnings-as-errors") { Description = "Exit with code 3 on a warning too (a judgment not re-weighed, an event still scheduled in the past)." };
        var command = new Command("check", "Check what the newest source leaves stale: judgments as of an older date (FACT040), watch items now due in the past (FACT041), events still scheduled or planned before it (FACT042); each with its file and line and what to do.")
        {
            warningsAsErrors,
        };
        command.SetAction(p =>
        {
            var catalog = catalogFactory();
            var findings = StalenessCheck.Run(catalog);
            var text = new System.Text.StringBuilder();
            foreach (var finding in findings)
            {
                text.Append(finding.Line).Append('\n');
            }

            text.Append(StalenessCheck.Summary(catalog, findings)).Append('\n');
            stdout.Write(text.ToString());
            var failed = findings.Any(f => f.Severity == Severity.Error || p.GetValue(warningsAsErrors));
            return failed ? ExitCodes.Data : ExitCodes.Ok;
        });
        return command;
    }
}
