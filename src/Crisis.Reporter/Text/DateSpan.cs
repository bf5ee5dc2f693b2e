using Crisis.Model;

namespace Crisis.Reporter.Text;

/// <summary>
/// When something is, as the evidence places it: one partial date, or a date known only as between two
/// (<see cref="Dating.Latest"/>: "19–20 Jan 2022"). The one definition of a date's first and last day, which filters,
/// the as-of date and every date a briefing prints read.
/// </summary>
/// <param name="First">The date, or the first day it may be.</param>
/// <param name="Last">The last day it may be; <paramref name="First"/> itself when the date is not a span.</param>
public readonly record struct DateSpan(PartialDate First, PartialDate Last)
{
    /// <summary>The first day the date may be.</summary>
    public DateOnly Start => First.Start;

    /// <summary>The last day the date may be.</summary>
    public DateOnly End => Last.End;

    /// <summary>True when the evidence places the date between two dates rather than at one.</summary>
    public bool IsBetween => !First.Equals(Last);

    /// <summary>The date as data writes it ("2022-02-12", or "2022-02-21/2022-02-22" for a span, ISO 8601's interval), for messages.</summary>
    public override string ToString() => IsBetween ? $"{First}/{Last}" : First.ToString();

    /// <summary>A single partial date.</summary>
    public static DateSpan Of(PartialDate date) => new(date, date);

    /// <summary>A dating block's span: from its <c>on</c> to its <c>latest</c> when it has one.</summary>
    public static DateSpan Of(Dating dating) => new(dating.On, dating.Latest ?? dating.On);
}
