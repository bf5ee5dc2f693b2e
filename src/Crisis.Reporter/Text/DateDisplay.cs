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

    /// <summary>The display form of a full date ("21 Jan 2022").</summary>
    public static string Format(DateOnly date) => $"{date.Day} {Months[date.Month - 1]} {date.Year:0000}";

    /// <summary>The month heading a date falls under ("Jan 2022"), or the year when the month is unknown.</summary>
    public static string MonthOf(PartialDate date) =>
        date.Month is { } m ? $"{Months[m - 1]} {date.Year:0000}" : date.Year.ToString("0000", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A date range's display form: a single date when both ends are equal.</summary>
    public static string Range(PartialDate from, PartialDate to) =>
        from.Equals(to) ? Format(from) : $"{Format(from)} – {Format(to)}";
}
