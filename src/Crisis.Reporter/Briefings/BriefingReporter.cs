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

    private (BriefingFilter Filter, FactSelection Selection)? lastSelection;

    /// <summary>Time spent building view models so far (for the timing harness).</summary>
    public TimeSpan ModelTime { get; private set; }

    /// <summary>Every briefing that can be rendered: the shipped ones, then templates the user added (not the templates of a shipped briefing's other pages).</summary>
    public IReadOnlyList<string> Available =>
        [.. BriefingRegistry.Names, .. Engine.Templates.Briefings.Select(b => b.Name).Where(n => BriefingRegistry.Find(n) is null && !BriefingRegistry.IsPageTemplate(n))];

    /// <summary>Renders one briefing's index page as Markdown (LF line endings): the whole briefing unless it is split (see <see cref="RenderPages"/>).</summary>
    public string Render(string briefing, BriefingFilter filter) => RenderIndex(briefing, filter).Text;

    /// <summary>Renders one briefing's index page, and says how many other pages the briefing has (written by <c>render --all</c>).</summary>
    public (string Text, int OtherPages) RenderIndex(string briefing, BriefingFilter filter)
    {
        var pages = Build(briefing, filter);
        return (Engine.Render(pages[0].Template, pages[0].Model), pages.Count - 1);
    }

    /// <summary>Renders every page of one briefing, its index first, each with its path in the rendered tree (<see cref="BriefingPage"/>).</summary>
    public IReadOnlyList<(string Path, string Text)> RenderPages(string briefing, BriefingFilter filter) =>
        [.. Build(briefing, filter).Select(p => (p.Path, Engine.Render(p.Template, p.Model)))];

    /// <summary>
    /// The facts <paramref name="filter"/> selects, selected once for every briefing rendered with it (render --all): a
    /// selection is read-only, and filtering, dating and counting the whole fact base again for each briefing cost
    /// as much as some briefings themselves.
    /// </summary>
    private FactSelection SelectionOf(BriefingFilter filter)
    {
        if (lastSelection is not { } last || !Equals(last.Filter, filter))
        {
            lastSelection = last = (filter, new FactSelection(Catalog, filter));
        }

        return last.Selection;
    }

    /// <summary>The pages of one briefing with their view models, the links between briefings filled in.</summary>
    private IReadOnlyList<BriefingPage> Build(string briefing, BriefingFilter filter)
    {
        if (!Available.Contains(briefing, StringComparer.Ordinal))
        {
            throw new ReporterException(ExitCodes.Usage, $"unknown briefing '{briefing}'. Valid briefings: {string.Join(", ", Available)}.");
        }

        // A template the user added binds to the model its first-line comment names, or the situation's; it is one page.
        var shipped = BriefingRegistry.Find(briefing);
        var modelName = shipped is null ? Engine.DeclaredModel(briefing) : briefing;
        var model = modelName is null ? new SituationBriefing() : BriefingRegistry.Find(modelName)
            ?? throw new TemplateException(Engine.Templates.Find(briefing)!.Path, 1, 1, $"unknown model '{modelName}'. Models: {string.Join(", ", BriefingRegistry.Names)}.");

        var clock = System.Diagnostics.Stopwatch.StartNew();
        var selection = SelectionOf(filter);
        IReadOnlyList<BriefingPage> pages = shipped is null ? [new(BriefingPage.IndexPath(briefing), briefing, model.Model(selection))] : model.Pages(selection);
        foreach (var page in pages)
        {
            // Links to the shipped briefings' index pages, as `render --all` writes them (NAME.md at the top of the tree):
            // relative, so that they resolve on GitHub and in a local folder alike; a page below the top prefixes its Root.
            page.Model.Pages = [.. BriefingRegistry.Names.Select(name => new PageLink(name, Wording.Capitalise(name), BriefingPage.IndexPath(name), string.Equals(BriefingPage.IndexPath(name), page.Path, StringComparison.Ordinal)))];
        }

        ModelTime += clock.Elapsed;
        return pages;
    }
}
