using Crisis.Model;

namespace Crisis.Model.Tests;

/// <summary>
/// Rules for the analysts' layer of the fact base (judgments, watch items, salience and event status): a judgment
/// rests on at least two facts, nothing is dated after the newest source unless it is marked as ahead, and watch
/// items look forward from the newest source.
/// </summary>
public sealed class AnalysisTests
{
    private static FactCatalog Catalog => Facts.Catalog;

    /// <summary>The publication date of the newest source (the last day it may be): what the fact base knows "as of".</summary>
    private static PartialDate NewestSource =>
        Catalog.Sources.Select(s => s.Published is { } p ? p.Latest ?? p.On : (PartialDate?)null).OfType<PartialDate>().MaxBy(d => d.End);

    public static TheoryData<string> JudgmentIds => [.. Catalog.Judgments.Select(j => j.Id.Value)];

    public static TheoryData<string> WatchItemIds => [.. Catalog.WatchItems.Select(w => w.Id.Value)];

    public static TheoryData<string> EventIds => [.. Catalog.Events.Select(e => e.Id.Value)];

    [Fact]
    public void Three_to_five_key_judgments_are_curated()
    {
        Assert.InRange(Catalog.Judgments.Length, 3, 5);
    }

    [Theory]
    [MemberData(nameof(JudgmentIds))]
    public void A_judgment_rests_on_at_least_two_supporting_facts(string id)
    {
        var supporting = Named(Catalog[new JudgmentId(id)].SupportedBy).Distinct().ToList();

        Assert.True(supporting.Count >= 2, $"Judgment '{id}' has {supporting.Count} supporting fact(s); it needs at least two.");
    }

    [Theory]
    [MemberData(nameof(JudgmentIds))]
    public void No_fact_both_supports_and_cuts_against_one_judgment(string id)
    {
        var judgment = Catalog[new JudgmentId(id)];

        var both = Named(judgment.SupportedBy).Intersect(Named(judgment.CutAgainst)).ToList();

        Assert.True(both.Count == 0, $"Judgment '{id}' lists {string.Join(", ", both)} both for and against.");
    }

    /// <summary>The order of a list of evidence is its rank: a fact listed twice would hold two ranks.</summary>
    [Fact]
    public void No_list_of_evidence_names_a_fact_twice()
    {
        var lists = Catalog.Judgments.SelectMany(j => new[] { (j.Id.Value, "supported-by", j.SupportedBy), (j.Id.Value, "cut-against", j.CutAgainst) })
            .Concat(Catalog.WatchItems.Select(w => (w.Id.Value, "evidence", w.Evidence)));
        var twice = lists
            .SelectMany(l => Named(l.Item3).GroupBy(f => f).Where(g => g.Count() > 1).Select(g => $"{l.Item1}.{l.Item2}: {g.Key}"))
            .ToList();

        Assert.True(twice.Count == 0, "Evidence listed twice:\n" + string.Join("\n", twice));
    }

    private static IEnumerable<string> Named(System.Collections.Immutable.ImmutableArray<EvidenceItem> evidence) =>
        evidence.IsDefault ? [] : evidence.Select(item => item.Fact.Value);

    [Theory]
    [MemberData(nameof(JudgmentIds))]
    public void A_judgment_weighs_nothing_newer_than_the_newest_source(string id)
    {
        var judgment = Catalog[new JudgmentId(id)];

        Assert.True(judgment.AsOf.On.Start <= NewestSource.End,
            $"Judgment '{id}' is as of {judgment.AsOf.On}, after the newest source ({NewestSource}).");
    }

    [Theory]
    [MemberData(nameof(WatchItemIds))]
    public void A_watch_item_is_due_after_the_newest_source(string id)
    {
        var item = Catalog[new WatchItemId(id)];

        // A month-precise due date overlaps the newest source's month; it must at least not end before it.
        Assert.True(item.Due.On.End >= NewestSource.Start,
            $"Watch item '{id}' is due {item.Due.On}, before the newest source ({NewestSource}): it is history, not a watch item.");
    }

    [Theory]
    [MemberData(nameof(EventIds))]
    public void An_event_dated_after_the_newest_source_is_marked_as_ahead(string id)
    {
        var evt = Catalog[new EventId(id)];
        if (evt.Date is not { } date || date.On.Start <= NewestSource.End)
        {
            return;
        }

        Assert.True(evt.Status is EventStatus.Scheduled or EventStatus.Planned,
            $"Event '{id}' is dated {date.On}, after the newest source ({NewestSource}), but is not marked scheduled or planned.");
    }

    [Theory]
    [MemberData(nameof(EventIds))]
    public void A_scheduled_event_is_dated_after_the_sources_that_report_it(string id)
    {
        var evt = Catalog[new EventId(id)];
        if (evt.Status != EventStatus.Scheduled)
        {
            return;
        }

        Assert.True(evt.Date is not null, $"Scheduled event '{id}' has no date.");
        foreach (var source in evt.Citations.Select(c => Catalog[c.Source]).Distinct())
        {
            Assert.True(source.Published is { } published && evt.Date!.On.End >= published.On.Start,
                $"Event '{id}' is marked scheduled but {source.Id} was published after its date.");
        }
    }

    [Fact]
    public void Every_salience_level_is_used_and_the_key_events_are_few()
    {
        var bySalience = Catalog.Events.GroupBy(e => e.Salience).ToDictionary(g => g.Key, g => g.Count());

        Assert.All(Enum.GetValues<Salience>(), s => Assert.True(bySalience.ContainsKey(s), $"No event is {s.ToKey()}."));
        Assert.True(bySalience[Salience.Key] * 4 <= Catalog.Events.Length,
            $"{bySalience[Salience.Key]} of {Catalog.Events.Length} events are key: key must single out the few that define the period.");
    }
}
