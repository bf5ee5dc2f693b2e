using Crisis.Model;
using Crisis.Reporter.Text;

namespace Crisis.Reporter.Briefings.Shared;

/// <summary>
/// When a fact the sources give no date of was reported: the publication date of the earliest article that cites it.
/// An undated fact is shown under it ("reported 12–13 Feb 2022"), never under "Undated" when an article dates it. The one
/// place this date is worked out: list lines add the sources that report it first (<see cref="FactViewBuilder.WhenText"/>,
/// "reported \~2 Feb 2022 (S3)").
/// </summary>
public static class ReportedDate
{
    /// <summary>The publication date of the earliest article citing <paramref name="fact"/>, or null when none is dated.</summary>
    public static Dating? Of(FactCatalog catalog, ICitedFact fact) =>
        fact.Citations.IsDefaultOrEmpty ? null
            : fact.Citations.Select(c => catalog[c.Source].Published).OfType<Dating>().MinBy(d => d.On.Start);

    /// <summary>"reported 12–13 Feb 2022".</summary>
    public static string Text(Dating reported) => $"reported {DateDisplay.Format(reported)}";

    /// <summary>
    /// A fact's date as a page writes it: its own (<see cref="FactViewBuilder.OwnDateText"/>), else the day it was reported
    /// ("reported 12–13 Feb 2022"), else null when no citing article is dated.
    /// </summary>
    public static string? DateTextOf(FactCatalog catalog, IFact fact) =>
        FactViewBuilder.OwnDate(fact) is not null ? FactViewBuilder.OwnDateText(fact)
        : fact is ICitedFact cited && Of(catalog, cited) is { } reported ? Text(reported)
        : null;

    /// <summary>An event's view with, when the sources give it no date, the day it was reported in place of "undated".</summary>
    public static EventView EventOf(BriefingContext context, Event e) =>
        e.Date is null && DateTextOf(context.Catalog, e) is { } reported
            ? context.Views.EventOf(e) with { Date = reported, When = reported, IsDated = true }
            : context.Views.EventOf(e);
}
