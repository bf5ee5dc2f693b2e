using Crisis.Model;
using Crisis.Reporter.Output;
using Crisis.Reporter.Selection;
using Crisis.Reporter.Text;

namespace Crisis.Reporter.Commands.Check;

/// <summary>How much a finding of <c>crisis-brief check</c> matters.</summary>
public enum Severity
{
    /// <summary>The briefings are still true, but something a newer source may have changed was not reviewed.</summary>
    Warning,

    /// <summary>A briefing now says something false (a watch item due in the past is shown as something to watch).</summary>
    Error,
}

/// <summary>
/// One thing a newer source left behind: the fact, where it is (as a compiler names a line, so that editors and CI
/// annotate it), the rule and what to do.
/// </summary>
public sealed record Finding(string Rule, Severity Severity, IFact Fact, string Message)
{
    /// <summary>"data/facts/judgments.yaml(9): warning FACT040: …", one line whatever the message holds.</summary>
    public string Line => ErrorLine.Escape(
        $"{FactLocation.CompilerForm(Fact) ?? FactLocation.Where(Fact)}: {(Severity == Severity.Error ? "error" : "warning")} {Rule}: {Message}");
}

/// <summary>
/// What the analysts' layer and the events ahead leave stale once a newer source is added: the fact base is "as of" its
/// newest source (<see cref="Chronology"/>), and what was written against an older one may no longer hold.
/// <list type="bullet">
/// <item>FACT040 (warning): a judgment or a course of action as of a date before the newest source: weigh the newer sources, then re-date it.</item>
/// <item>FACT041 (error): a watch item due before the newest source: the situation page would list the past as ahead.</item>
/// <item>FACT042 (warning): an event still scheduled or planned for a date before the newest source: did it happen?</item>
/// </list>
/// These rules read this fact base's own kinds (judgments, watch items, event status), so they live with the reporter,
/// not in the crisis-agnostic fact compiler; the ids are reserved for them in the compiler's table (README, "Reading fact
/// errors"). A date that overlaps the newest source's (a month, an approximate day) is not before it.
/// </summary>
public static class StalenessCheck
{
    public const string JudgmentBehind = "FACT040";
    public const string WatchItemPast = "FACT041";
    public const string EventAheadPast = "FACT042";

    /// <summary>The findings on <paramref name="catalog"/>, in the order of the files and lines they are at.</summary>
    public static IReadOnlyList<Finding> Run(FactCatalog catalog)
    {
        var chronology = new Chronology(catalog);
        if (chronology.NewestSource is not { } newest)
        {
            return [];
        }

        var sources = catalog.Sources.Select(s => (Source: s, Span: chronology.SpanOf(s))).Where(s => s.Span is not null).ToList();
        var newestNamed = $"the newest source, {Ids(sources.Where(s => s.Span!.Value.Equals(newest)).Select(s => s.Source))} ({newest})";
        string NewerThan(PartialDate date) => Ids(sources.Where(s => s.Span!.Value.Start > date.End).Select(s => s.Source));
        // A date known only as between two days is before the newest source only if its last day is.
        bool Before(Dating date) => DateSpan.Of(date).End < newest.Start;

        var findings = new List<Finding>();
        // A judgment and a course of action are both the analysts' reading as of a date: the same rule, each named as it is.
        var argued = catalog.Judgments.Select(j => (Fact: (IFact)j, Name: $"Judgment '{j.Id}'", j.AsOf))
            .Concat(catalog.CoursesOfAction.Select(c => (Fact: (IFact)c, Name: $"Course of action '{c.Id}'", c.AsOf)));
        foreach (var (fact, name, asOf) in argued.Where(a => Before(a.AsOf)))
        {
            findings.Add(new Finding(JudgmentBehind, Severity.Warning, fact,
                $"{name} is as of {asOf.On}, before {newestNamed}, yet the situation page shows it as of {newest}. "
                + $"Weigh it against what the sources written since report ({NewerThan(asOf.On)}): add their facts to supported-by or cut-against "
                + $"(the strongest first), change its text, likelihood or confidence if they change it, then set as-of to {newest} and say how."));
        }

        foreach (var w in catalog.WatchItems.Where(w => Before(w.Due)))
        {
            findings.Add(new Finding(WatchItemPast, Severity.Error, w,
                $"Watch item '{w.Id}' was due {w.Due.On}, before {newestNamed}: the situation page would show the past as something to watch. "
                + $"Record what the sources written since say happened ({NewerThan(w.Due.On)}) as facts citing them, then delete the item "
                + "(nothing refers to a watch item; its id is never reused), or, if it is still awaited, give it the due date they support."));
        }

        foreach (var e in catalog.Events.Where(e => e.Status is EventStatus.Scheduled or EventStatus.Planned && e.Date is { } d && Before(d)))
        {
            findings.Add(new Finding(EventAheadPast, Severity.Warning, e,
                $"Event '{e.Id}' is still {e.Status!.Value.ToKey()} for {e.Date!.On}, before {newestNamed}: the briefings show it as {e.Status.Value.Label()}, not as done. "
                + $"If a source written since ({NewerThan(e.Date.On)}) reports that it took place, cite it and leave status out; if one reports it "
                + "called off or moved, record that; if none says, leave it (this warning then tells the review that the fact base does not know)."));
        }

        return [.. findings.OrderBy(f => f.Fact.DefinedOrder).ThenBy(f => f.Fact.Key, StringComparer.Ordinal)];
    }

    /// <summary>One line saying what was checked and what was found.</summary>
    public static string Summary(FactCatalog catalog, IReadOnlyList<Finding> findings)
    {
        var newest = new Chronology(catalog).NewestSource;
        var against = newest is { } n ? $"the newest source ({n})" : "no dated source";
        if (findings.Count == 0)
        {
            return $"crisis-brief check: nothing stale against {against}: every judgment is as of it, every watch item due on or after it, no event still scheduled or planned before it.";
        }

        var errors = findings.Count(f => f.Severity == Severity.Error);
        var warnings = findings.Count - errors;
        return $"crisis-brief check: {Count(errors, "error")}, {Count(warnings, "warning")} against {against}. README, \"Adding a source\", says what to do.";
    }

    private static string Ids(IEnumerable<Source> sources)
    {
        var ids = sources.Select(s => s.Id.Value).Order(StringComparer.Ordinal).ToList();
        return ids.Count == 0 ? "none" : string.Join(", ", ids);
    }

    private static string Count(int n, string noun) => n == 1 ? $"1 {noun}" : $"{n} {noun}s";
}
