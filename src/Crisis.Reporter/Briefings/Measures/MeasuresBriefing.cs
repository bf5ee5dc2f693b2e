using Crisis.Model;
using Crisis.Reporter.Briefings.Shared;
using Crisis.Reporter.Briefings.Shared.Paging;
using static Crisis.Reporter.Briefings.Shared.FactOrder;
using static Crisis.Reporter.Briefings.Shared.Wording;

namespace Crisis.Reporter.Briefings.Measures;

/// <summary>The measures briefing: sanctions threatened or imposed, aid announced or delivered, deployments. Its template is <c>measures.scriban</c> beside this file.</summary>
public sealed class MeasuresBriefing() : Briefing<MeasuresModel>(
    "measures",
    "sanctions threatened or imposed, aid announced or delivered, deployments",
    "Measures: sanctions, aid and deployments in the Russia–Ukraine crisis")
{
    /// <summary>The stages at which a measure waits on something: only these have a trigger.</summary>
    private static readonly MeasureStage[] Conditional = [MeasureStage.Threatened, MeasureStage.Prepared];

    /// <summary>
    /// Measures by type, each type's by date: its own, else the day the sources first reported it (the date its row shows),
    /// so a table reads in the order things happened; under each type, the open disagreements among its parties on its ground.
    /// </summary>
    protected override MeasuresModel Build(BriefingContext context)
    {
        var sel = context.Selection;
        var groups = new List<MeasureGroup>();
        foreach (var type in Enum.GetValues<MeasureType>())
        {
            var measures = ByDate(sel.Of<Measure>().Where(m => m.Type == type), context.Views.WhenOf).ToList();
            if (measures.Count == 0)
            {
                continue;
            }

            // A trigger is what a threatened or prepared measure waits on, or what set off one already taken, as the
            // sources say; one wording wherever they say none, never a blank cell beside a "not stated".
            // A measure the sources do not date takes the day they first report it, as on every other page.
            var items = measures.Select(m => context.Views.MeasureOf(m) with { By = By(context, m), Condition = m.Condition ?? NoTrigger, Date = context.Views.WhenText(m) }).ToList();
            var caveats = Caveats(context, measures);
            groups.Add(new MeasureGroup(Capitalise(type.Label()), Legends.Trim(type.Describe()), TargetHeading(type), items, measures.Any(m => Conditional.Contains(m.Stage)), caveats.Items.Select(e => ReportedDate.EventOf(context, e)).ToList(), caveats.LeftOut));
        }

        return new MeasuresModel
        {
            Groups = groups,
            Stages = [.. sel.Of<Measure>().Select(m => m.Stage).Distinct().Order().Select(s => new StageMeaning(s.Label(), Legends.Trim(s.Describe())))],
        };
    }

    /// <summary>What a trigger cell says when the sources give none: one wording on every row.</summary>
    public const string NoTrigger = "not stated in the sources";

    /// <summary>
    /// The heading of the column of whom or where a measure is aimed at, as its type reads: sanctions are against a
    /// party, aid, arms and forces go to one, a diplomatic measure is taken at a place ("Kyiv", "Lviv").
    /// </summary>
    public static string TargetHeading(MeasureType type) => type switch
    {
        MeasureType.Sanction => "Against",
        MeasureType.Diplomatic => "Where",
        _ => "To",
    };

    /// <summary>
    /// Who takes a measure: the parties named, then a collective the source leaves unnamed as the others besides them
    /// ("United States, France and other European countries", "United States and other states"), so that a named member
    /// is not counted twice, the unnamed ones are not read as the named one's, and the curators' "(not named)" is not shown.
    /// </summary>
    private static string By(BriefingContext context, Measure m)
    {
        var named = context.Views.Named(m.By);
        var unnamed = named.Where(a => a.Type == ActorType.Collective).ToList();
        if (unnamed.Count == 0 || unnamed.Count == named.Count)
        {
            return context.Views.Parties(m.By, m.Citations);
        }

        static string Others(Actor a)
        {
            var head = ReaderName(a.Name);
            return "other " + (head.StartsWith("Other ", StringComparison.Ordinal) ? head["Other ".Length..] : head);
        }

        return List([.. named.Except(unnamed).Select(a => ReaderName(a.Name)).Concat(unnamed.Select(Others))]);
    }

    /// <summary>
    /// What limits a type of measure: the sources' open disagreements (events of type disagreement) among the parties
    /// that take these measures, on the ground every one of them covers (the allies' differences over how hard to hit
    /// Russia, under Sanction), each with its note. They grow with the fact base, so the reading budget keeps the
    /// weightiest (salience, then the newest) and counts the rest, which the timeline lists.
    /// </summary>
    private static Shown<Event> Caveats(BriefingContext context, IReadOnlyList<Measure> measures)
    {
        var parties = measures.SelectMany(m => m.By).ToHashSet();
        var ground = measures.Select(m => (IEnumerable<Topic>)m.Topics).Aggregate((a, b) => a.Intersect(b)).ToHashSet();
        var disagreements = Chronological(context.Selection.Of<Event>().Where(e => e.Type == EventType.Disagreement && e.Participants.Any(parties.Contains) && e.Topics.Any(ground.Contains))).ToList();
        var asOf = context.Selection.AsOf?.End;
        return ReadingBudget.Pick(disagreements, ReadingBudget.CaveatsShown, e => new ListWeight(
            ReadingBudget.Of(e.Salience), 0, e.Date is { } d && asOf is { } a ? Math.Abs(a.DayNumber - d.On.Start.DayNumber) : int.MaxValue));
    }
}

/// <summary>Sanctions, aid, deployments, transfers and diplomatic measures.</summary>
public sealed class MeasuresModel : DocumentModel
{
    public required IReadOnlyList<MeasureGroup> Groups { get; init; }

    /// <summary>The stages the page's rows use, each with the schema's meaning (how it maps to the Kiel tracker's).</summary>
    public required IReadOnlyList<StageMeaning> Stages { get; init; }
}

/// <summary>A stage word and what it means ("approved": "Approved or authorised (Kiel's commitment)").</summary>
public sealed record StageMeaning(string Stage, string Meaning) : Crisis.Reporter.Templating.ITemplateView;

/// <summary>
/// Measures of one type, with the columns its rows fill: a trigger column when a measure of the group is threatened or
/// prepared (what would set it off; every row then gives its trigger or says the sources give none), a heading for
/// whom or where the measures are aimed at, as the type reads ("Against", "To", "Where"), a size column when most rows give one (else the sizes are in the titles); and
/// the disagreements that limit them (the weightiest; <c>CaveatsMore</c> counts the others).
/// </summary>
public sealed record MeasureGroup(string Type, string Description, string TargetHeading, IReadOnlyList<MeasureView> Items, bool ShowTrigger, IReadOnlyList<EventView> Caveats, int CaveatsMore) : Crisis.Reporter.Templating.ITemplateView
{

    /// <summary>True when at least half the measures of the group give a size.</summary>
    public bool ShowSize { get; } = Items.Count(i => i.Size is not null) * 2 >= Items.Count;
}
