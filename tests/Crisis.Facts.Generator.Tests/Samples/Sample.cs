using System.Runtime.CompilerServices;

namespace Crisis.Facts.Generator.Tests.Samples;

/// <summary>The sample schema and facts beside this file.</summary>
public static class Sample
{
    public const string FactsPath = "/data/facts/sample.facts.yaml";

    public static string Schema => Read("sample.schema.yaml");

    public static string Facts => Read("sample.facts.yaml");

    private static string Read(string name, [CallerFilePath] string here = "") =>
        File.ReadAllText(Path.Combine(Path.GetDirectoryName(here)!, name)).Replace("\r\n", "\n", StringComparison.Ordinal);
}
