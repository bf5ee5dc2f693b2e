using System.Threading;
using Crisis.Facts.Generator.Common;
using Crisis.Facts.Generator.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Crisis.Facts.Generator.Provenance;

/// <summary>Reads one source's text: its hash and its numbered paragraphs and sentences, once per change of the file.</summary>
internal static class SourceTextReader
{
    public static SourceTextFile Read(string path, SourceText? text, CancellationToken cancellationToken)
    {
        var fileName = FileName(path);
        if (text is null)
        {
            return new SourceTextFile(path, fileName, null, null, EquatableArray<DiagnosticInfo>.Empty);
        }

        var content = text.ToString();
        return new SourceTextFile(path, fileName, SourceTextHash.Of(content), NumberedText.Parse(content, cancellationToken), EquatableArray<DiagnosticInfo>.Empty);
    }

    /// <summary>The file's name without its folder, as a source's <c>file</c> field gives it.</summary>
    public static string FileName(string path)
    {
        var slash = path.LastIndexOfAny(new[] { '/', '\\' });
        return slash < 0 ? path : path.Substring(slash + 1);
    }
}
