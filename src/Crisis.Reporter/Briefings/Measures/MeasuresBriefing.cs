using Crisis.Model;
using Crisis.Reporter.Briefings.Shared;
using static Crisis.Reporter.Briefings.Shared.FactOrder;
using static Crisis.Reporter.Briefings.Shared.Wording;

namespace Crisis.Reporter.Briefings.Measures;

/// <summary>The measures briefing: sanctions threatened or imposed, aid announced or delivered, deployments. Its template is <c>measures.scriban</c> beside this file.</summary>
public sealed class MeasuresBriefing() : Briefing<MeasuresModel>(
    "measures",
    "sanctions threatened or imposed, aid announced or delivered, deployments",
    "Measures: sanctions, aid and deployments in the Russia–Ukraine crisis")
{
    /// <summary>Measures by type, then stage.</summary>
    protected override MeasuresModel Build(BriefingContext context)
    {
        var sel = context.Selection;
        var groups = new List<MeasureGroup>();
        foreach (var type in Enum.GetValues<MeasureType>())
        {
            var items = OrderMeasures(sel.Of<Measure>().Where(m => m.Type == type)).Select(context.Views.MeasureOf).ToList();
            if (items.Count > 0)
            {
                groups.Add(new MeasureGroup(Capitalise(type.Label()), Legends.Trim(type.Describe()), items));
            }
        }

        return new MeasuresModel
        {
            Groups = groups,
        };
    }
}

/// <summary>Sanctions, aid, deployments, transfers and diplomatic measures.</summary>
public sealed class MeasuresModel : DocumentModel
{
    public required IReadOnlyList<MeasureGroup> Groups { get; init; }
}

/// <summary>
/// Measures of one type, with the columns its rows fill: a trigger column when a measure of the group has one (what
/// would set off a threatened measure), a size column when most rows give one (else the sizes are in the titles).
/// </summary>
public sealed record MeasureGroup(string Type, string Description, IReadOnlyList<MeasureView> Items) : Crisis.Reporter.Templating.ITemplateView
{
    /// <summary>True when a measure of the group has a trigger.</summary>
    public bool ShowTrigger { get; } = Items.Any(i => i.Condition is not null);

    /// <summary>True when at least half the measures of the group give a size.</summary>
    public bool ShowSize { get; } = Items.Count(i => i.Size is not null) * 2 >= Items.Count;
}
