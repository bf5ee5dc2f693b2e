using System.Collections.Immutable;
using Crisis.Model;
using Crisis.Reporter.Briefings;
using Crisis.Snapshots;

namespace Crisis.Reporter.Tests;

/// <summary>
/// A reviewer reads a pull request's snapshot diffs line by line, so one added fact must change its own lines and few
/// others: footnote labels that do not move (notes labelled by what they cite, listed by source and place), sections
/// in an order another fact does not shift. Measured here on the real facts: each case adds one fact of a kind and
/// date a curator adds every week, renders every briefing before and after, and counts the changed lines that are not
/// the fact's own (its own: the lines that show it, by a word only it has, or its note's label). What remains is what
/// must change with any new fact: the header's count of facts, a count in the caveats or the actors' index, a chart's
/// line of values. A line whose only change is a number is a count; every other line removed, or added without being the
/// fact's own, is a line the fact moved.
/// </summary>
public sealed class SnapshotStabilityTests
{
    /// <summary>Lines (removed plus added) a new fact may change in a briefing beyond its own and its counts: a chart's two lines, or the line of a day it joins.</summary>
    public const int MaxOtherLines = 4;

    /// <summary>Lines (removed plus added) whose only change is a number: the header, the caveats, the index rows of the fact's parties.</summary>
    public const int MaxCountLines = 12;

    /// <summary>The word only the new fact has, so that its own lines are found whatever a briefing makes of it.</summary>
    private const string Token = "Zorblatt";

    private static Citation NewCitation(string source, string locator) => new()
    {
        Source = new SourceId(source),
        Locator = locator,
        Quote = $"Phrase de test {Token} (jamais dans un article)",
        Translation = $"Test sentence {Token} (never in an article)",
        Credibility = 2,
    };

    private static Dating On(int year, int month, int day) => new() { On = new PartialDate(year, month, day, false), Basis = DateBasis.Stated };

    public static TheoryData<string> Cases => [.. NewFacts.Keys];

    /// <summary>One fact of each kind a new article brings, each dated where facts of its kind already are.</summary>
    private static readonly Dictionary<string, IFact> NewFacts = new(StringComparer.Ordinal)
    {
        ["an event of the last week"] = new Event
        {
            Id = new("test-event-last-week"),
            Salience = Salience.Major,
            Title = $"{Token} talks held",
            Type = EventType.Meeting,
            Date = On(2022, 2, 11),
            Participants = [new("joe-biden"), new("vladimir-putin")],
            Topics = [Topic.Diplomatic],
            Summary = $"{Token} talks were held (test).",
            Citations = [NewCitation("article-001", "¶3 s.70")],
        },
        ["a minor event of January"] = new Event
        {
            Id = new("test-event-january"),
            Salience = Salience.Minor,
            Title = $"{Token} visit",
            Type = EventType.Visit,
            Date = On(2022, 1, 18),
            Participants = [new("emmanuel-macron")],
            Topics = [Topic.Diplomatic],
            Summary = $"{Token} visited (test).",
            Citations = [NewCitation("article-003", "¶30 s.1")],
        },
        ["a statement"] = new Statement
        {
            Id = new("test-statement"),
            Speakers = [new("vladimir-putin")],
            Date = On(2022, 1, 20),
            Summary = $"{Token} said something (test).",
            Topics = [Topic.Diplomatic],
            Citations = [NewCitation("article-000", "¶40 s.1")],
        },
        ["a troop estimate"] = new Estimate
        {
            Id = new("test-estimate"),
            Quantity = MeasuredQuantity.TroopsNearUkraine,
            Subject = $"{Token} troops (test)",
            Value = 120000,
            Unit = "soldiers",
            Qualifier = Qualifier.About,
            Estimators = [new("united-states")],
            AsOf = On(2022, 2, 5),
            Topics = [Topic.Military],
            Citations = [NewCitation("article-002", "¶30 s.1")],
        },
        ["a claim"] = new Claim
        {
            Id = new("test-claim"),
            Claimants = [new("russia")],
            Date = On(2022, 2, 1),
            Text = $"{Token} is claimed (test).",
            Status = ClaimStatus.Unverified,
            Topics = [Topic.Information],
            Citations = [NewCitation("article-002", "¶31 s.1")],
        },
        ["a measure"] = new Measure
        {
            Id = new("test-measure"),
            Type = MeasureType.Sanction,
            Stage = MeasureStage.Threatened,
            Title = $"{Token} sanctions threatened (test)",
            By = [new("united-states")],
            Target = [new("russia")],
            Date = On(2022, 1, 25),
            Topics = [Topic.Economic],
            Citations = [NewCitation("article-004", "¶40 s.1")],
        },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Adding_one_fact_changes_its_own_lines_and_a_few_others(string newFact)
    {
        var fact = NewFacts[newFact];
        var after = new FactCatalog(Facts.Catalog.All.Append(fact));
        var problems = new List<string>();
        var changedAtAll = 0;
        // Every page of the tree `render --all` writes, a split briefing's other pages too (a page new or gone is all its lines).
        var (treeBefore, treeAfter) = (BriefingSnapshotTests.Tree(Facts.Catalog), BriefingSnapshotTests.Tree(after));
        foreach (var briefing in treeBefore.Keys.Union(treeAfter.Keys).Order(StringComparer.Ordinal))
        {
            var (removed, added) = LineDiff.Changes(treeBefore.GetValueOrDefault(briefing, ""), treeAfter.GetValueOrDefault(briefing, ""));
            changedAtAll += removed.Count + added.Count;
            var own = OwnLabels(added);
            (removed, added) = WithoutOwnChartColumn(removed, added);
            var (counts, others) = Classify(removed, added.Where(l => !IsOwn(l, own)).ToList());
            if (others.Count > 0 && !treeAfter.GetValueOrDefault(briefing, "").Contains(Token, StringComparison.Ordinal))
            {
                // A page that does not show the new fact changes at most a count (the sources index's "74" facts of S2).
                problems.Add($"{briefing}: does not show the new fact, yet {others.Count} of its lines changed:\n" + string.Join("\n", others.Take(10).Select(Shorten)));
            }
            else if (others.Count > MaxOtherLines || counts.Count > MaxCountLines)
            {
                problems.Add($"{briefing}: {others.Count} lines moved (at most {MaxOtherLines}) and {counts.Count} counts changed (at most {MaxCountLines}) beyond the new fact's own:\n"
                    + string.Join("\n", others.Concat(counts).Take(40).Select(Shorten)));
            }
        }

        Assert.True(changedAtAll > 0, $"Adding {newFact} changed no briefing: the case tests nothing.");
        Assert.True(problems.Count == 0, $"Adding {newFact} ({fact.Kind} {fact.Key}) moves other lines of the snapshots:\n" + string.Join("\n\n", problems));
    }

    /// <summary>
    /// The counting catches what the labels and the order prevent: notes numbered in page order (a renumbering changes
    /// only numbers, but changes markers as well as definitions, so it is counted as lines moved), and a section moved.
    /// </summary>
    [Fact]
    public void The_count_sees_a_renumbering_and_a_section_that_moves()
    {
        var (removed, added) = LineDiff.Changes("a[^1] b[^2]\n\n[^1]: one\n[^2]: two\n", "new[^1] a[^2] b[^3]\n\n[^1]: new\n[^2]: one\n[^3]: two\n");
        var (counts, others) = Classify(removed, added.Where(l => !l.Contains("new", StringComparison.Ordinal)).ToList());
        Assert.Equal((4, 1), (counts.Count, others.Count)); // "a[^1] b[^2]" → "new[^1] a[^2] b[^3]" is the new fact's own line here

        (removed, added) = LineDiff.Changes("## B\nb\n## C\nc\n", "## C\nc\n## B\nb\nnew\n");
        (counts, others) = Classify(removed, added.Where(l => l != "new").ToList());
        Assert.Equal((0, 4), (counts.Count, others.Count));
        Assert.Equal((2, 0), (Classify(["Based on 180 facts"], ["Based on 181 facts"]).Counts.Count, 0));
    }

    /// <summary>A chart's new column is the new fact's own; a moved axis or another figure's changed value is not.</summary>
    [Fact]
    public void A_charts_new_column_is_the_facts_own_and_nothing_else_of_the_chart_is()
    {
        string[] before = ["    x-axis [\"a\", \"b\"]", "    y-axis \"k\" 0 --> 210", "    bar [0, 210]", "    bar [100, 100]"];
        string[] after = ["    x-axis [\"a\", \"new\", \"b\"]", "    y-axis \"k\" 0 --> 210", "    bar [0, 0, 210]", "    bar [100, 120, 100]"];
        var (removed, added) = WithoutOwnChartColumn(before.Where(l => !l.Contains("y-axis", StringComparison.Ordinal)).ToList(), after.Where(l => !l.Contains("y-axis", StringComparison.Ordinal)).ToList());
        Assert.Empty(removed);
        Assert.Empty(added);

        string[] moved = ["    x-axis [\"a\", \"new\", \"b\"]", "    y-axis \"k\" 0 --> 310", "    bar [0, 0, 310]", "    bar [100, 300, 100]"];
        (removed, added) = WithoutOwnChartColumn(before, moved);
        Assert.Equal((2, 2), (removed.Count, added.Count)); // the axis' maximum and the "more than" bar that runs to it
        Assert.Equal(["    y-axis \"k\" 0 --> 310", "    bar [0, 0, 310]"], added);
    }

    /// <summary>
    /// Lines removed and added (not the fact's own) paired when they differ only in their numbers: those are counts;
    /// the rest are lines the fact moved or changed (a line removed and added unchanged has moved). Each as "- line" or
    /// "+ line".
    /// </summary>
    private static (List<string> Counts, List<string> Others) Classify(IReadOnlyList<string> removed, IReadOnlyList<string> added)
    {
        static string Shape(string line) => System.Text.RegularExpressions.Regex.Replace(line, "[0-9]+", "#");
        var byShape = added.Select((l, i) => (Shape: Shape(l), Index: i)).ToLookup(x => x.Shape, x => x.Index, StringComparer.Ordinal);
        var paired = new HashSet<int>();
        var counts = new List<string>();
        var others = new List<string>();
        foreach (var line in removed)
        {
            var j = byShape[Shape(line)].Where(i => !paired.Contains(i) && added[i] != line).DefaultIfEmpty(-1).First();
            if (j >= 0)
            {
                paired.Add(j);
                counts.Add("- " + line);
                counts.Add("+ " + added[j]);
            }
            else
            {
                others.Add("- " + line);
            }
        }

        others.AddRange(added.Where((_, j) => !paired.Contains(j)).Select(l => "+ " + l));
        return (counts, others);
    }

    /// <summary>
    /// A chart's rows less the new fact's column. A new figure is a new category of the chart: the x-axis gains its label
    /// and every bar series its value at that place (the figure in one series, 0 in the others), so each row of the
    /// chart changes however stable the chart is: those changes are the fact's own. A row is taken out only when it is
    /// a removed row with exactly one item inserted, at the place where the x-axis gained its label; a row that changes
    /// otherwise (an axis maximum that moves, a value of another figure) stays, and is counted.
    /// </summary>
    private static (IReadOnlyList<string> Removed, IReadOnlyList<string> Added) WithoutOwnChartColumn(IReadOnlyList<string> removed, IReadOnlyList<string> added)
    {
        var newRows = added.Select(ChartRow).ToList();
        var oldRows = removed.Select(ChartRow).ToList();
        var axis = newRows.FindIndex(r => r is { Kind: "x-axis" });
        var oldAxis = oldRows.FindIndex(r => r is { Kind: "x-axis" });
        if (axis < 0 || oldAxis < 0 || InsertedAt(oldRows[oldAxis]!.Value.Items, newRows[axis]!.Value.Items) is not { } column)
        {
            return (removed, added);
        }

        var takenOld = new HashSet<int> { oldAxis };
        var takenNew = new HashSet<int> { axis };
        for (var j = 0; j < newRows.Count; j++)
        {
            if (newRows[j] is not { Kind: "bar" or "line" } row || row.Items.Count <= column)
            {
                continue;
            }

            var without = row.Items.Where((_, k) => k != column).ToList();
            var i = Enumerable.Range(0, oldRows.Count).FirstOrDefault(i => !takenOld.Contains(i) && oldRows[i] is { } old && old.Kind == row.Kind && old.Items.SequenceEqual(without, StringComparer.Ordinal), -1);
            if (i >= 0)
            {
                takenOld.Add(i);
                takenNew.Add(j);
            }
        }

        return ([.. removed.Where((_, i) => !takenOld.Contains(i))], [.. added.Where((_, j) => !takenNew.Contains(j))]);
    }

    /// <summary>The one place where <paramref name="after"/> holds an item <paramref name="before"/> lacks, the rest equal; null otherwise.</summary>
    private static int? InsertedAt(IReadOnlyList<string> before, IReadOnlyList<string> after)
    {
        if (after.Count != before.Count + 1)
        {
            return null;
        }

        var k = 0;
        while (k < before.Count && before[k] == after[k])
        {
            k++;
        }

        return before.Skip(k).SequenceEqual(after.Skip(k + 1), StringComparer.Ordinal) ? k : null;
    }

    /// <summary>A Mermaid xychart row ("x-axis [...]", "bar [...]", "line [...]") as its kind and items; null for any other line.</summary>
    private static (string Kind, IReadOnlyList<string> Items)? ChartRow(string line)
    {
        var m = System.Text.RegularExpressions.Regex.Match(line, @"^\s*(x-axis|bar|line) \[(.*)\]$");
        return m.Success
            ? (m.Groups[1].Value, [.. System.Text.RegularExpressions.Regex.Matches(m.Groups[2].Value, @"""[^""]*""|[^,\s][^,]*").Select(x => x.Value.Trim())])
            : null;
    }

    /// <summary>The labels of the notes the new fact brings: those of added definitions that quote its sentence.</summary>
    private static HashSet<string> OwnLabels(IEnumerable<string> added) =>
        added.Where(l => l.StartsWith("[^", StringComparison.Ordinal) && l.Contains(Token, StringComparison.Ordinal))
            .Select(l => l[2..l.IndexOf(']', StringComparison.Ordinal)])
            .ToHashSet(StringComparer.Ordinal);

    private static bool IsOwn(string line, HashSet<string> labels) =>
        line.Contains(Token, StringComparison.Ordinal) || labels.Any(label => line.Contains($"[^{label}]", StringComparison.Ordinal));

    private static string Shorten(string line) => line.Length <= 200 ? line : line[..200] + "…";
}
