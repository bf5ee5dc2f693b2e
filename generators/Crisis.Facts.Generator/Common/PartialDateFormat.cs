namespace Crisis.Facts.Generator.Common;

/// <summary>
/// The partial-date syntax of fact files, defined once: the generator's reader (Facts/PartialDate), the generated
/// <c>PartialDate.TryParse</c> and the JSON Schema pattern are all built from these pieces; the calendar (which years,
/// months and days exist) is <see cref="PartialDateRules"/>.
/// </summary>
internal static class PartialDateFormat
{
    private const string Year = "[0-9]{4}";
    private const string Month = "0[1-9]|1[0-2]";
    private const string Day = "0[1-9]|[12][0-9]|3[01]";

    /// <summary>
    /// The shape, unanchored, with the groups (1) '~' (2) year (3) month (4) day; months and days are any two digits,
    /// so that a reader can say which part is wrong ("there is no month 13"). [0-9], not \d: \d also matches other
    /// scripts' digits, which int.Parse then rejects.
    /// </summary>
    public const string Shape = "(~)?(" + Year + ")(?:-([0-9]{2})(?:-([0-9]{2}))?)?";

    /// <summary>The JSON Schema pattern (anchored): months 01-12 and days 01-31; only the calendar check (2022-02-30) is left to the compiler.</summary>
    public const string JsonPattern = "^~?" + Year + "(-(" + Month + ")(-(" + Day + "))?)?$";

    /// <summary>The forms, for messages and descriptions.</summary>
    public const string Forms = "2022, 2022-01 or 2022-01-21, with a leading ~ if approximate";
}
