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
    /// Converts YamlDotNet marks (1-based line and column, 0-based index) to a 0-based location.
    /// </summary>
    public static TextLocation FromYamlMarks(YamlDotNet.Core.Mark start, YamlDotNet.Core.Mark end)
    {
        var startLine = (int)start.Line - 1;
        var startColumn = (int)start.Column - 1;
        var endLine = (int)end.Line - 1;
        var endColumn = (int)end.Column - 1;
        return new TextLocation(
            (int)start.Index,
            (int)end.Index < (int)start.Index ? (int)start.Index : (int)end.Index,
            startLine < 0 ? 0 : startLine,
            startColumn < 0 ? 0 : startColumn,
            endLine < 0 ? 0 : endLine,
            endColumn < 0 ? 0 : endColumn);
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
