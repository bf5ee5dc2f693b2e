using System.Security.Cryptography;
using System.Text;

namespace Crisis.Facts.Generator.Provenance;

/// <summary>
/// What a source's pin (<c>sha256</c>) is the hash of: the text's UTF-8 bytes, without a byte-order mark, with every
/// line ending (CR LF, CR) written as LF, so that a checkout that converts line endings (Windows) gives the same hash.
/// For a UTF-8 file with LF endings and no byte-order mark that is the file's own hash: <c>sha256sum FILE</c>.
/// </summary>
internal static class SourceTextHash
{
    /// <summary>Lower-case hexadecimal, as <c>sha256sum</c> prints it.</summary>
    public static string Of(string text)
    {
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            text = text.Substring(1); // a byte-order mark, when the host has not removed it already
        }

        using var sha = SHA256.Create();
        var hash = sha.ComputeHash(Encoding.UTF8.GetBytes(WithLfLineEndings(text)));
        var hex = new StringBuilder(hash.Length * 2);
        foreach (var b in hash)
        {
            hex.Append("0123456789abcdef"[b >> 4]).Append("0123456789abcdef"[b & 0xF]);
        }

        return hex.ToString();
    }

    /// <summary>A pin's shape: 64 hexadecimal digits (either case).</summary>
    public static bool IsWellFormed(string pin)
    {
        if (pin.Length != 64)
        {
            return false;
        }

        foreach (var c in pin)
        {
            if (!(c is >= '0' and <= '9' or >= 'a' and <= 'f' or >= 'A' and <= 'F'))
            {
                return false;
            }
        }

        return true;
    }

    public static string WithLfLineEndings(string text) =>
        text.IndexOf('\r') < 0 ? text : text.Replace("\r\n", "\n").Replace('\r', '\n');
}
