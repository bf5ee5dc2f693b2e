namespace Crisis.Facts.Generator.Common;

/// <summary>Every character C# and editors end a line at, not only '\n': a single-line value or a doc comment must know them all.</summary>
internal static class LineBreaks
{
    public static readonly char[] All = { '\n', '\r', '\u0085', '\u2028', '\u2029' };
}
