using System.Text;
using Crisis.Model;
using Crisis.Reporter.Cli;

// crisis-brief: see docs/reporter.md for the commands, exit codes and how to customise the templates.
var stdout = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false)) { NewLine = "\n", AutoFlush = false };
var stderr = new StreamWriter(Console.OpenStandardError(), new UTF8Encoding(false)) { NewLine = "\n", AutoFlush = true };
try
{
    return new CliApp(() => Facts.Catalog).Run(args, stdout, stderr);
}
finally
{
    stdout.Flush();
}
