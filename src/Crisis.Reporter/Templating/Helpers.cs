using System.Collections;
using System.Text;
using Crisis.Reporter.Text;
using HandlebarsDotNet;

namespace Crisis.Reporter.Templating;

/// <summary>
/// The helper catalog (documented in docs/reporter.md). Helpers only format; every decision is made in the
/// view model.
/// <list type="bullet">
/// <item><c>{{cite refs}}</c>: note numbers → footnote markers <c>[^1][^4]</c> (nothing for an empty list).</item>
/// <item><c>{{mermaid text}}</c>: text made safe for a Mermaid label (see <see cref="Mermaid.Label"/>).</item>
/// </list>
/// </summary>
public static class Helpers
{
    /// <summary>The helpers' names, for <c>list</c> and the documentation.</summary>
    public static IReadOnlyList<string> Names { get; } = ["cite", "mermaid"];

    /// <summary>Registers the catalog on an environment.</summary>
    public static void Register(IHandlebars hb)
    {
        hb.RegisterHelper("cite", (writer, _, args) =>
        {
            if (args.Length != 1)
            {
                throw new HandlebarsRuntimeException("cite expects one argument, a list of note numbers (for example {{cite refs}})");
            }

            writer.WriteSafeString(Cite(args[0]));
        });
        hb.RegisterHelper("mermaid", (writer, _, args) =>
        {
            if (args.Length != 1)
            {
                throw new HandlebarsRuntimeException("mermaid expects one argument, the text of a label (for example {{mermaid title}})");
            }

            writer.WriteSafeString(Mermaid.Label(args[0]?.ToString()));
        });
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
            return $"[^{single}]";
        }

        if (refs is not IEnumerable items || refs is string)
        {
            throw new HandlebarsRuntimeException($"cite expects a list of note numbers, got {refs.GetType().Name}");
        }

        var sb = new StringBuilder();
        foreach (var item in items)
        {
            if (item is not int n)
            {
                throw new HandlebarsRuntimeException($"cite expects note numbers, got {item?.GetType().Name ?? "null"}");
            }

            sb.Append("[^").Append(n.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append(']');
        }

        return sb.ToString();
    }
}
