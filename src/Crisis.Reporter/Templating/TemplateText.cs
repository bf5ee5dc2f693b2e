using System.Buffers;
using System.Text.Unicode;
using Crisis.Shared;

namespace Crisis.Reporter.Templating;

/// <summary>
/// Text as text for templates, by the project's one text rule (<see cref="TextRules"/>, shared with the fact
/// compiler's FACT020): a template is UTF-8 without NUL, control characters (but tab and line breaks), a byte-order
/// mark past the start or the noncharacters U+FFFE/U+FFFF; anything else is a located error rather than rendered into
/// a briefing. Unlike the compiler, the reporter decodes strictly, so bytes that are not UTF-8 are reported where they
/// are, and a U+FFFD the author wrote is text like any other.
/// </summary>
public static class TemplateText
{
    private static ReadOnlySpan<byte> ByteOrderMark => [0xEF, 0xBB, 0xBF];

    /// <summary>The text of a template file's bytes, line endings as written; a <see cref="TemplateException"/> at the first character that is not text.</summary>
    public static string Decode(string path, ReadOnlySpan<byte> bytes)
    {
        // A byte-order mark at the start says "UTF-8" and is not part of the text.
        var body = bytes.StartsWith(ByteOrderMark) ? bytes[ByteOrderMark.Length..] : bytes;
        var chars = new char[body.Length];
        var status = Utf8.ToUtf16(body, chars, out var read, out var written, replaceInvalidSequences: false);
        var text = new string(chars, 0, written);
        if (status != OperationStatus.Done)
        {
            var offset = read + (bytes.Length - body.Length);
            throw Error(path, text, written, $"bytes that are not UTF-8 (0x{body[read]:X2} at byte offset {offset}): save the template as UTF-8");
        }

        var first = TextRules.FindForbidden(text, replacementIsForbidden: false);
        if (first >= 0)
        {
            var more = TextRules.CountForbidden(text, replacementIsForbidden: false, first + 1);
            var others = more == 0 ? "" : $" ({more} more after it)";
            throw Error(path, text, first, $"{TextRules.Describe(text[first])}{others}: templates are UTF-8 text without NUL, control characters (but tab and line breaks) or byte-order marks inside");
        }

        return text;
    }

    /// <summary>An error at a character of the decoded text, lines counted as Scriban counts them once CR LF and CR are LF.</summary>
    private static TemplateException Error(string path, string text, int index, string detail)
    {
        var before = text.AsSpan(0, index).ToString().Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        var lineStart = before.LastIndexOf('\n') + 1;
        return new TemplateException(path, before.Count(c => c == '\n') + 1, before.Length - lineStart + 1, "the template holds " + detail);
    }
}
