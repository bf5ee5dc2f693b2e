using Crisis.Model;

namespace Crisis.Reporter.Briefings.Shared;

/// <summary>The scales and marks a briefing may use, each with its legend; a page shows the legends of those it uses only.</summary>
public enum Scale
{
    /// <summary>The † of a date the articles do not give, taken from the public record (<see cref="FactViewBuilder.DateText"/>).</summary>
    PublicRecordDate,

    /// <summary>ICD 203 likelihood terms, on the analysts' own judgments.</summary>
    Likelihood,

    /// <summary>Analytic confidence in a judgment.</summary>
    Confidence,

    /// <summary>Admiralty reliability grades of sources (A–F), in every note's tag.</summary>
    Reliability,

    /// <summary>Admiralty credibility grades of items of information (1–6), in every note's tag.</summary>
    Credibility,
}

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

    /// <summary>An ICD 203 term with its band, as a judgment shows it: "likely (55–80%)".</summary>
    public static string LikelihoodWithBand(Likelihood likelihood) => $"{likelihood.Label()} ({Band(likelihood)})";

    /// <summary>The percentage band of an ICD 203 term, from its description ("Likely (55-80%).": "55–80%").</summary>
    public static string Band(Likelihood likelihood)
    {
        var text = likelihood.Describe();
        var open = text.LastIndexOf('(');
        var close = text.LastIndexOf(')');
        return open >= 0 && close > open ? text[(open + 1)..close].Replace('-', '–') : Trim(text);
    }

    /// <summary>The legend of a scale, read from the schema.</summary>
    public static LegendView Of(Scale scale) => scale switch
    {
        Scale.PublicRecordDate => new(
            "Dates",
            [$"{FactViewBuilder.PublicRecordMark} marks a date the articles do not give, taken from the public record"]),
        Scale.Likelihood => new(
            "Likelihood (ICD 203), for the analysts' judgments only",
            [.. Enum.GetValues<Likelihood>().Select(l => $"{l.Label()} {Band(l)}")],
            "An official's words on how likely something is are quoted, never put on this scale."),
        Scale.Confidence => new(
            "Confidence (ICD 203), kept apart from likelihood",
            [.. Enum.GetValues<Confidence>().Select(c => $"{c.Label()}: {Wording.Uncapitalise(Trim(c.Describe()))}")],
            "It weighs who the evidence comes from and how far independent parties agree; a source's grade (below) says only how far the article that relays them can be judged."),
        Scale.Reliability => new(
            "Source reliability (Admiralty)",
            [.. Enum.GetValues<Reliability>().Select(r => $"{r.Label()} {Wording.Uncapitalise(Trim(r.Describe()))}")]),
        Scale.Credibility => new(
            "Credibility of an item (Admiralty)",
            [.. CredibilityField.Labels.Select(l => $"{l.Key.ToString(System.Globalization.CultureInfo.InvariantCulture)} {l.Value}")],
            "A note's tag gives the source, the paragraph and sentence, then both grades: \"S2 ¶3 s.15 · F2\"."),
        _ => throw new ArgumentOutOfRangeException(nameof(scale)),
    };
}
