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
    /// <summary>
    /// The stances the selected answers to the selected demands take, in the vocabulary's order; a position that is no
    /// answer (<see cref="IsAnswer"/>) is none of them.
    /// </summary>
    public static List<PositionStance> Stances(BriefingContext context)
    {
        var sel = context.Selection;
        var demands = sel.Of<Demand>().Select(d => d.Id).ToHashSet();
        return [.. sel.Of<Position>().Where(p => demands.Contains(p.Demand) && IsAnswer(p.Stance)).Select(p => p.Stance).Distinct().Order()];
    }

    /// <summary>
    /// False for a position on a demand's subject that the article gives as no answer to it (Germany's opposition to
    /// Ukraine's joining NATO, since 2008): the who-wants-what matrix shows it beside the answers, and no table of
    /// answers counts it as a rejection or an acceptance.
    /// </summary>
    public static bool IsAnswer(PositionStance stance) => stance != PositionStance.NotAnAnswer;

    /// <summary>
    /// The selected answers to a demand (of one stance, when given), by date, grouped by party; the groups in the order
    /// of their first answer. Without a stance, the positions that are no answer too (the matrix shows them apart).
    /// </summary>
    public static IEnumerable<IGrouping<ActorId, Position>> ByParty(BriefingContext context, Demand demand, PositionStance? stance = null) =>
        ByDate(context.Selection.Of<Position>().Where(p => p.Demand == demand.Id && (stance is null || p.Stance == stance)), p => p.Date)
            .GroupBy(p => context.Views.PartyOf(p.Holder));

    /// <summary>
    /// When a demand was first made and when the sources report it: its first date (the earlier of its own date and
    /// the first report), and the publication dates of the first and the last sources that cite it ("~6 Dec 2021" in S5,
    /// "12–13 Feb 2022" in S2), with those sources. A demand is made before the sources that report it are written, and
    /// repeated while they are.
    /// </summary>
    public static DemandSpan SpanOf(BriefingContext context, Demand demand)
    {
        var reported = demand.Citations.Select(c => c.Source).Distinct()
            .Select(s => (Source: s, context.Catalog[s].Published))
            .Where(x => x.Published is not null)
            .Select(x => (x.Source, Date: x.Published!))
            .ToList();
        var firstReport = reported.Count == 0 ? null : reported.MinBy(x => x.Date.On.Start).Date;
        var lastReport = reported.Count == 0 ? null : reported.MaxBy(x => LastDay(x.Date)).Date;
        var first = demand.Date is { } own && (firstReport is null || own.On.Start <= firstReport.On.Start) ? own : firstReport;
        return new DemandSpan(
            first,
            firstReport,
            lastReport,
            [.. reported.Where(x => firstReport is not null && x.Date.On.Start == firstReport.On.Start).Select(x => x.Source)],
            [.. reported.Where(x => lastReport is not null && LastDay(x.Date) == LastDay(lastReport)).Select(x => x.Source)]);
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

/// <summary>
/// When a demand was first made (its own date or its first report, whichever is earlier), and the publication dates of
/// the first and last sources that report it, with those sources.
/// </summary>
public sealed record DemandSpan(Dating? First, Dating? FirstReport, Dating? LastReport, IReadOnlyList<SourceId> FirstIn, IReadOnlyList<SourceId> LastIn);
