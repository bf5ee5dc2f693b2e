namespace Crisis.Model;

/// <summary>
/// Where a fact is in this repository, as a curator opens it. The fact compiler records a fact's file relative to the
/// folder holding every fact and schema file (<see cref="IFact.DefinedAt"/>: "facts/events.yaml:123"); this project
/// compiles <c>data/</c> (Crisis.Model.csproj), so from the repository's root the file is under <see cref="DataFolder"/>.
/// Messages about the real data (the tests' and <c>crisis-brief check</c>'s) name facts this way.
/// </summary>
public static class FactLocation
{
    /// <summary>The folder of the fact and schema files, from the repository's root.</summary>
    public const string DataFolder = "data";

    /// <summary>The fact's file from the repository's root and its line: "data/facts/events.yaml:123".</summary>
    public static string Where(IFact fact) =>
        string.IsNullOrEmpty(fact.DefinedAt) ? "(a fact made in code)" : DataFolder + "/" + fact.DefinedAt;

    /// <summary>The fact's place and what it is: "data/facts/events.yaml:123 (event scholz-visit-kyiv-2022-02)".</summary>
    public static string Describe(IFact fact) => $"{Where(fact)} ({fact.Kind} {fact.Key})";

    /// <summary>
    /// The file and line as compilers write them, "data/facts/events.yaml(123)", so that editors and CI annotate the
    /// line; null for a fact made in code.
    /// </summary>
    public static string? CompilerForm(IFact fact)
    {
        var colon = fact.DefinedAt.LastIndexOf(':');
        return colon <= 0 ? null : $"{DataFolder}/{fact.DefinedAt[..colon]}({fact.DefinedAt[(colon + 1)..]})";
    }
}
