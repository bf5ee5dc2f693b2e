using System.Globalization;
using System.Text;

namespace Crisis.Reporter.Output;

/// <summary>
/// Every error is one line on stderr: a value the user gave is echoed with its control characters escaped (a line break
/// as <c>\n</c>, an escape code as <c>\x1B</c>), so that it can neither add lines to the message nor drive the terminal.
/// </summary>
public static class ErrorLine
{
    /// <summary>The message with every control character, line or paragraph separator written as an escape.</summary>
    public static string Escape(string message)
    {
        var builder = new StringBuilder(message.Length);
        foreach (var c in message)
        {
            _ = c switch
            {
                '\n' => builder.Append("\\n"),
                '\r' => builder.Append("\\r"),
                '\t' => builder.Append("\\t"),
                < ' ' or '\u007F' or (>= '\u0080' and <= '\u009F') => builder.Append("\\x").Append(((int)c).ToString("X2", CultureInfo.InvariantCulture)),
                '\u2028' or '\u2029' or '\u0085' => builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture)),
                _ => builder.Append(c),
            };
        }

        return builder.ToString();
    }

    /// <summary>Writes <c>error: MESSAGE</c> as one line.</summary>
    public static void Write(TextWriter stderr, string message) => stderr.Write("error: " + Escape(message) + "\n");
}
