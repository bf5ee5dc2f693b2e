using Crisis.Model;
using Crisis.Reporter.Selection;

namespace Crisis.Reporter.Briefings.Shared;

/// <summary>
/// A briefing: its name, what it holds, and how its view model is built. Its template (<c>NAME.scriban</c>)
/// lives beside its class, in the briefing's own folder; <see cref="BriefingRegistry"/> lists the briefings.
/// </summary>
/// <param name="name">The name used on the command line and as the template's file name ("situation").</param>
/// <param name="description">What the briefing holds, for <c>list</c>.</param>
/// <param name="title">The document's title.</param>
public abstract class Briefing(string name, string description, string title)
{
    /// <summary>The name used on the command line and as the template's file name ("situation").</summary>
    public string Name { get; } = name;

    /// <summary>What the briefing holds, for <c>list</c>.</summary>
    public string Description { get; } = description;

    /// <summary>The document's title.</summary>
    public string Title { get; } = title;

    /// <summary>Builds the view model over a selection: the briefing's sections, then the shared header and footer.</summary>
    public abstract DocumentModel Model(FactSelection selection);

    /// <summary>
    /// The pages the briefing writes, its index first (<see cref="BriefingPage"/>): one page unless the briefing splits
    /// what a page cannot hold (the timeline by period, the sources one page per source).
    /// </summary>
    public virtual IReadOnlyList<BriefingPage> Pages(FactSelection selection) => [new(BriefingPage.IndexPath(Name), Name, Model(selection))];

    /// <summary>The templates of the briefing's other pages ("timeline-period"): not briefings of their own.</summary>
    public virtual IReadOnlyList<string> PageTemplates => [];
}

/// <summary>A briefing whose view model is <typeparamref name="TModel"/>.</summary>
public abstract class Briefing<TModel>(string name, string description, string title) : Briefing(name, description, title)
    where TModel : DocumentModel
{
    /// <inheritdoc />
    public sealed override DocumentModel Model(FactSelection selection)
    {
        var context = new BriefingContext(selection);
        return DocumentFrame.Finish(context, this, Build(context));
    }

    /// <summary>The view model of the facts <paramref name="filter"/> selects from <paramref name="catalog"/>.</summary>
    public TModel Model(FactCatalog catalog, BriefingFilter filter) => (TModel)Model(new FactSelection(catalog, filter));

    /// <summary>
    /// One of the briefing's other pages: built in a document of its own (its own notes and legends), framed like every
    /// page, titled "TITLE: <paramref name="subtitle"/>", and linking back to the index.
    /// </summary>
    protected TPage SubPage<TPage>(FactSelection selection, string subtitle, Func<BriefingContext, TPage> build)
        where TPage : DocumentModel
    {
        var context = new BriefingContext(selection);
        var page = DocumentFrame.Finish(context, this, build(context), subtitle);
        page.Root = "../";
        page.IndexLink = new PageLink(Name, Title, "../" + BriefingPage.IndexPath(Name), false);
        return page;
    }

    /// <summary>Builds the briefing's own sections, in the order its template shows them (so notes number in reading order).</summary>
    protected abstract TModel Build(BriefingContext context);
}
