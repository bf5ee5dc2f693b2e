namespace Crisis.Reporter.Briefings.Shared.Paging;

/// <summary>Splits a list that a page cannot hold into parts of at most a page's worth, in order.</summary>
public static class PageParts
{
    /// <summary>The parts of <paramref name="items"/>, each at most <paramref name="perPage"/> long (one empty part for an empty list).</summary>
    public static IReadOnlyList<IReadOnlyList<T>> Of<T>(IReadOnlyList<T> items, int perPage) =>
        items.Count <= perPage ? [items] : [.. items.Chunk(perPage).Select(c => (IReadOnlyList<T>)c)];

    /// <summary>A part's file stem: the stem for the first part, "stem-2" for the second, and so on.</summary>
    public static string Stem(string stem, int part) => part == 0 ? stem : $"{stem}-{(part + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)}";
}
