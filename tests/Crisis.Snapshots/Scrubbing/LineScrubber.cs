namespace Crisis.Snapshots;

/// <summary>Removes whole lines; keeps every other byte, including a final newline.</summary>
internal static class LineScrubber
{
    public static string RemoveLinesContaining(string text, IReadOnlyCollection<string> fragments)
    {
        var kept = text.Split('\n')
            .Where(line => !fragments.Any(fragment => line.Contains(fragment, StringComparison.OrdinalIgnoreCase)));
        return string.Join('\n', kept);
    }
}
