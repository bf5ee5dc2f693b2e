namespace Crisis.Reporter.Briefings.Shared;

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
