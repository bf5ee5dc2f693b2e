using Crisis.Model;

namespace Crisis.Reporter.Briefings.Shared;

/// <summary>Fixed legends: the Admiralty credibility scale and display forms of vocabulary values.</summary>
public static class Legends
{
    /// <summary>The Admiralty meaning of an information credibility grade.</summary>
    public static string Credibility(int grade) => grade switch
    {
        1 => "confirmed by other sources",
        2 => "probably true",
        3 => "possibly true",
        4 => "doubtful",
        5 => "improbable",
        6 => "cannot be judged",
        _ => "not on the scale",
    };

    /// <summary>A vocabulary description without its final period, for use inside a sentence.</summary>
    public static string Trim(string description) => description.TrimEnd('.');

    /// <summary>A vocabulary key as words ("public-record" → "public record").</summary>
    public static string Words(string key) => key.Replace('-', ' ');

    /// <summary>The ICD 203 likelihood terms.</summary>
    public static List<LegendEntry> LikelihoodLegend() =>
        Enum.GetValues<Likelihood>().Select(l => new LegendEntry(Legends.Words(l.ToKey()), Legends.Trim(l.Describe()))).ToList();

    public static List<LegendEntry> ReliabilityLegend() =>
        Enum.GetValues<Reliability>().Select(r => new LegendEntry(r.ToKey(), Legends.Trim(r.Describe()))).ToList();

    public static List<LegendEntry> CredibilityLegend() =>
        Enumerable.Range(1, 6).Select(i => new LegendEntry(i.ToString(System.Globalization.CultureInfo.InvariantCulture), Legends.Credibility(i))).ToList();
}
