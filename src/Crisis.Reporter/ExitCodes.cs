namespace Crisis.Reporter;

/// <summary>The process exit codes of <c>crisis-brief</c>; documented in docs/reporter.md.</summary>
public static class ExitCodes
{
    /// <summary>Success.</summary>
    public const int Ok = 0;

    /// <summary>An unexpected internal error (a bug): the message and stack trace go to stderr.</summary>
    public const int Internal = 1;

    /// <summary>The command line is wrong: unknown command, briefing, option or format, missing argument.</summary>
    public const int Usage = 2;

    /// <summary>A filter names an unknown actor or topic, a date is malformed, or the fact base is invalid.</summary>
    public const int Data = 3;

    /// <summary>A template (shipped or user) does not parse, or fails while rendering (unknown name, a limit reached).</summary>
    public const int Template = 4;

    /// <summary>An output file or folder cannot be written (permissions, missing drive, ...).</summary>
    public const int Output = 5;
}

/// <summary>An error the user can fix; carries its exit code and a message for stderr.</summary>
public class ReporterException(int exitCode, string message, Exception? inner = null) : Exception(message, inner)
{
    /// <summary>The process exit code this error maps to (see <see cref="ExitCodes"/>).</summary>
    public int ExitCode { get; } = exitCode;
}

/// <summary>A template failed to parse or render; names the file and, where known, the position.</summary>
public sealed class TemplateException(string file, int? line, int? column, string detail, Exception? inner = null)
    : ReporterException(ExitCodes.Template, Format(file, line, column, detail), inner)
{
    /// <summary>The template file's path.</summary>
    public string File { get; } = file;

    /// <summary>The 1-based line, when known.</summary>
    public int? Line { get; } = line;

    /// <summary>The 1-based column, when known.</summary>
    public int? Column { get; } = column;

    /// <summary>What went wrong, without the position.</summary>
    public string Detail { get; } = detail;

    private static string Format(string file, int? line, int? column, string detail) =>
        line is null ? $"template {file}: {detail}"
        : column is null ? $"template {file}:{line}: {detail}"
        : $"template {file}:{line}:{column}: {detail}";
}
