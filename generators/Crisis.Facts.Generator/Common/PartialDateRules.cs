namespace Crisis.Facts.Generator.Common;

/// <summary>
/// The calendar rules of a partial date, defined once. The fact compiler checks dates in fact files with this class,
/// and emits this very file (an embedded resource, under the consumer's namespace) for the generated
/// <c>PartialDate</c>'s constructor and <c>TryParse</c>, so that code and data accept the same dates.
/// </summary>
[global::System.CodeDom.Compiler.GeneratedCode("Crisis.Facts.Generator", "1.0.0")]
internal static class PartialDateRules
{
    /// <summary>The first year a partial date can hold (DateOnly's range).</summary>
    public const int MinYear = 1;

    /// <summary>The last year a partial date can hold (DateOnly's range; four digits).</summary>
    public const int MaxYear = 9999;

    /// <summary>Null when the year, month and day (month and day optional) make a date; otherwise why they do not.</summary>
    public static string? Check(int year, int? month, int? day)
    {
        var culture = global::System.Globalization.CultureInfo.InvariantCulture;
        if (year < MinYear)
        {
            return "there is no year " + year.ToString(culture);
        }

        if (year > MaxYear)
        {
            return "a year has at most four digits";
        }

        if (month is < 1 or > 12)
        {
            return "there is no month " + month.Value.ToString(culture);
        }

        if (day is null)
        {
            return null;
        }

        if (month is null)
        {
            return "a day needs a month";
        }

        var days = global::System.DateTime.DaysInMonth(year, month.Value);
        return day < 1 || day > days
            ? culture.DateTimeFormat.GetMonthName(month.Value) + " " + year.ToString(culture) + " has " + days.ToString(culture) + " days"
            : null;
    }
}
