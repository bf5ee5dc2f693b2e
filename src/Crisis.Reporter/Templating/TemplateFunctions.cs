using System.Collections;
using System.Globalization;
using System.Text;
using Crisis.Reporter.Text;
using Scriban.Runtime;

namespace Crisis.Reporter.Templating;

/// <summary>
/// The functions templates call besides Scriban's built-ins (documented in docs/reporter.md). They only
/// format; every decision is made in the view model. Their output is <see cref="MarkdownText"/>, written as is.
/// <list type="bullet">
/// <item><c>{{ cite item.refs }}</c>: note numbers → footnote markers <c>[^1][^4]</c> (nothing for an empty list).</item>
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

    /// <summary>The footnote markers for a list of note numbers.</summary>
    public static string Cite(object? refs)
    {
        if (refs is null)
        {
            return string.Empty;
        }

        if (refs is int single)
        {
            return $"[^{single.ToString(CultureInfo.InvariantCulture)}]";
        }

        if (refs is not IEnumerable items || refs is string)
        {
            throw new ArgumentException($"cite expects a list of note numbers (for example {{{{ cite fact.refs }}}}), got {TypeName(refs)}");
        }

        var sb = new StringBuilder();
        foreach (var item in items)
        {
            if (item is not int n)
            {
                throw new ArgumentException($"cite expects note numbers, got {TypeName(item)}");
            }

            sb.Append("[^").Append(n.ToString(CultureInfo.InvariantCulture)).Append(']');
        }

        return sb.ToString();
    }

    private static string TypeName(object? value) => value switch
    {
        null => "null",
        string => "text",
        ScriptObject => "an object",
        _ => value.GetType().Name,
    };
}
