using System.Collections;
using System.Globalization;

namespace Crisis.Snapshots;

/// <summary>Turns parameter values into file-name text: invariant culture, so names never depend on the machine.</summary>
internal static class ParameterText
{
    public static string Format(object? value) => value switch
    {
        null => "null",
        string text => text,
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        IEnumerable items => string.Join(',', items.Cast<object?>().Select(Format)),
        _ => value.ToString() ?? "null",
    };

    /// <summary><c>_a=1_b=x</c> for names [a, b] and values [1, "x"]; names beyond the values are unused.</summary>
    public static string Suffix(IReadOnlyList<string> names, IReadOnlyList<object?> values)
    {
        if (values.Count > names.Count)
        {
            throw new InvalidOperationException(
                $"UseParameters got {values.Count} values but the test method has only {names.Count} parameters.");
        }

        return string.Concat(values.Select((value, i) => $"_{names[i]}={Format(value)}"));
    }
}
