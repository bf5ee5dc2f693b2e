using System.Collections.Immutable;
using Crisis.Model;

namespace Crisis.Model.Tests;

/// <summary>
/// Rules for the analysts' layer of the fact base (judgments, courses of action, watch items, salience and event
/// status), for any correct fact base rather than today's: a judgment rests on at least two facts, every item of
/// evidence is weighed and its list runs heaviest first, the heaviest support is not weak, the reasoning accounts for
/// the confidence, high confidence rests on strong evidence from more than one source, and nothing is dated after the
/// newest source unless it is marked as ahead. What a newer source leaves behind (a judgment older than it, a watch item
/// now due in the past, a scheduled event now past) is <c>crisis-brief check</c>'s (Commands/Check), tested on the
/// real data by the reporter's CheckTests. What a machine cannot check (that a judgment says nothing its facts do not,
/// that an item is weighed right) is the reviewer's.
/// </summary>
public sealed class AnalysisTests
{
    private static FactCatalog Catalog => Facts.Catalog;

    /// <summary>The newest source (by the last day its publication date may be): what the fact base knows "as of".</summary>
    private static Source Newest =>
        Catalog.Sources.Where(s => s.Published is not null).MaxBy(s => (s.Published!.Latest ?? s.Published.On).End)!;

    /// <summary>The publication date of the newest source (the last day it may be).</summary>
    private static PartialDate NewestSource => Newest.Published!.Latest ?? Newest.Published.On;

    private static string NewestSourceNamed => $"the newest source, {Newest.Id} ({FactLocation.Where(Newest)}), published {NewestSource}";

    public static TheoryData<string> WatchItemIds => [.. Catalog.WatchItems.Select(w => w.Id.Value)];

    public static TheoryData<string> JudgmentIds => [.. Catalog.Judgments.Select(j => j.Id.Value)];

    public static TheoryData<string> EventIds => [.. Catalog.Events.Select(e => e.Id.Value)];

    /// <summary>One argued conclusion of the analysts (a judgment or a course of action): what the rules read.</summary>
    private sealed record Argued(string Where, Confidence Confidence, string Reasoning, ImmutableArray<EvidenceItem> For, ImmutableArray<EvidenceItem> Against);

    private static IEnumerable<Argued> Conclusions =>
        Catalog.Judgments.Select(j => new Argued(FactLocation.Describe(j), j.Confidence, j.Reasoning, j.SupportedBy, j.CutAgainst))
            .Concat(Catalog.CoursesOfAction.Select(c => new Argued(FactLocation.Describe(c), c.Confidence, c.Reasoning, c.SupportedBy, c.CutAgainst)));

    /// <summary>Every list of evidence of the analysts' layer, named for messages.</summary>
    private static IEnumerable<(string Where, ImmutableArray<EvidenceItem> Items)> EvidenceLists =>
        Conclusions.SelectMany(a => new[] { ($"{a.Where}, supported-by", a.For), ($"{a.Where}, cut-against", a.Against) })
            .Concat(Catalog.WatchItems.Select(w => ($"{FactLocation.Describe(w)}, evidence", w.Evidence)));

    private static IEnumerable<EvidenceItem> Items(ImmutableArray<EvidenceItem> evidence) => evidence.IsDefault ? [] : evidence;

    private static IEnumerable<string> Named(ImmutableArray<EvidenceItem> evidence) => Items(evidence).Select(item => item.Fact.Value);

    [Fact]
    public void Three_to_five_key_judgments_are_curated()
    {
        Assert.True(
            Catalog.Judgments.Length is >= 3 and <= 5,
            $"{Catalog.Judgments.Length} key judgments in {FactLocation.DataFolder}/facts/judgments.yaml: a briefing opens with three to five (merge or drop the weakest, or add what the facts add up to).");
    }

    [Fact]
    public void A_judgment_or_course_of_action_rests_on_at_least_two_supporting_facts()
    {
        var thin = Conclusions.Where(a => Named(a.For).Distinct().Count() < 2).Select(a => a.Where).ToList();

        Assert.True(thin.Count == 0, "Resting on fewer than two supporting facts (a conclusion needs at least two):\n" + string.Join("\n", thin));
    }

    [Fact]
    public void No_fact_both_supports_and_cuts_against_one_conclusion()
    {
        var both = Conclusions
            .Select(a => (a.Where, Facts: Named(a.For).Intersect(Named(a.Against)).ToList()))
            .Where(x => x.Facts.Count > 0)
            .Select(x => $"{x.Where} lists {string.Join(", ", x.Facts)} both for and against")
            .ToList();

        Assert.True(both.Count == 0, "Keep each fact in the one list it weighs in:\n" + string.Join("\n", both));
    }

    /// <summary>The order of a list of evidence is its rank: a fact listed twice would hold two ranks.</summary>
    [Fact]
    public void No_list_of_evidence_names_a_fact_twice()
    {
        var twice = EvidenceLists
            .SelectMany(l => Named(l.Items).GroupBy(f => f).Where(g => g.Count() > 1).Select(g => $"{l.Where}: {g.Key}"))
            .ToList();

        Assert.True(twice.Count == 0, "Evidence listed twice in one list (its place is its rank: keep it once, where it ranks):\n" + string.Join("\n", twice));
    }

    /// <summary>Briefings choose evidence by weight: an item the analysts have not weighed cannot be chosen honestly.</summary>
    [Fact]
    public void Every_item_of_evidence_is_weighed()
    {
        var unweighed = EvidenceLists
            .SelectMany(l => Items(l.Items).Where(i => i.Weight is null).Select(i => $"{l.Where}: {i.Fact.Value}"))
            .ToList();

        Assert.True(
            unweighed.Count == 0,
            "Evidence without a weight (add `weight: strong | moderate | weak`, how diagnostic it is; see the schema's `weight`):\n"
            + string.Join("\n", unweighed));
    }

    /// <summary>A list's order is the curators' rank within a weight; a lighter item above a heavier one is a slip.</summary>
    [Fact]
    public void Every_list_of_evidence_runs_heaviest_first()
    {
        var unordered = EvidenceLists
            .SelectMany(l => Items(l.Items).Zip(Items(l.Items).Skip(1))
                .Where(p => p.First.Weight is { } a && p.Second.Weight is { } b && a > b)
                .Select(p => $"{l.Where}: {p.First.Fact.Value} ({p.First.Weight!.Value.ToKey()}) comes before {p.Second.Fact.Value} ({p.Second.Weight!.Value.ToKey()})"))
            .ToList();

        Assert.True(unordered.Count == 0, "Evidence not listed heaviest first (strong, then moderate, then weak):\n" + string.Join("\n", unordered));
    }

    /// <summary>Evidence that fits every hypothesis alike cannot carry a conclusion (Heuer): its heaviest support is not weak.</summary>
    [Fact]
    public void The_heaviest_support_of_a_conclusion_is_not_weak()
    {
        var weak = Conclusions
            .Where(a => Items(a.For).Any() && Items(a.For).All(i => i.Weight == Weight.Weak))
            .Select(a => a.Where)
            .ToList();

        Assert.True(weak.Count == 0, "Resting only on weak (hardly diagnostic) evidence; find diagnostic support or drop the conclusion:\n" + string.Join("\n", weak));
    }

    /// <summary>ICD 203: the reasoning says why the confidence is what it is, given sources that are all second-hand.</summary>
    [Fact]
    public void The_reasoning_says_why_the_confidence_is_what_it_is()
    {
        var silent = Conclusions
            .Where(a => !a.Reasoning.Contains($"Confidence is {a.Confidence.Label()}", StringComparison.Ordinal))
            .Select(a => $"{a.Where} is of {a.Confidence.Label()} confidence, but its reasoning has no \"Confidence is {a.Confidence.Label()}\" sentence saying why")
            .ToList();

        Assert.True(silent.Count == 0, string.Join("\n", silent));
    }

    /// <summary>
    /// ICD 203's high confidence is "high-quality information from several sources": strong evidence from at least two
    /// sources of the fact base, not one article however often it is cited.
    /// </summary>
    [Fact]
    public void High_confidence_rests_on_strong_evidence_from_more_than_one_source()
    {
        var thin = Conclusions
            .Where(a => a.Confidence == Confidence.High)
            .Select(a => (a.Where, Sources: Items(a.For).Where(i => i.Weight == Weight.Strong)
                .SelectMany(i => Catalog.Find(i.Fact.Value) is ICitedFact cited ? cited.Citations.Select(c => c.Source.Value) : [])
                .Distinct().ToList()))
            .Where(x => x.Sources.Count < 2)
            .Select(x => $"{x.Where} is of high confidence, but its strong support comes from {x.Sources.Count} source(s): {string.Join(", ", x.Sources)}")
            .ToList();

        Assert.True(thin.Count == 0, string.Join("\n", thin));
    }

    [Fact]
    public void A_party_has_at_most_one_course_of_action_of_each_type_and_both_when_any()
    {
        var wrong = Catalog.CoursesOfAction.GroupBy(c => c.Actor)
            .SelectMany(g =>
            {
                var types = g.GroupBy(c => c.Type).ToList();
                var where = FactLocation.Describe(g.First());
                return types.Where(t => t.Count() > 1).Select(t => $"{where}: {g.Key.Value} has {t.Count()} courses of action of type {t.Key.ToKey()}")
                    .Concat(Enum.GetValues<CourseType>().Where(t => types.All(x => x.Key != t)).Select(t => $"{where}: {g.Key.Value} has no {t.ToKey()} course of action beside its others"));
            })
            .ToList();

        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    /// <summary>An indicator says what it would change: a watch item bears on a judgment, or is a course of action's indicator.</summary>
    [Theory]
    [MemberData(nameof(WatchItemIds))]
    public void A_watch_item_bears_on_a_judgment_or_a_course_of_action(string id)
    {
        var item = Catalog[new WatchItemId(id)];
        var indicates = Catalog.CoursesOfAction.Any(c => !c.Indicators.IsDefault && c.Indicators.Contains(item.Id));

        Assert.True(
            !item.BearsOn.IsDefaultOrEmpty || indicates,
            $"{FactLocation.Describe(item)} bears on no judgment and is no course of action's indicator: say in bears-on what it would change.");
    }

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
    /// <summary>
    /// A course of action's supporting facts each name the clause of its text they support, copied exactly: the
    /// situation page puts each note after its clause, so a clause that is not in the text would lose its note's place.
    /// </summary>
    [Fact]
    public void A_course_of_action_names_for_each_fact_a_clause_of_its_text()
    {
        var wrong = Catalog.CoursesOfAction
            .SelectMany(c => Items(c.SupportedBy).Select(i => (Course: c, Item: i)))
            .Where(x => x.Item.Clause is not { } clause || !x.Course.Text.Contains(clause, StringComparison.Ordinal))
            .Select(x => $"{FactLocation.Describe(x.Course)}, supported-by {x.Item.Fact.Value}: " + (x.Item.Clause is { } c ? $"clause \"{c}\" is not in the text" : "no clause (add `clause:`, the words of the text it supports)"))
            .ToList();

        Assert.True(wrong.Count == 0, "Clauses of the courses of action:\n" + string.Join("\n", wrong));
    }
}
