using Crisis.Model;

namespace Crisis.Reporter.Text;

/// <summary>Dates shown as precisely as they are known, never more: "21 Jan 2022", "Jan 2022", "2022", "~12 Feb 2022".</summary>
public static class DateDisplay
{
    private static readonly string[] Months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

    /// <summary>The display form of a partial date, by its precision; a leading "~" when approximate.</summary>
    public static string Format(PartialDate date)
    {
        var text = date.Precision switch
        {
            DatePrecision.Day => $"{date.Day!.Value} {Months[date.Month!.Value - 1]} {date.Year:0000}",
            DatePrecision.Month => $"{Months[date.Month!.Value - 1]} {date.Year:0000}",
            _ => date.Year.ToString("0000", System.Globalization.CultureInfo.InvariantCulture),
        };
        return date.IsApproximate ? "~" + text : text;
    }

    /// <summary>A date known to the day without its year ("~3 Dec"), where the year is said elsewhere (a chart's legend).</summary>
    public static string DayAndMonth(PartialDate date) =>
        (date.IsApproximate ? "~" : "") + $"{date.Day!.Value} {Months[date.Month!.Value - 1]}";

    /// <summary>The display form of a date, or <paramref name="undated"/> when there is none.</summary>
    public static string Format(PartialDate? date, string undated = "undated") => date is { } d ? Format(d) : undated;

    /// <summary>
    /// The display form of a date as the evidence places it: one date, or the two between which it lies, shortened
    /// when they share their month or year ("19–20 Jan 2022", "30 Nov – 2 Dec 2021", "~6 Dec 2021 – Jan 2022").
    /// </summary>
    public static string Format(DateSpan span)
    {
        var (a, b) = (span.First, span.Last);
        if (!span.IsBetween)
        {
            return Format(a);
        }

        if (a.Precision == DatePrecision.Day && b.Precision == DatePrecision.Day && !b.IsApproximate && a.Year == b.Year)
        {
            var first = (a.IsApproximate ? "~" : "") + a.Day!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return a.Month == b.Month
                ? $"{first}–{Format(b)}"
                : $"{first} {Months[a.Month!.Value - 1]} – {Format(b)}";
        }

        return $"{Format(a)} – {Format(b)}";
    }

    /// <summary>The display form of a dating block (see <see cref="Format(DateSpan)"/>), or <paramref name="undated"/> when there is none.</summary>
    public static string Format(Dating? dating, string undated = "undated") => dating is null ? undated : Format(DateSpan.Of(dating));

    /// <summary>The display form of a full date ("21 Jan 2022").</summary>
    public static string Format(DateOnly date) => $"{date.Day} {Months[date.Month - 1]} {date.Year:0000}";

    /// <summary>The month heading a date falls under ("Jan 2022"), or the year when the month is unknown.</summary>
    public static string MonthOf(PartialDate date) =>
        date.Month is { } m ? $"{Months[m - 1]} {date.Year:0000}" : date.Year.ToString("0000", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A date range's display form: a single date when both ends are equal, else shortened as a span is ("7–13 Feb 2022").</summary>
    public static string Range(PartialDate from, PartialDate to) =>
        from.Equals(to) ? Format(from) : Format(new DateSpan(from, to));
}
