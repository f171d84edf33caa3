using System.Net;
using System.Text;
using SiteGen.Render.SearchSections;

namespace SiteGen.BrowserTests;

/// <summary>
/// Pages in the markup of the default theme (layouts/base.html, article.html, search.html), written
/// out directly so the search can be tested on a site whose every word is known.
/// </summary>
public static class FixtureHtml
{
    private static string E(string text) => WebUtility.HtmlEncode(text);

    public static string Article(string basePath, FixtureArticle article) => Page(basePath, article.Title, $"""
        <article class="article">
          <header class="article-header">
            <h1>{E(article.Title)}</h1>
            <p class="article-meta"><time datetime="2025-01-01">1 January 2025</time></p>
            <ul class="topic-list">{string.Concat(article.Topics.Select(t => $"<li><a class=\"topic-tag\" href=\"{basePath}topics/{t}/\">{E(TopicName(t))}</a></li>"))}</ul>
          </header>
          <div class="article-body">
        <p>{E(article.Intro)}</p>
        {string.Concat(article.Sections.Select(s => $"<h2 id=\"{s.Id}\">{E(s.Heading)}</h2>\n<p>{E(s.Text)}</p>\n"))}
          </div>
          {(article.Faq.Count == 0 ? "" : $"""
          <section class="faq" aria-labelledby="article-faq-heading">
            <h2 id="article-faq-heading">Questions and answers</h2>
            {string.Concat(article.Faq.Select(f => $"<details class=\"faq-item\" id=\"{f.Id}\"><summary>{E(f.Question)}</summary><div class=\"faq-answer\"><p>{E(f.Answer)}</p></div></details>\n"))}
          </section>
          """)}
        </article>
        """);

    public static string TopicName(string slug) => char.ToUpperInvariant(slug[0]) + slug[1..];

    /// <summary>The search page as layouts/search.html and partials/search-form.html render it.</summary>
    public static string SearchPage(string basePath) => Page(basePath, "Search", $"""
        <section class="search-page" aria-labelledby="search-heading">
          <h1 id="search-heading">Search</h1>
          <noscript>
            <p class="search-noscript">Search needs JavaScript, which is turned off in this browser. Every article is also listed by subject on the <a href="{basePath}topics/">topics page</a>.</p>
          </noscript>
          <form class="search-box search-page-form" role="search" aria-label="Search the articles" action="{basePath}search/" method="get" data-search-index="{basePath}search-index/" hidden>
            <label for="search-q">Search for</label>
            <input type="search" id="search-q" name="q" autocomplete="off" spellcheck="false" aria-describedby="search-hint" aria-controls="search-results">
            <label for="search-topic">Topic</label>
            <select id="search-topic" name="topic"><option value="">All topics</option></select>
            <button type="submit">Search</button>
            <p id="search-hint" class="search-hint">Results appear as you type.</p>
          </form>
          <p id="search-status" class="search-status" role="status" aria-live="polite" aria-atomic="true"></p>
          <ol id="search-results" class="search-results"></ol>
          <button type="button" id="search-more" class="search-more" hidden>Show more results</button>
        </section>
        <script src="{basePath}search-index/manifest.js" defer></script>
        <script src="{basePath}assets/js/search-text.js" defer></script>
        <script src="{basePath}assets/js/search-engine.js" defer></script>
        <script src="{basePath}assets/js/search.js" defer></script>
        """, noindex: true);

    public static string Page(string basePath, string title, string main, bool noindex = false)
    {
        var html = new StringBuilder();
        html.Append($"""
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{E(title)} · Fixture</title>
            {(noindex ? "<meta name=\"robots\" content=\"noindex\">" : "")}
            <link rel="stylesheet" href="{basePath}assets/css/site.css">
            <link rel="stylesheet" href="{basePath}assets/css/search.css">
            </head>
            <body>
            <a class="skip-link" href="#main">Skip to content</a>
            <header class="site-header">
              <a class="site-title" href="{basePath}">Fixture</a>
              <form class="search-box" role="search" action="{basePath}search/" method="get">
                <label for="site-search">Search articles</label>
                <input type="search" id="site-search" name="q" autocomplete="off">
                <button type="submit">Search</button>
              </form>
            </header>
            <main id="main" tabindex="-1">
            {main}
            </main>
            </body>
            </html>
            """);
        return html.ToString();
    }
}
