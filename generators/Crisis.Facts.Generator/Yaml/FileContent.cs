using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis.Text;

namespace Crisis.Facts.Generator.Yaml;

/// <summary>
/// An input file's path and text, compared by content (<see cref="ByContent"/>): a SourceText has no equality of its own,
/// and the compiler server hands every file over anew at each build. Only the first step holds it; the parse that follows
/// runs again only for a file whose text changed.
/// </summary>
internal sealed class FileContent
{
    public static readonly IEqualityComparer<FileContent> ByContent = new ContentComparer();

    public FileContent(string path, SourceText? text, Exception? failure = null)
    {
        Path = path;
        Text = text;
        Failure = failure;
    }

    /// <summary>Reads the text; a failure is kept, to be reported by the step that parses the file (FACT900 naming it).</summary>
    public static FileContent Read(Microsoft.CodeAnalysis.AdditionalText text, System.Threading.CancellationToken cancellationToken)
    {
        try
        {
            return new FileContent(text.Path, text.GetText(cancellationToken));
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return new FileContent(text.Path, null, exception);
        }
    }

    /// <summary>Why the text could not be read, if it could not.</summary>
    public Exception? Failure { get; }

    public SourceText? TextOrThrow() => Failure is null ? Text : throw Failure;

    public string Path { get; }

    public SourceText? Text { get; }

    private sealed class ContentComparer : IEqualityComparer<FileContent>
    {
        public bool Equals(FileContent? x, FileContent? y)
        {
            if (ReferenceEquals(x, y))
            {
                return true;
            }

            if (x is null || y is null || !string.Equals(x.Path, y.Path, StringComparison.Ordinal))
            {
                return false;
            }

            if (x.Failure is not null || y.Failure is not null)
            {
                return false; // read again: a failure may not last
            }

            if (x.Text is null || y.Text is null)
            {
                return x.Text is null && y.Text is null;
            }

            // The checksum, when both texts were read the same way, is computed once per text; the content is what decides.
            return x.Text.Length == y.Text.Length &&
                (x.Text.ChecksumAlgorithm == y.Text.ChecksumAlgorithm ? x.Text.GetChecksum().SequenceEqual(y.Text.GetChecksum()) : x.Text.ContentEquals(y.Text));
        }

        public int GetHashCode(FileContent obj) => StringComparer.Ordinal.GetHashCode(obj.Path);
    }
}
