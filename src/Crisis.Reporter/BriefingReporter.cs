using Crisis.Model;
using Crisis.Reporter.Model;
using Crisis.Reporter.Templating;

namespace Crisis.Reporter;

/// <summary>Renders briefings from a catalog through a template engine: view model, then template, then Markdown.</summary>
public sealed class BriefingReporter(FactCatalog catalog, TemplateEngine engine)
{
    /// <summary>The catalog rendered.</summary>
    public FactCatalog Catalog { get; } = catalog;

    /// <summary>The template engine (compiles each template once).</summary>
    public TemplateEngine Engine { get; } = engine;

    /// <summary>Time spent building view models so far (for the timing harness).</summary>
    public TimeSpan ModelTime { get; private set; }

    /// <summary>Every briefing that can be rendered: the shipped ones, then templates the user added.</summary>
    public IReadOnlyList<string> Available =>
        [.. Briefings.Names, .. Engine.Templates.Briefings.Select(b => b.Name).Where(n => !Briefings.IsKnown(n))];

    /// <summary>Renders one briefing as Markdown (LF line endings).</summary>
    public string Render(string briefing, BriefingFilter filter)
    {
        if (!Available.Contains(briefing, StringComparer.Ordinal))
        {
            throw new ReporterException(ExitCodes.Usage, $"unknown briefing '{briefing}'. Valid briefings: {string.Join(", ", Available)}.");
        }

        // A template the user added binds to the model its first-line comment names, or the situation model.
        var modelName = Briefings.IsKnown(briefing) ? briefing : Engine.DeclaredModel(briefing) ?? "situation";
        if (!Briefings.IsKnown(modelName))
        {
            throw new ReporterException(ExitCodes.Template, $"template {Engine.Templates.Find(briefing)!.Path}:1:1: unknown model '{modelName}'. Models: {string.Join(", ", Briefings.Names)}.");
        }

        var clock = System.Diagnostics.Stopwatch.StartNew();
        var model = new BriefingBuilder(Catalog, filter).Build(modelName);
        ModelTime += clock.Elapsed;
        return Engine.Render(briefing, model);
    }
}
