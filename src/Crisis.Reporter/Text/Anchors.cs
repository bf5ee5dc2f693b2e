using System.Globalization;
using System.Text;

namespace Crisis.Reporter.Text;

/// <summary>
/// The anchors GitHub gives a Markdown heading, so that a link written into a briefing (<c>sources.md#s2-…</c>) lands on
/// the heading GitHub renders. Written by hand because no library here produces GitHub's slugs: lower case, every
/// character but letters, digits, marks, spaces, hyphens and underscores dropped, spaces made hyphens (the test of links
/// checks every link of the pages `render --all` writes against Markdig's GitHub identifiers: LinksTests).
/// </summary>
public static class Anchors
{
    /// <summary>The anchor of a heading whose text, as a reader sees it (no Markdown escapes), is <paramref name="heading"/>.</summary>
    public static string Slug(string heading)
    {
        var sb = new StringBuilder(heading.Length);
        foreach (var c in heading.ToLowerInvariant())
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (c == ' ')
            {
                sb.Append('-');
            }
            else if (c is '-' or '_' || char.IsLetterOrDigit(c) || category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark)
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }
}
