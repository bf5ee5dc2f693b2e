using Crisis.Model;

namespace Crisis.Model.Tests;

/// <summary>
/// Rules for the analysts' layer of the fact base (judgments, watch items, salience and event status): a judgment
/// rests on at least two facts and weighs nothing newer than the newest source, and nothing is dated after the newest
/// source unless it is marked as ahead. What a newer source leaves behind (a judgment older than it, a watch item
/// now due in the past, a scheduled event now past) is <c>crisis-brief check</c>'s (Commands/Check), tested on the
/// real data by the reporter's CheckTests.
/// </summary>
public sealed class AnalysisTests
{
    private static FactCatalog Catalog => Facts.Catalog;

    /// <summary>The newest source (by publication date): what the fact base knows "as of".</summary>
    private static Source Newest =>
        Catalog.Sources.Where(s => s.Published is not null).MaxBy(s => s.Published!.On)!;

    private static PartialDate NewestSource => Newest.Published!.On;

    private static string NewestSourceNamed => $"the newest source, {Newest.Id} ({FactLocation.Where(Newest)}), published {NewestSource}";

    public static TheoryData<string> JudgmentIds => [.. Catalog.Judgments.Select(j => j.Id.Value)];

    public static TheoryData<string> EventIds => [.. Catalog.Events.Select(e => e.Id.Value)];

    [Fact]
    public void Three_to_five_key_judgments_are_curated()
    {
        Assert.True(
            Catalog.Judgments.Length is >= 3 and <= 5,
            $"{Catalog.Judgments.Length} key judgments in {FactLocation.DataFolder}/facts/judgments.yaml: a briefing opens with three to five (merge or drop the weakest, or add what the facts add up to).");
    }

    [Theory]
    [MemberData(nameof(JudgmentIds))]
    public void A_judgment_rests_on_at_least_two_supporting_facts(string id)
    {
        var supporting = Named(Catalog[new JudgmentId(id)].SupportedBy).Distinct().ToList();

        Assert.True(
            supporting.Count >= 2,
            $"{FactLocation.Describe(Catalog[new JudgmentId(id)])} has {supporting.Count} supporting fact(s); a judgment rests on at least two: add to supported-by, or drop the judgment.");
    }

    [Theory]
    [MemberData(nameof(JudgmentIds))]
    public void No_fact_both_supports_and_cuts_against_one_judgment(string id)
    {
        var judgment = Catalog[new JudgmentId(id)];

        var both = Named(judgment.SupportedBy).Intersect(Named(judgment.CutAgainst)).ToList();

        Assert.True(both.Count == 0, $"{FactLocation.Describe(judgment)} lists {string.Join(", ", both)} both in supported-by and in cut-against: keep each in the list it weighs in.");
    }

    /// <summary>The order of a list of evidence is its rank: a fact listed twice would hold two ranks.</summary>
    [Fact]
    public void No_list_of_evidence_names_a_fact_twice()
    {
        var lists = Catalog.Judgments.SelectMany(j => new[] { (FactLocation.Describe(j), "supported-by", j.SupportedBy), (FactLocation.Describe(j), "cut-against", j.CutAgainst) })
            .Concat(Catalog.WatchItems.Select(w => (FactLocation.Describe(w), "evidence", w.Evidence)));
        var twice = lists
            .SelectMany(l => Named(l.Item3).GroupBy(f => f).Where(g => g.Count() > 1).Select(g => $"{l.Item1}, {l.Item2}: {g.Key}"))
            .ToList();

        Assert.True(twice.Count == 0, "Evidence listed twice in one list (its place is its rank: keep it once, where it ranks):\n" + string.Join("\n", twice));
    }

    private static IEnumerable<string> Named(System.Collections.Immutable.ImmutableArray<EvidenceItem> evidence) =>
        evidence.IsDefault ? [] : evidence.Select(item => item.Fact.Value);

    [Theory]
    [MemberData(nameof(JudgmentIds))]
    public void A_judgment_weighs_nothing_newer_than_the_newest_source(string id)
    {
        var judgment = Catalog[new JudgmentId(id)];

        Assert.True(judgment.AsOf.On.Start <= NewestSource.End,
            $"{FactLocation.Describe(judgment)} is as of {judgment.AsOf.On}, after {NewestSourceNamed}: a judgment weighs what the sources say, so its as-of is at most the newest source's date.");
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
            $"{FactLocation.Describe(evt)} is dated {date.On}, after {NewestSourceNamed}, but is not marked scheduled or planned: no source can report it as done; set status: scheduled (or planned), or correct the date.");
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

        Assert.True(evt.Date is not null, $"{FactLocation.Describe(evt)} is scheduled but has no date: give the date it was scheduled for, or mark it planned.");
        foreach (var source in evt.Citations.Select(c => Catalog[c.Source]).Distinct())
        {
            Assert.True(source.Published is { } published && evt.Date!.On.End >= published.On.Start,
                $"{FactLocation.Describe(evt)} is marked scheduled, but {source.Id}, which it cites, was published ({source.Published?.On}) after its date ({evt.Date!.On}): a source written after the date reports whether it took place; leave status out if it did.");
        }
    }

    [Fact]
    public void Every_salience_level_is_used_and_the_key_events_are_few()
    {
        var bySalience = Catalog.Events.GroupBy(e => e.Salience).ToDictionary(g => g.Key, g => g.Count());

        Assert.All(Enum.GetValues<Salience>(), s => Assert.True(bySalience.ContainsKey(s), $"No event in {FactLocation.DataFolder}/facts is {s.ToKey()}: the levels tell the pages what to show first."));
        Assert.True(bySalience[Salience.Key] * 4 <= Catalog.Events.Length,
            $"{bySalience[Salience.Key]} of {Catalog.Events.Length} events are key, more than a quarter: key singles out the few that define the period; make major the ones a reader could miss and still read the period right:\n"
            + string.Join("\n", Catalog.Events.Where(e => e.Salience == Salience.Key).Select(FactLocation.Describe)));
    }
}
