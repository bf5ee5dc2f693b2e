using Crisis.Model;
using static Crisis.Reporter.Briefings.Shared.FactOrder;

namespace Crisis.Reporter.Briefings.Shared;

/// <summary>
/// The answers to the demands, as every briefing selects them: the selected positions on a demand, by date, grouped by
/// the party that gave them (an official speaks for their state: Blinken's answer is the United States'), and the span
/// over which the sources report the demand. The situation page's demands table and the actors page's who-wants-what
/// matrix both read them here, so that the two never disagree on who answered what.
/// </summary>
public static class DemandAnswers
{
    /// <summary>The stances the selected answers to the selected demands take, in the vocabulary's order.</summary>
    public static List<PositionStance> Stances(BriefingContext context)
    {
        var sel = context.Selection;
        var demands = sel.Of<Demand>().Select(d => d.Id).ToHashSet();
        return [.. sel.Of<Position>().Where(p => demands.Contains(p.Demand)).Select(p => p.Stance).Distinct().Order()];
    }

    /// <summary>
    /// The selected answers to a demand (of one stance, when given), by date, grouped by party; the groups in the order
    /// of their first answer.
    /// </summary>
    public static IEnumerable<IGrouping<ActorId, Position>> ByParty(BriefingContext context, Demand demand, PositionStance? stance = null) =>
        ByDate(context.Selection.Of<Position>().Where(p => p.Demand == demand.Id && (stance is null || p.Stance == stance)), p => p.Date)
            .GroupBy(p => context.Views.PartyOf(p.Holder));

    /// <summary>
    /// When the sources report a demand: its first date and its latest, each the earliest (latest) of the demand's own
    /// date and the publication dates of the sources that cite it ("~3 Dec 2021" in S5, "12–13 Feb 2022" in S2), with the
    /// sources that report it first and last. A demand is made before the sources that report it are written, and
    /// repeated while they are.
    /// </summary>
    public static DemandSpan SpanOf(BriefingContext context, Demand demand)
    {
        var reported = demand.Citations.Select(c => c.Source).Distinct()
            .Select(s => (Source: s, context.Catalog[s].Published))
            .Where(x => x.Published is not null)
            .Select(x => (x.Source, Date: x.Published!))
            .ToList();
        var dates = reported.Select(x => x.Date).ToList();
        if (demand.Date is { } own)
        {
            dates.Add(own);
        }

        if (dates.Count == 0)
        {
            return new DemandSpan(null, null, [], []);
        }

        var first = dates.MinBy(d => d.On.Start)!;
        var last = dates.MaxBy(LastDay)!;
        // The sources that report it first and last: the first date may be the demand's own, earlier than any source.
        var firstIn = reported.Count == 0 ? [] : reported.Where(x => x.Date.On.Start == reported.Min(r => r.Date.On.Start)).Select(x => x.Source).ToList();
        var lastIn = reported.Count == 0 ? [] : reported.Where(x => LastDay(x.Date) == reported.Max(r => LastDay(r.Date))).Select(x => x.Source).ToList();
        return new DemandSpan(first, last, firstIn, lastIn);
    }

    /// <summary>The last day a dating may mean (its latest date's end, else its date's).</summary>
    public static DateOnly LastDay(Dating dating) => (dating.Latest ?? dating.On).End;

    /// <summary>
    /// True when an answer is dated, beyond doubt, before the demand it answers was first reported: every day its date
    /// may mean comes before the first day the demand's may. A page never shows such an answer under its demand without
    /// the data being wrong (the tests check it).
    /// </summary>
    public static bool IsBefore(Position position, DemandSpan span) =>
        position.Date is { } answered && span.First is { } first && LastDay(answered) < first.On.Start;
}

/// <summary>When the sources report a demand: its first and latest dates, and the sources that report it first and last.</summary>
public sealed record DemandSpan(Dating? First, Dating? Latest, IReadOnlyList<SourceId> FirstIn, IReadOnlyList<SourceId> LatestIn);
