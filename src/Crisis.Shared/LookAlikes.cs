using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace Crisis.Shared;

/// <summary>
/// Characters that look like the ones names are written in (a-z, 0-9, '-'): the Cyrillic 'е' in "joe-bidеn", an en dash
/// for a hyphen, a zero-width space. Names them as Unicode does ("U+0435 CYRILLIC SMALL LETTER IE") and tells whether two
/// names look the same, so that a message can name the character and no suggestion offers a name that looks identical to
/// what was typed. Written by hand: .NET has no table of Unicode character names or of confusable characters, and the
/// packages that do are far larger than the few dozen characters a curator types by mistake.
/// </summary>
internal static class LookAlikes
{
    /// <summary>Confusable characters: their Unicode name and the ASCII text they look like ("" for an invisible one).</summary>
    private static readonly Dictionary<char, (string Name, string Looks)> Table = new()
    {
        ['\u0430'] = ("CYRILLIC SMALL LETTER A", "a"),
        ['\u0435'] = ("CYRILLIC SMALL LETTER IE", "e"),
        ['\u043E'] = ("CYRILLIC SMALL LETTER O", "o"),
        ['\u0440'] = ("CYRILLIC SMALL LETTER ER", "p"),
        ['\u0441'] = ("CYRILLIC SMALL LETTER ES", "c"),
        ['\u0443'] = ("CYRILLIC SMALL LETTER U", "y"),
        ['\u0445'] = ("CYRILLIC SMALL LETTER HA", "x"),
        ['\u0455'] = ("CYRILLIC SMALL LETTER DZE", "s"),
        ['\u0456'] = ("CYRILLIC SMALL LETTER BYELORUSSIAN-UKRAINIAN I", "i"),
        ['\u0458'] = ("CYRILLIC SMALL LETTER JE", "j"),
        ['\u04BB'] = ("CYRILLIC SMALL LETTER SHHA", "h"),
        ['\u04CF'] = ("CYRILLIC SMALL LETTER PALOCHKA", "l"),
        ['\u0501'] = ("CYRILLIC SMALL LETTER KOMI DE", "d"),
        ['\u051B'] = ("CYRILLIC SMALL LETTER QA", "q"),
        ['\u051D'] = ("CYRILLIC SMALL LETTER WE", "w"),
        ['\u0410'] = ("CYRILLIC CAPITAL LETTER A", "A"),
        ['\u0412'] = ("CYRILLIC CAPITAL LETTER VE", "B"),
        ['\u0415'] = ("CYRILLIC CAPITAL LETTER IE", "E"),
        ['\u041A'] = ("CYRILLIC CAPITAL LETTER KA", "K"),
        ['\u041C'] = ("CYRILLIC CAPITAL LETTER EM", "M"),
        ['\u041D'] = ("CYRILLIC CAPITAL LETTER EN", "H"),
        ['\u041E'] = ("CYRILLIC CAPITAL LETTER O", "O"),
        ['\u0420'] = ("CYRILLIC CAPITAL LETTER ER", "P"),
        ['\u0421'] = ("CYRILLIC CAPITAL LETTER ES", "C"),
        ['\u0422'] = ("CYRILLIC CAPITAL LETTER TE", "T"),
        ['\u0425'] = ("CYRILLIC CAPITAL LETTER HA", "X"),
        ['\u0405'] = ("CYRILLIC CAPITAL LETTER DZE", "S"),
        ['\u0406'] = ("CYRILLIC CAPITAL LETTER BYELORUSSIAN-UKRAINIAN I", "I"),
        ['\u0408'] = ("CYRILLIC CAPITAL LETTER JE", "J"),
        ['\u03B1'] = ("GREEK SMALL LETTER ALPHA", "a"),
        ['\u03B9'] = ("GREEK SMALL LETTER IOTA", "i"),
        ['\u03BA'] = ("GREEK SMALL LETTER KAPPA", "k"),
        ['\u03BD'] = ("GREEK SMALL LETTER NU", "v"),
        ['\u03BF'] = ("GREEK SMALL LETTER OMICRON", "o"),
        ['\u03C1'] = ("GREEK SMALL LETTER RHO", "p"),
        ['\u03C5'] = ("GREEK SMALL LETTER UPSILON", "u"),
        ['\u03C7'] = ("GREEK SMALL LETTER CHI", "x"),
        ['\u0391'] = ("GREEK CAPITAL LETTER ALPHA", "A"),
        ['\u0392'] = ("GREEK CAPITAL LETTER BETA", "B"),
        ['\u0395'] = ("GREEK CAPITAL LETTER EPSILON", "E"),
        ['\u0396'] = ("GREEK CAPITAL LETTER ZETA", "Z"),
        ['\u0397'] = ("GREEK CAPITAL LETTER ETA", "H"),
        ['\u0399'] = ("GREEK CAPITAL LETTER IOTA", "I"),
        ['\u039A'] = ("GREEK CAPITAL LETTER KAPPA", "K"),
        ['\u039C'] = ("GREEK CAPITAL LETTER MU", "M"),
        ['\u039D'] = ("GREEK CAPITAL LETTER NU", "N"),
        ['\u039F'] = ("GREEK CAPITAL LETTER OMICRON", "O"),
        ['\u03A1'] = ("GREEK CAPITAL LETTER RHO", "P"),
        ['\u03A4'] = ("GREEK CAPITAL LETTER TAU", "T"),
        ['\u03A5'] = ("GREEK CAPITAL LETTER UPSILON", "Y"),
        ['\u03A7'] = ("GREEK CAPITAL LETTER CHI", "X"),
        ['\u0585'] = ("ARMENIAN SMALL LETTER OH", "o"),
        ['\u057D'] = ("ARMENIAN SMALL LETTER SEH", "u"),
        ['\u0131'] = ("LATIN SMALL LETTER DOTLESS I", "i"),
        ['\u0251'] = ("LATIN SMALL LETTER ALPHA", "a"),
        ['\u0261'] = ("LATIN SMALL LETTER SCRIPT G", "g"),
        ['\u0269'] = ("LATIN SMALL LETTER IOTA", "i"),
        ['\u2010'] = ("HYPHEN", "-"),
        ['\u2011'] = ("NON-BREAKING HYPHEN", "-"),
        ['\u2012'] = ("FIGURE DASH", "-"),
        ['\u2013'] = ("EN DASH", "-"),
        ['\u2014'] = ("EM DASH", "-"),
        ['\u2015'] = ("HORIZONTAL BAR", "-"),
        ['\u2212'] = ("MINUS SIGN", "-"),
        ['\uFE63'] = ("SMALL HYPHEN-MINUS", "-"),
        ['\u00AD'] = ("SOFT HYPHEN", string.Empty),
        ['\u200B'] = ("ZERO WIDTH SPACE", string.Empty),
        ['\u200C'] = ("ZERO WIDTH NON-JOINER", string.Empty),
        ['\u200D'] = ("ZERO WIDTH JOINER", string.Empty),
        ['\u2060'] = ("WORD JOINER", string.Empty),
        ['\uFEFF'] = ("ZERO WIDTH NO-BREAK SPACE", string.Empty),
        ['\u00A0'] = ("NO-BREAK SPACE", " "),
        ['\u202F'] = ("NARROW NO-BREAK SPACE", " "),
        ['\u2009'] = ("THIN SPACE", " "),
    };

    /// <summary>The accents of Latin letters, as Unicode names them in "LATIN SMALL LETTER E WITH ACUTE".</summary>
    private static readonly Dictionary<char, string> Marks = new()
    {
        ['\u0300'] = "GRAVE",
        ['\u0301'] = "ACUTE",
        ['\u0302'] = "CIRCUMFLEX",
        ['\u0303'] = "TILDE",
        ['\u0304'] = "MACRON",
        ['\u0306'] = "BREVE",
        ['\u0307'] = "DOT ABOVE",
        ['\u0308'] = "DIAERESIS",
        ['\u030A'] = "RING ABOVE",
        ['\u030B'] = "DOUBLE ACUTE",
        ['\u030C'] = "CARON",
        ['\u0323'] = "DOT BELOW",
        ['\u0327'] = "CEDILLA",
        ['\u0328'] = "OGONEK",
    };

    /// <summary>Scripts by block, for characters the table does not name.</summary>
    private static readonly (int First, int Last, string Script)[] Blocks =
    {
        (0x0080, 0x024F, "Latin"), (0x0370, 0x03FF, "Greek"), (0x0400, 0x052F, "Cyrillic"), (0x0530, 0x058F, "Armenian"),
        (0x0590, 0x05FF, "Hebrew"), (0x0600, 0x06FF, "Arabic"), (0x0E00, 0x0E7F, "Thai"), (0x10A0, 0x10FF, "Georgian"),
        (0x3040, 0x309F, "Hiragana"), (0x30A0, 0x30FF, "Katakana"), (0x4E00, 0x9FFF, "CJK"), (0xAC00, 0xD7AF, "Hangul"),
        (0x1D400, 0x1D7FF, "mathematical"),
    };

    /// <summary>True for what names are written in: printable ASCII.</summary>
    private static bool IsPlainAscii(char c) => c >= ' ' && c <= '~';

    /// <summary>
    /// The first character of <paramref name="text"/> outside printable ASCII, described for a message ("its 8th character
    /// is U+0435 CYRILLIC SMALL LETTER IE, which looks like the Latin 'e' but is not one"); null when there is none.
    /// </summary>
    public static string? DescribeFirstForeign(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (!IsPlainAscii(text[i]))
            {
                var position = Ordinal(CountCharacters(text, i) + 1);
                return $"its {position} character is {Describe(text, i)}";
            }
        }

        return null;
    }

    /// <summary>"U+0435 CYRILLIC SMALL LETTER IE, which looks like the Latin 'e' but is not one", or a name and a kind.</summary>
    public static string Describe(string text, int index)
    {
        var codePoint = char.IsHighSurrogate(text[index]) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1])
            ? char.ConvertToUtf32(text[index], text[index + 1])
            : text[index];
        var code = "U+" + codePoint.ToString("X4", CultureInfo.InvariantCulture);
        if (codePoint <= char.MaxValue && Table.TryGetValue((char)codePoint, out var known))
        {
            return code + " " + known.Name + (known.Looks.Length == 0 ? ", which is invisible"
                : known.Looks == " " ? ", which looks like a space"
                : $", which looks like {(char.IsLetter(known.Looks[0]) ? "the Latin " : string.Empty)}'{known.Looks}' but is not one");
        }

        if (codePoint <= char.MaxValue && LatinWithMarks((char)codePoint) is { } name)
        {
            return code + " " + name;
        }

        if (codePoint <= char.MaxValue && Marks.TryGetValue((char)codePoint, out var mark))
        {
            return $"{code} COMBINING {mark}{(mark is "GRAVE" or "ACUTE" or "CIRCUMFLEX" or "DOUBLE ACUTE" ? " ACCENT" : string.Empty)}, an accent on the character before it";
        }

        if (codePoint >= 0xFF01 && codePoint <= 0xFF5E)
        {
            var ascii = (char)(codePoint - 0xFEE0);
            return $"{code} FULLWIDTH {AsciiName(ascii)}, which looks like '{ascii}' but is not one";
        }

        foreach (var (first, last, script) in Blocks)
        {
            if (codePoint >= first && codePoint <= last)
            {
                return $"{code} (a {script} {Category(codePoint)})";
            }
        }

        return $"{code} (a {Category(codePoint)} outside ASCII)";
    }

    /// <summary>
    /// True when two different texts look the same: equal once every look-alike is read as the ASCII it imitates and
    /// invisible characters are dropped ("united-stаtes" with a Cyrillic 'а' and "united-states").
    /// </summary>
    public static bool LookTheSame(string a, string b) =>
        !string.Equals(a, b, StringComparison.Ordinal) && string.Equals(Skeleton(a), Skeleton(b), StringComparison.Ordinal);

    private static string Skeleton(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (Table.TryGetValue(c, out var known))
            {
                builder.Append(known.Looks);
            }
            else if (c >= 0xFF01 && c <= 0xFF5E)
            {
                builder.Append((char)(c - 0xFEE0));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    private static string? LatinWithMarks(char c)
    {
        var decomposed = c.ToString().Normalize(NormalizationForm.FormD);
        if (decomposed.Length < 2 || !IsPlainAscii(decomposed[0]) || !char.IsLetter(decomposed[0]))
        {
            return null;
        }

        var marks = new List<string>();
        for (var i = 1; i < decomposed.Length; i++)
        {
            if (!Marks.TryGetValue(decomposed[i], out var mark))
            {
                return null;
            }

            marks.Add(mark);
        }

        return AsciiName(decomposed[0]) + " WITH " + string.Join(" AND ", marks);
    }

    private static string AsciiName(char c) => c switch
    {
        >= 'a' and <= 'z' => "LATIN SMALL LETTER " + char.ToUpperInvariant(c),
        >= 'A' and <= 'Z' => "LATIN CAPITAL LETTER " + c,
        >= '0' and <= '9' => "DIGIT " + new[] { "ZERO", "ONE", "TWO", "THREE", "FOUR", "FIVE", "SIX", "SEVEN", "EIGHT", "NINE" }[c - '0'],
        '-' => "HYPHEN-MINUS",
        _ => $"'{c}'",
    };

    private static string Category(int codePoint)
    {
        var category = codePoint <= char.MaxValue
            ? CharUnicodeInfo.GetUnicodeCategory((char)codePoint)
            : CharUnicodeInfo.GetUnicodeCategory(char.ConvertFromUtf32(codePoint), 0);
        return category switch
        {
            UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
                or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter => "letter",
            UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber => "digit",
            UnicodeCategory.SpaceSeparator => "space",
            UnicodeCategory.Control or UnicodeCategory.Format => "control or format character",
            UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark => "combining mark",
            UnicodeCategory.MathSymbol or UnicodeCategory.CurrencySymbol or UnicodeCategory.ModifierSymbol or UnicodeCategory.OtherSymbol => "symbol",
            _ => "punctuation mark",
        };
    }

    /// <summary>How many characters (not UTF-16 units) come before <paramref name="index"/>.</summary>
    private static int CountCharacters(string text, int index)
    {
        var count = 0;
        for (var i = 0; i < index; i++)
        {
            if (!(char.IsLowSurrogate(text[i]) && i > 0 && char.IsHighSurrogate(text[i - 1])))
            {
                count++;
            }
        }

        return count;
    }

    private static string Ordinal(int n)
    {
        var suffix = (n % 100) is 11 or 12 or 13 ? "th" : (n % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" };
        return n.ToString(CultureInfo.InvariantCulture) + suffix;
    }
}
