namespace Crisis.Reporter.Briefings.Shared.Paging;

/// <summary>Splits a list that a page cannot hold into parts of at most a page's worth, in order.</summary>
public static class PageParts
{
    /// <summary>The parts of <paramref name="items"/>, each at most <paramref name="perPage"/> long (one empty part for an empty list).</summary>
    public static IReadOnlyList<IReadOnlyList<T>> Of<T>(IReadOnlyList<T> items, int perPage) =>
        items.Count <= perPage ? [items] : [.. items.Chunk(perPage).Select(c => (IReadOnlyList<T>)c)];

    /// <summary>A part's file stem: the stem for the first part, "stem-2" for the second, and so on.</summary>
    public static string Stem(string stem, int part) => part == 0 ? stem : $"{stem}-{(part + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)}";

    /// <summary>"part 2 of 3"; null when the list is one part.</summary>
    public static string? Label(int part, int count) => count == 1 ? null : $"part {part + 1} of {count}";

    /// <summary>A part's title: the title, and ", part 2 of 3" when the list has several parts.</summary>
    public static string Title(string title, int part, int count) => Label(part, count) is { } label ? $"{title}, {label}" : title;

    /// <summary>The link from a part to the part before it (a sibling file of stem <paramref name="stem"/>); null for the first.</summary>
    public static PageLink? Previous(string briefing, string stem, int part) =>
        part == 0 ? null : new PageLink(briefing, $"part {part}", Stem(stem, part - 1) + ".md", false);

    /// <summary>The link from a part to the part after it; null for the last.</summary>
    public static PageLink? Next(string briefing, string stem, int part, int count) =>
        part + 1 == count ? null : new PageLink(briefing, $"part {part + 2}", Stem(stem, part + 1) + ".md", false);
}
