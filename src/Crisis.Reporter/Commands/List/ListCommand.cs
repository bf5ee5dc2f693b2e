using System.CommandLine;
using Crisis.Model;
using Crisis.Reporter.Briefings;
using Crisis.Reporter.Commands.Common;
using Crisis.Reporter.Templating;

namespace Crisis.Reporter.Commands.List;

/// <summary><c>crisis-brief list</c>: the briefings, the templates in use, the template functions, the facts per kind.</summary>
public static class ListCommand
{
    /// <summary>The command, writing to <paramref name="stdout"/>.</summary>
    public static Command Create(Func<FactCatalog> catalogFactory, string shippedTemplates, FactOptions options, TextWriter stdout)
    {
        var command = new Command("list", "List the briefings, the templates in use and how many facts of each kind there are.") { options.Templates };
        command.SetAction(p =>
        {
            var catalog = catalogFactory();
            var set = TemplateSet.Load(shippedTemplates, p.GetValue(options.Templates));
            var w = new System.Text.StringBuilder();
            w.Append("Briefings:\n");
            foreach (var briefing in BriefingRegistry.All)
            {
                w.Append($"  {briefing.Name,-10} {briefing.Description}\n");
            }

            foreach (var extra in set.Briefings.Where(b => BriefingRegistry.Find(b.Name) is null && !BriefingRegistry.IsPageTemplate(b.Name)))
            {
                w.Append($"  {extra.Name,-10} (added by {extra.Path})\n");
            }

            w.Append("Templates in use:\n");
            foreach (var t in set.Briefings.Concat(set.Partials))
            {
                w.Append($"  {(t.IsPartial ? "partials/" + t.Name : t.Name),-26} {(t.IsUser ? "user" : "shipped"),-8} {t.Path}\n");
            }

            w.Append("Functions: " + string.Join(", ", TemplateFunctions.Names) + "\n");
            w.Append("Facts per kind:\n");
            foreach (var (kind, count) in catalog.CountsByKind)
            {
                w.Append($"  {kind,-12} {count}\n");
            }

            stdout.Write(w.ToString());
            return ExitCodes.Ok;
        });
        return command;
    }
}
