using Crisis.Facts.Generator.Common;

namespace Crisis.Facts.Generator.Yaml;

internal enum YamlNodeKind
{
    Scalar,
    Mapping,
    Sequence,
}

/// <summary>
/// A YAML node with its position: the per-file parse result, cached by the pipeline. Scalars keep their raw
/// text (no YAML 1.1 type guessing: `no` stays the text "no"); the schema decides what a value means. Lean by design
/// (one object per node; a mapping's entries are values in one array; keys and short values shared within a file),
/// since a 100,000-fact base holds millions of nodes and the pipeline keeps them between runs.
/// </summary>
internal sealed record YamlNode(
    YamlNodeKind Kind,
    string? Value,
    bool IsNull,
    EquatableArray<YamlEntry> Entries,
    EquatableArray<YamlNode> Items,
    TextLocation Location)
{
    public static YamlNode Scalar(string value, bool isNull, TextLocation location) =>
        new(YamlNodeKind.Scalar, value, isNull, EquatableArray<YamlEntry>.Empty, EquatableArray<YamlNode>.Empty, location);

    public YamlNode? Get(string key)
    {
        foreach (var entry in Entries)
        {
            if (entry.Key == key)
            {
                return entry.Value;
            }
        }

        return null;
    }

    public string Describe() => Kind switch
    {
        YamlNodeKind.Mapping => "a mapping was given",
        YamlNodeKind.Sequence => "a list was given",
        _ => IsNull ? "it is empty" : $"'{Value}' was given",
    };
}

/// <summary>A key of a mapping (always a scalar here) with its value: a value in its mapping's array, not an object of its own.</summary>
internal readonly record struct YamlEntry(string Key, TextLocation KeyLocation, YamlNode Value);
