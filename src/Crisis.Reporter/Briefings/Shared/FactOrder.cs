using Crisis.Model;

namespace Crisis.Reporter.Briefings.Shared;

/// <summary>The orders facts are shown in, the same in every briefing: dated first, by date, then by id (ordinal).</summary>
public static class FactOrder
{
    public static IEnumerable<Event> Chronological(IEnumerable<Event> events) =>
        events.OrderBy(e => e.Date is null ? 1 : 0).ThenBy(e => e.Date?.On).ThenBy(e => e.Id.Value, StringComparer.Ordinal);

    public static IEnumerable<T> ByDate<T>(IEnumerable<T> items, Func<T, Dating?> date)
        where T : IFact =>
        items.OrderBy(x => date(x) is null ? 1 : 0).ThenBy(x => date(x)?.On).ThenBy(x => x.Key, StringComparer.Ordinal);

    public static IEnumerable<Measure> OrderMeasures(IEnumerable<Measure> measures) =>
        measures.OrderBy(m => m.Type).ThenBy(m => m.Stage).ThenBy(m => m.Date is null ? 1 : 0).ThenBy(m => m.Date?.On).ThenBy(m => m.Id.Value, StringComparer.Ordinal);
}
