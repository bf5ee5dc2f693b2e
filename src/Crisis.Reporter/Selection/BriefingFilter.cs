using Crisis.Model;

namespace Crisis.Reporter.Selection;

/// <summary>
/// The filters every briefing and export applies in the same way: a date window (partial dates allowed:
/// <c>--from 2022-01</c> starts on 1 January, <c>--to 2022-01</c> ends on 31 January), one or more actors, a topic.
/// </summary>
public sealed record BriefingFilter
{
    /// <summary>No filter: every fact.</summary>
    public static BriefingFilter None { get; } = new();

    /// <summary>First day of the window (inclusive), if any.</summary>
    public DateOnly? From { get; init; }

    /// <summary>Last day of the window (inclusive), if any.</summary>
    public DateOnly? To { get; init; }

    /// <summary>The text the user gave for <see cref="From"/>.</summary>
    public string? FromText { get; init; }

    /// <summary>The text the user gave for <see cref="To"/>.</summary>
    public string? ToText { get; init; }

    /// <summary>Actor ids; a fact is kept when any of them takes part in it. Empty: no actor filter.</summary>
    public IReadOnlyList<string> Actors { get; init; } = [];

    /// <summary>The topic tag (YAML spelling, e.g. <c>military</c>), if any.</summary>
    public Topic? Topic { get; init; }

    /// <summary>True when any filter is set.</summary>
    public bool IsEmpty => From is null && To is null && Actors.Count == 0 && Topic is null;

    /// <summary>True when a date window is set.</summary>
    public bool HasDateWindow => From is not null || To is not null;

    /// <summary>
    /// Parses and validates the filters against a catalog; throws <see cref="ReporterException"/> with exit
    /// code <see cref="ExitCodes.Data"/> naming the bad value and the valid choices.
    /// </summary>
    public static BriefingFilter Parse(FactCatalog catalog, string? from, string? to, IReadOnlyList<string>? actors, string? topic)
    {
        DateOnly? fromDate = from is null ? null : ParseDate(from, "--from", start: true);
        DateOnly? toDate = to is null ? null : ParseDate(to, "--to", start: false);
        if (fromDate is { } f && toDate is { } t && f > t)
        {
            throw new ReporterException(ExitCodes.Data, $"--from {from} is after --to {to}: the date window is empty.");
        }

        var actorIds = new List<string>();
        foreach (var a in actors ?? [])
        {
            if (!catalog.TryGet(new ActorId(a), out _))
            {
                var ids = catalog.Actors.Select(x => x.Id.Value).ToList();
                var near = Suggest(a, ids);
                var hint = near.Count > 0 ? $" Did you mean {string.Join(" or ", near.Select(n => "'" + n + "'"))}?" : "";
                throw new ReporterException(ExitCodes.Data, $"unknown actor '{a}' in --actor.{hint} Valid actor ids: {string.Join(", ", ids)}.");
            }

            if (!actorIds.Contains(a, StringComparer.Ordinal))
            {
                actorIds.Add(a);
            }
        }

        Topic? topicValue = null;
        if (topic is not null)
        {
            var match = Enum.GetValues<Topic>().Where(v => string.Equals(v.ToKey(), topic, StringComparison.Ordinal)).ToList();
            if (match.Count == 0)
            {
                var keys = Enum.GetValues<Topic>().Select(v => v.ToKey()).ToList();
                var near = Suggest(topic, keys);
                var hint = near.Count > 0 ? $" Did you mean {string.Join(" or ", near.Select(n => "'" + n + "'"))}?" : "";
                throw new ReporterException(ExitCodes.Data, $"unknown topic '{topic}' in --topic.{hint} Valid topics: {string.Join(", ", keys)}.");
            }

            topicValue = match[0];
        }

        return new BriefingFilter { From = fromDate, To = toDate, FromText = from, ToText = to, Actors = actorIds, Topic = topicValue };
    }

    /// <summary>
    /// Reads <c>2022</c>, <c>2022-01</c> or <c>2022-01-21</c> (the fact files' date form, by the generated
    /// <see cref="PartialDate.TryParse"/>) as the first (<paramref name="start"/>) or last day it covers.
    /// An approximate date (<c>~2022-01</c>) is refused: a window needs definite ends.
    /// </summary>
    public static DateOnly ParseDate(string text, string option, bool start)
    {
        if (text.StartsWith('~') || !PartialDate.TryParse(text, out var date))
        {
            throw new ReporterException(ExitCodes.Data, $"bad date '{text}' in {option}: expected YYYY, YYYY-MM or YYYY-MM-DD (for example 2022-01-21).");
        }

        return start ? date.Start : date.End;
    }

    /// <summary>Up to three valid values close to <paramref name="value"/>: containing it, or a few edits away.</summary>
    public static IReadOnlyList<string> Suggest(string value, IEnumerable<string> valid)
    {
        var v = value.ToLowerInvariant();
        return valid
            .Select(c => (Candidate: c, Distance: c.Contains(v, StringComparison.OrdinalIgnoreCase) && v.Length >= 3 ? 0 : Crisis.Shared.Suggestions.Distance(v, c.ToLowerInvariant())))
            .Where(x => x.Distance <= Math.Max(2, v.Length / 4))
            .OrderBy(x => x.Distance).ThenBy(x => x.Candidate, StringComparer.Ordinal)
            .Take(3)
            .Select(x => x.Candidate)
            .ToList();
    }

    /// <summary>A one-line description of the filters for the briefing's header, or null when there are none.</summary>
    public string? Describe(FactCatalog catalog)
    {
        if (IsEmpty)
        {
            return null;
        }

        var parts = new List<string>();
        if (From is { } f)
        {
            parts.Add("from " + Text.DateDisplay.Format(f));
        }

        if (To is { } t)
        {
            parts.Add("to " + Text.DateDisplay.Format(t));
        }

        if (Actors.Count > 0)
        {
            parts.Add("involving " + string.Join(" or ", Actors.Select(a => catalog[new ActorId(a)].Name)));
        }

        if (Topic is { } topic)
        {
            parts.Add("tagged " + topic.ToKey());
        }

        return string.Join(", ", parts);
    }

    /// <summary>True when a dated fact falls in the window (a date known only as between two days: when they overlap it); an undated fact is kept only when no window is set.</summary>
    public bool InWindow(Dating? dating)
    {
        if (!HasDateWindow)
        {
            return true;
        }

        if (dating is null)
        {
            return false;
        }

        var d = Text.DateSpan.Of(dating);
        return (From is not { } f || d.End >= f) && (To is not { } t || d.Start <= t);
    }

    /// <summary>True when no actor filter is set or one of <paramref name="involved"/> is a filtered actor.</summary>
    public bool Involves(IEnumerable<ActorId> involved) =>
        Actors.Count == 0 || involved.Any(a => Actors.Contains(a.Value, StringComparer.Ordinal));

    /// <summary>True when no topic filter is set or <paramref name="topics"/> holds it.</summary>
    public bool HasTopic(IEnumerable<Topic> topics) => Topic is not { } t || topics.Contains(t);
}
