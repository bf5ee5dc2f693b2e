using Crisis.Model;
using Crisis.Reporter.Commands;
using Crisis.Reporter.Output;

// crisis-brief: see docs/reporter.md for the commands, exit codes and how to customise the templates.
// The console writers turn a full disk or a closed stream into a plain error (ConsoleWriter); CliApp flushes stdout.
using var stderr = ConsoleWriter.StandardError();
using var stdout = ConsoleWriter.StandardOutput();
return new CliApp(() => Facts.Catalog).Run(args, stdout, stderr);
