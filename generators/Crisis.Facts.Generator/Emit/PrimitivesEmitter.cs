using Crisis.Facts.Generator.Common;

namespace Crisis.Facts.Generator.Emit;

/// <summary>The types whose shape never depends on the schema (partial dates, bilingual text, the fact interfaces).</summary>
internal static class PrimitivesEmitter
{
    public static string Emit(string ns, bool hasCitations)
    {
        var citedFact = hasCitations
            ? $$"""

            /// <summary>A fact that cites its sources.</summary>
            [global::System.CodeDom.Compiler.GeneratedCode("Crisis.Facts.Generator", "1.0.0")]
            public interface ICitedFact : global::{{ns}}.IFact
            {
                /// <summary>Where the fact comes from: one citation per source that reports it.</summary>
                global::System.Collections.Immutable.ImmutableArray<global::{{ns}}.Citation> Citations { get; }
            }

            """
            : string.Empty;

        var text = SourceWriter.Header() + $$"""

namespace {{ns}};

/// <summary>How precise a <see cref="PartialDate"/> is.</summary>
[global::System.CodeDom.Compiler.GeneratedCode("Crisis.Facts.Generator", "1.0.0")]
public enum DatePrecision
{
    /// <summary>Only the year is known.</summary>
    Year,

    /// <summary>The year and the month are known.</summary>
    Month,

    /// <summary>The exact day is known.</summary>
    Day,
}

/// <summary>
/// A date known to a year, a month or a day, possibly approximate: written 2022, 2022-01, 2022-01-21 or ~2022-01-21.
/// Orders by its first day, then coarser before finer.
/// </summary>
[global::System.CodeDom.Compiler.GeneratedCode("Crisis.Facts.Generator", "1.0.0")]
public readonly record struct PartialDate : global::System.IComparable<PartialDate>
{
    /// <summary>Creates a partial date; throws when the date does not exist.</summary>
    public PartialDate(int year, int? month = null, int? day = null, bool isApproximate = false)
    {
        if (year < 1 || year > 9999 || month is < 1 or > 12 || (day is not null && (month is null || day < 1 || day > global::System.DateTime.DaysInMonth(year, month.Value))))
        {
            throw new global::System.ArgumentOutOfRangeException(nameof(day), $"{year}-{month}-{day} is not a date.");
        }

        Year = year;
        Month = month;
        Day = day;
        IsApproximate = isApproximate;
    }

    /// <summary>The year.</summary>
    public int Year { get; }

    /// <summary>The month (1-12), when known.</summary>
    public int? Month { get; }

    /// <summary>The day of the month, when known.</summary>
    public int? Day { get; }

    /// <summary>True when the sources give the date only roughly (written with a leading ~).</summary>
    public bool IsApproximate { get; }

    /// <summary>How precise the date is.</summary>
    public DatePrecision Precision => Day is not null ? DatePrecision.Day : Month is not null ? DatePrecision.Month : DatePrecision.Year;

    /// <summary>The first day the date may mean.</summary>
    public global::System.DateOnly Start => new(Year, Month ?? 1, Day ?? 1);

    /// <summary>The last day the date may mean.</summary>
    public global::System.DateOnly End => Precision switch
    {
        DatePrecision.Day => Start,
        DatePrecision.Month => new global::System.DateOnly(Year, Month!.Value, global::System.DateTime.DaysInMonth(Year, Month.Value)),
        _ => new global::System.DateOnly(Year, 12, 31),
    };

    // The fact compiler's own date syntax (its PartialDateFormat), so that code and data files accept the same texts.
    private static readonly global::System.Text.RegularExpressions.Regex Shape = new({{SourceWriter.Literal(Naming.WholePattern(PartialDateFormat.Shape))}}, global::System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>Reads the fact-file form ({{PartialDateFormat.Forms}}).</summary>
    public static bool TryParse(string? text, out PartialDate date)
    {
        date = default;
        var match = text is null ? null : Shape.Match(text);
        if (match is null || !match.Success)
        {
            return false;
        }

        var culture = global::System.Globalization.CultureInfo.InvariantCulture;
        var year = int.Parse(match.Groups[2].Value, culture);
        int? month = match.Groups[3].Success ? int.Parse(match.Groups[3].Value, culture) : null;
        int? day = match.Groups[4].Success ? int.Parse(match.Groups[4].Value, culture) : null;
        if (year < 1 || month is < 1 or > 12 || (day is not null && (day < 1 || day > global::System.DateTime.DaysInMonth(year, month!.Value))))
        {
            return false;
        }

        date = new PartialDate(year, month, day, match.Groups[1].Success);
        return true;
    }

    /// <summary>Reads the fact-file form; throws <see cref="global::System.FormatException"/> naming the text when it is not a date.</summary>
    public static PartialDate Parse(string text) =>
        TryParse(text, out var date) ? date : throw new global::System.FormatException($"'{text}' is not a date: write {{PartialDateFormat.Forms}}.");

    /// <inheritdoc/>
    public int CompareTo(PartialDate other)
    {
        var byStart = Start.CompareTo(other.Start);
        if (byStart != 0)
        {
            return byStart;
        }

        var byPrecision = Precision.CompareTo(other.Precision);
        return byPrecision != 0 ? byPrecision : IsApproximate.CompareTo(other.IsApproximate);
    }

    /// <summary>True when <paramref name="left"/> sorts before <paramref name="right"/>.</summary>
    public static bool operator <(PartialDate left, PartialDate right) => left.CompareTo(right) < 0;

    /// <summary>True when <paramref name="left"/> sorts after <paramref name="right"/>.</summary>
    public static bool operator >(PartialDate left, PartialDate right) => left.CompareTo(right) > 0;

    /// <summary>True when <paramref name="left"/> sorts before or with <paramref name="right"/>.</summary>
    public static bool operator <=(PartialDate left, PartialDate right) => left.CompareTo(right) <= 0;

    /// <summary>True when <paramref name="left"/> sorts after or with <paramref name="right"/>.</summary>
    public static bool operator >=(PartialDate left, PartialDate right) => left.CompareTo(right) >= 0;

    /// <summary>The fact-file form, such as ~2022-02-12.</summary>
    public override string ToString()
    {
        var prefix = IsApproximate ? "~" : string.Empty;
        var culture = global::System.Globalization.CultureInfo.InvariantCulture;
        return Precision switch
        {
            DatePrecision.Day => prefix + Year.ToString("D4", culture) + "-" + Month!.Value.ToString("D2", culture) + "-" + Day!.Value.ToString("D2", culture),
            DatePrecision.Month => prefix + Year.ToString("D4", culture) + "-" + Month!.Value.ToString("D2", culture),
            _ => prefix + Year.ToString("D4", culture),
        };
    }
}

/// <summary>Wording in its original language with an English translation.</summary>
/// <param name="Original">The wording in its original language, verbatim.</param>
/// <param name="Language">The original's ISO 639 language code, such as fr.</param>
/// <param name="English">The English translation (by the curators unless stated otherwise).</param>
[global::System.CodeDom.Compiler.GeneratedCode("Crisis.Facts.Generator", "1.0.0")]
public sealed record BilingualText(string Original, string Language, string? English = null);

/// <summary>What every fact has, whatever its kind.</summary>
[global::System.CodeDom.Compiler.GeneratedCode("Crisis.Facts.Generator", "1.0.0")]
public interface IFact
{
    /// <summary>The fact's id as text.</summary>
    string Key { get; }

    /// <summary>The fact's kind, as named in the schema (such as "actor").</summary>
    string Kind { get; }

    /// <summary>Where the fact is defined: its file relative to the folder holding every fact and schema file, and its line.</summary>
    string DefinedAt { get; }
}
{{citedFact}}{{CompactData.ReaderSource}}
""";
        return text.Replace("\r\n", "\n");
    }
}
