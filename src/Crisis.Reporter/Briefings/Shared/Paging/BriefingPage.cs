namespace Crisis.Reporter.Briefings.Shared.Paging;

/// <summary>
/// One page a briefing writes: its path in the rendered tree (relative, '/'-separated: <c>timeline.md</c>,
/// <c>timeline/2022-02.md</c>), the template that renders it and its view model. A briefing's first page is its index,
/// written as <c>NAME.md</c> at the top of the tree; its other pages sit in the folder <c>NAME/</c>.
/// </summary>
public sealed record BriefingPage(string Path, string Template, DocumentModel Model)
{
    /// <summary>The path of a briefing's index page ("timeline.md").</summary>
    public static string IndexPath(string briefing) => briefing + ".md";

    /// <summary>The path of one of a briefing's other pages ("timeline/2022-02.md").</summary>
    public static string SubPath(string briefing, string stem) => $"{briefing}/{stem}.md";
}

/// <summary>Splits a list that a page cannot hold into parts of at most a page's worth, in order.</summary>
public static class PageParts
{
    /// <summary>The parts of <paramref name="items"/>, each at most <paramref name="perPage"/> long (one empty part for an empty list).</summary>
    public static IReadOnlyList<IReadOnlyList<T>> Of<T>(IReadOnlyList<T> items, int perPage) =>
        items.Count <= perPage ? [items] : [.. items.Chunk(perPage).Select(c => (IReadOnlyList<T>)c)];

    /// <summary>A part's file stem: the stem for the first part, "stem-2" for the second, and so on.</summary>
    public static string Stem(string stem, int part) => part == 0 ? stem : $"{stem}-{(part + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)}";
}
