using Crisis.Model;
using Crisis.Reporter.Briefings.Shared;
using Crisis.Reporter.Briefings.Situation;
using Crisis.Reporter.Selection;
using Crisis.Reporter.Templating;

namespace Crisis.Reporter.Briefings;

/// <summary>Renders briefings from a catalog through a template engine: view model, then template, then Markdown.</summary>
public sealed class BriefingReporter(FactCatalog catalog, TemplateEngine engine)
{
    /// <summary>The catalog rendered.</summary>
    public FactCatalog Catalog { get; } = catalog;

    /// <summary>The template engine (parses each template once).</summary>
    public TemplateEngine Engine { get; } = engine;

    /// <summary>Time spent building view models so far (for the timing harness).</summary>
    public TimeSpan ModelTime { get; private set; }

    /// <summary>Every briefing that can be rendered: the shipped ones, then templates the user added.</summary>
    public IReadOnlyList<string> Available =>
        [.. BriefingRegistry.Names, .. Engine.Templates.Briefings.Select(b => b.Name).Where(n => BriefingRegistry.Find(n) is null)];

    /// <summary>Renders one briefing as Markdown (LF line endings).</summary>
    public string Render(string briefing, BriefingFilter filter)
    {
        if (!Available.Contains(briefing, StringComparer.Ordinal))
        {
            throw new ReporterException(ExitCodes.Usage, $"unknown briefing '{briefing}'. Valid briefings: {string.Join(", ", Available)}.");
        }

        // A template the user added binds to the model its first-line comment names, or the situation's.
        var modelName = BriefingRegistry.Find(briefing) is null ? Engine.DeclaredModel(briefing) : briefing;
        var model = modelName is null ? new SituationBriefing() : BriefingRegistry.Find(modelName)
            ?? throw new TemplateException(Engine.Templates.Find(briefing)!.Path, 1, 1, $"unknown model '{modelName}'. Models: {string.Join(", ", BriefingRegistry.Names)}.");

        var clock = System.Diagnostics.Stopwatch.StartNew();
        var view = model.Model(new FactSelection(Catalog, filter));
        // Links to the shipped briefings, as `render --all` writes them side by side (NAME.md): relative, so that they
        // resolve on GitHub and in a local folder alike.
        view.Pages = [.. BriefingRegistry.Names.Select(name => new PageLink(name, Wording.Capitalise(name), name + ".md", string.Equals(name, briefing, StringComparison.Ordinal)))];
        ModelTime += clock.Elapsed;
        return Engine.Render(briefing, view);
    }
}
