using System;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Crisis.Facts.Generator.Common;

/// <summary>
/// A place in a text file, kept as plain values (0-based lines and columns, character offsets) so that models
/// stay equatable; a Roslyn <see cref="Location"/> is only created when a diagnostic is reported.
/// </summary>
internal readonly record struct TextLocation(int Start, int End, int StartLine, int StartColumn, int EndLine, int EndColumn)
{
    public static readonly TextLocation FileStart = new(0, 0, 0, 0, 0, 0);

    /// <summary>
    /// Converts YamlDotNet marks (1-based line and column, 0-based index) to a 0-based location. On some malformed input
    /// (found by fuzzing: tags and complex keys among control characters and lone '\r') YamlDotNet gives an end before
    /// the start, which Roslyn refuses with an exception; such a location collapses to its start.
    /// </summary>
    public static TextLocation FromYamlMarks(YamlDotNet.Core.Mark start, YamlDotNet.Core.Mark end)
    {
        var startLine = Math.Max(0, (int)start.Line - 1);
        var startColumn = Math.Max(0, (int)start.Column - 1);
        var endLine = Math.Max(0, (int)end.Line - 1);
        var endColumn = Math.Max(0, (int)end.Column - 1);
        if ((int)end.Index < (int)start.Index || endLine < startLine || (endLine == startLine && endColumn < startColumn))
        {
            return new TextLocation((int)start.Index, (int)start.Index, startLine, startColumn, startLine, startColumn);
        }

        return new TextLocation((int)start.Index, (int)end.Index, startLine, startColumn, endLine, endColumn);
    }

    public Location ToLocation(string path) => Location.Create(
        path,
        TextSpan.FromBounds(Start, End),
        new LinePositionSpan(new LinePosition(StartLine, StartColumn), new LinePosition(EndLine, EndColumn)));

    /// <summary>"12:5", 1-based, as people count lines.</summary>
    public string Display => $"{StartLine + 1}:{StartColumn + 1}";

    /// <summary>"actors.yaml:12:5": where this is, for a message that points at another place.</summary>
    public string DisplayIn(string path) => $"{path.Replace('\\', '/').Split('/').Last()}:{Display}";
}
