using System.Globalization;
using System.Text.RegularExpressions;
using Crisis.Facts.Generator.Common;

namespace Crisis.Facts.Generator.Facts;

/// <summary>A partial date as written in a fact file: 2022, 2022-01, 2022-01-21, each optionally ~approximate.</summary>
internal readonly record struct PartialDate(int Year, int? Month, int? Day, bool IsApproximate)
{
    private static readonly Regex Shape = Naming.Whole(PartialDateFormat.Shape);

    public string Precision => Day is not null ? "Day" : Month is not null ? "Month" : "Year";

    /// <summary>Parses a partial date (the shape of <see cref="PartialDateFormat"/>, the calendar of <see cref="PartialDateRules"/>); on failure returns null and says why.</summary>
    public static PartialDate? TryParse(string text, out string reason)
    {
        var match = Shape.Match(text);
        if (!match.Success)
        {
            reason = "it is not a year, a year-month or a year-month-day";
            return null;
        }

        var year = int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture);
        int? month = match.Groups[3].Success ? int.Parse(match.Groups[3].Value, CultureInfo.InvariantCulture) : null;
        int? day = match.Groups[4].Success ? int.Parse(match.Groups[4].Value, CultureInfo.InvariantCulture) : null;
        if (PartialDateRules.Check(year, month, day) is { } problem)
        {
            reason = problem;
            return null;
        }

        reason = string.Empty;
        return new PartialDate(year, month, day, match.Groups[1].Success);
    }
}
