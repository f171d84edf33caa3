using Scriban.Runtime;
using SiteGen.Render.Faq;
using SiteGen.Render.Views;

namespace SiteGen.Render.Pages;

/// <summary>What a page's layout sees besides <c>site</c> and <c>page</c>: one kind of record per kind of page.</summary>
public abstract record PageVariables
{
    /// <summary>The topic index, the 404 and search pages: nothing of their own.</summary>
    public static readonly PageVariables None = new NoVariables();

    internal abstract void AddTo(ScriptObject globals);

    private sealed record NoVariables : PageVariables
    {
        internal override void AddTo(ScriptObject globals)
        {
        }
    }
}

/// <summary>A page of the home list or of a topic's: <c>articles</c>, <c>pagination</c>, and <c>topic</c> (null on the home list).</summary>
public sealed record ListVariables(IReadOnlyList<ArticleView> Articles, PaginationView Pagination, TopicView? Topic) : PageVariables
{
    internal override void AddTo(ScriptObject globals)
    {
        globals["articles"] = Articles;
        globals["pagination"] = Pagination;
        globals["topic"] = Topic;
    }
}

/// <summary>An article's page: <c>article</c>.</summary>
public sealed record ArticleVariables(ArticleView Article) : PageVariables
{
    internal override void AddTo(ScriptObject globals) => globals["article"] = Article;
}

/// <summary>A content page (about, contact): <c>document</c>.</summary>
public sealed record DocumentVariables(PageView Document) : PageVariables
{
    internal override void AddTo(ScriptObject globals) => globals["document"] = Document;
}

/// <summary>The FAQ hub or a topic's FAQ page: <c>faq</c>.</summary>
/// <param name="Pagination">Where a topic's page is among the pages of its questions; the hub is one page of one.</param>
public sealed record FaqVariables(FaqPageView Faq, PaginationView Pagination) : PageVariables
{
    internal override void AddTo(ScriptObject globals)
    {
        globals["faq"] = Faq;
        globals["pagination"] = Pagination;
    }
}
