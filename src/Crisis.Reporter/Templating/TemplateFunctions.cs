using System.Collections;
using System.Text;
using Crisis.Reporter.Text;
using Scriban.Runtime;

namespace Crisis.Reporter.Templating;

/// <summary>
/// The functions templates call besides Scriban's built-ins (documented in docs/reporter.md). They only
/// format; every decision is made in the view model. Their output is <see cref="MarkdownText"/>, written as is.
/// <list type="bullet">
/// <item><c>{{ cite item.refs }}</c>: note labels → footnote markers <c>[^S2-3-15-9f1c][^S4-1-2-07ab]</c> (nothing for an empty list).</item>
/// <item><c>{{ mermaid item.title }}</c>: text made safe for a Mermaid label (see <see cref="Mermaid.Label"/>).</item>
/// </list>
/// </summary>
public static class TemplateFunctions
{
    /// <summary>The functions' names, for <c>list</c> and the documentation.</summary>
    public static IReadOnlyList<string> Names { get; } = ["cite", "mermaid"];

    /// <summary>The functions as a Scriban object, to push onto a template context.</summary>
    public static ScriptObject Create()
    {
        var functions = new ScriptObject();
        functions.Add("cite", DelegateCustomFunction.CreateFunc<object?, MarkdownText>(refs => new MarkdownText(Cite(refs))));
        functions.Add("mermaid", DelegateCustomFunction.CreateFunc<object?, MarkdownText>(text => new MarkdownText(Mermaid.Label(text?.ToString()))));
        return functions;
    }

    /// <summary>The footnote markers for a list of note labels (a view's <c>refs</c>).</summary>
    public static string Cite(object? refs)
    {
        if (refs is null)
        {
            return string.Empty;
        }

        if (refs is string single)
        {
            return Marker(single);
        }

        if (refs is not IEnumerable items)
        {
            throw new ArgumentException($"cite expects a list of note labels (for example {{{{ cite fact.refs }}}}), got {TypeName(refs)}");
        }

        var sb = new StringBuilder();
        foreach (var item in items)
        {
            sb.Append(item is string label ? Marker(label) : throw new ArgumentException($"cite expects note labels (as in a view's refs), got {TypeName(item)}"));
        }

        return sb.ToString();
    }

    /// <summary>
    /// "[^S2-3-15-9f1c]". A label is written as is, so it must be one: ASCII letters, digits and dashes, as the notes'
    /// labels are; anything else (a space, a "]") would end the marker and let text become Markdown.
    /// </summary>
    private static string Marker(string label) =>
        label.Length > 0 && label.Length <= 100 && label.All(c => char.IsAsciiLetterOrDigit(c) || c == '-')
            ? "[^" + label + "]"
            : throw new ArgumentException($"cite expects note labels (ASCII letters, digits and dashes, as in a view's refs), got \"{label}\"");

    private static string TypeName(object? value) => value switch
    {
        null => "null",
        string => "text",
        ScriptObject => "an object",
        _ => value.GetType().Name,
    };
}
