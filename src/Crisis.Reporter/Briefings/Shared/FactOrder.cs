using Crisis.Model;

namespace Crisis.Reporter.Briefings.Shared;

/// <summary>
/// The orders facts are shown in, the same in every briefing: dated first, by date, then by id (ordinal). Dates of
/// different precision compare as <see cref="PartialDate.CompareTo"/> does: by the day each starts on, then the less
/// precise first, so a year comes before its months ("2021" before "Jan 2021" and "Dec 2021") and a month before its days.
/// </summary>
public static class FactOrder
{
    public static IEnumerable<Event> Chronological(IEnumerable<Event> events) =>
        events.OrderBy(e => e.Date is null ? 1 : 0).ThenBy(e => e.Date?.On).ThenBy(e => e.Id.Value, StringComparer.Ordinal);

    public static IEnumerable<T> ByDate<T>(IEnumerable<T> items, Func<T, Dating?> date)
        where T : IFact =>
        items.OrderBy(x => date(x) is null ? 1 : 0).ThenBy(x => date(x)?.On).ThenBy(x => x.Key, StringComparer.Ordinal);
}
