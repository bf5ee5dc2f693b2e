using Crisis.Model;

namespace Crisis.Reporter.Briefings.Shared;

/// <summary>The legends of the scales a briefing uses, read from the schema (values, descriptions, reader labels).</summary>
public static class Legends
{
    /// <summary>The citation's credibility grade: its reader labels are declared beside it in the schema.</summary>
    private static readonly FactFieldInfo CredibilityField =
        FactSchema.Block("citation")?.Field("credibility") ?? throw new InvalidOperationException("The schema has no citation credibility to label.");

    /// <summary>The Admiralty meaning of an information credibility grade, as the schema labels it.</summary>
    public static string Credibility(int grade) => CredibilityField.LabelOf(grade) ?? "not on the scale";

    /// <summary>A vocabulary description without its final period, for use inside a sentence.</summary>
    public static string Trim(string description) => description.TrimEnd('.');

    /// <summary>The ICD 203 likelihood terms.</summary>
    public static List<LegendEntry> LikelihoodLegend() =>
        Enum.GetValues<Likelihood>().Select(l => new LegendEntry(l.Label(), Trim(l.Describe()))).ToList();

    public static List<LegendEntry> ReliabilityLegend() =>
        Enum.GetValues<Reliability>().Select(r => new LegendEntry(r.Label(), Trim(r.Describe()))).ToList();

    public static List<LegendEntry> CredibilityLegend() =>
        CredibilityField.Labels.Select(l => new LegendEntry(l.Key.ToString(System.Globalization.CultureInfo.InvariantCulture), l.Value)).ToList();
}
