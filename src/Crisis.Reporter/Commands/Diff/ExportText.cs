using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Crisis.Reporter.Commands.Diff;

/// <summary>
/// What an export must be before it is compared, checked in one pass over its bytes: UTF-8 (bytes that are not are
/// refused, not read as U+FFFD), nested at most <see cref="FactExport.MaxDepth"/> levels, no key twice in one object
/// (JSON readers keep the last one silently), and no escaped lone surrogate (<c>"\ud800"</c>, which no text holds).
/// Each is one plain error with where it is; System.Text.Json would call the depth "not valid JSON" and throw on the rest.
/// </summary>
internal static class ExportText
{
    /// <summary>The bytes past a leading byte-order mark; a <see cref="ReporterException"/> for the first thing refused.</summary>
    public static ReadOnlySpan<byte> Check(ReadOnlySpan<byte> bytes, string described)
    {
        if (bytes.StartsWith("\uFEFF"u8))
        {
            bytes = bytes[3..];
        }

        if (!System.Text.Unicode.Utf8.IsValid(bytes))
        {
            var offset = FirstInvalid(bytes);
            throw FactExport.NotAnExport(described, string.Create(CultureInfo.InvariantCulture,
                $"it holds bytes that are not UTF-8 (0x{bytes[offset]:X2} at line {Line(bytes, offset)}, byte offset {offset})"));
        }

        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { MaxDepth = FactExport.MaxDepth + 1 });
        var keys = new Stack<HashSet<string>?>();
        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.StartObject or JsonTokenType.StartArray:
                        if (reader.CurrentDepth >= FactExport.MaxDepth)
                        {
                            throw FactExport.NotAnExport(described, string.Create(CultureInfo.InvariantCulture,
                                $"it is nested more than {FactExport.MaxDepth} levels deep (line {Line(bytes, reader.TokenStartIndex)}); an export has 5"));
                        }

                        keys.Push(reader.TokenType == JsonTokenType.StartObject ? new HashSet<string>(StringComparer.Ordinal) : null);
                        break;
                    case JsonTokenType.EndObject or JsonTokenType.EndArray:
                        keys.Pop();
                        break;
                    case JsonTokenType.PropertyName:
                        var name = Text(ref reader, bytes, described);
                        if (!keys.Peek()!.Add(name))
                        {
                            throw FactExport.NotAnExport(described, string.Create(CultureInfo.InvariantCulture,
                                $"the key \"{name}\" appears twice in one object (line {Line(bytes, reader.TokenStartIndex)}); a reader would keep one without a word"));
                        }

                        break;
                    case JsonTokenType.String when reader.ValueIsEscaped:
                        Text(ref reader, bytes, described);
                        break;
                }
            }
        }
        catch (JsonException ex)
        {
            throw FactExport.NotAnExport(described, $"it is not valid JSON (line {ex.LineNumber + 1}, byte {ex.BytePositionInLine + 1})");
        }

        return bytes;
    }

    private static string Text(ref Utf8JsonReader reader, ReadOnlySpan<byte> bytes, string described)
    {
        try
        {
            return reader.GetString()!;
        }
        catch (InvalidOperationException)
        {
            throw FactExport.NotAnExport(described, string.Create(CultureInfo.InvariantCulture,
                $"it holds an escaped lone surrogate (such as \"\\ud800\") at line {Line(bytes, reader.TokenStartIndex)}, which is not a character"));
        }
    }

    /// <summary>The 1-based line of a byte offset.</summary>
    private static int Line(ReadOnlySpan<byte> bytes, long offset) => bytes[..(int)Math.Min(offset, bytes.Length)].Count((byte)'\n') + 1;

    private static int FirstInvalid(ReadOnlySpan<byte> bytes)
    {
        var offset = 0;
        while (offset < bytes.Length)
        {
            if (Rune.DecodeFromUtf8(bytes[offset..], out _, out var consumed) != OperationStatus.Done)
            {
                return offset;
            }

            offset += consumed;
        }

        return 0;
    }
}
