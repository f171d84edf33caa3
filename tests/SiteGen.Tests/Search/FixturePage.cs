namespace SiteGen.Tests.Search;

/// <summary>Article HTML in the default theme's markup (layouts/article.html), for indexer tests.</summary>
internal static class FixturePage
{
    public static string Article(string title, string body, string faq = "", string topics = "", string extra = "") => $"""
        <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{title} · Site</title>{extra}</head>
        <body><header class="site-header"><a class="site-title" href="/">Site</a></header>
        <main id="main">
        <article class="article">
          <header class="article-header"><h1>{title}</h1><ul class="topic-list">{topics}</ul></header>
          <nav class="toc" aria-label="Contents"><h2>Contents</h2><ol><li><a href="#x">Table of contents entry</a></li></ol></nav>
          <div class="article-body">{body}</div>
          <section class="faq"><h2 id="article-faq-heading">Questions and answers</h2>{faq}</section>
        </article>
        <aside class="related"><h2>Related</h2><ul class="article-list"><li class="article-card"><h3><a href="/other/">Other</a></h3>
          <ul class="topic-list"><li><a class="topic-tag" href="/topics/unrelated/">Unrelated</a></li></ul></li></ul></aside>
        </main></body></html>
        """;

    public static string Topic(string slug, string name) => $"<li><a class=\"topic-tag\" href=\"/blog/topics/{slug}/\">{name}</a></li>";

    public static string Faq(string id, string question, string answer) =>
        $"<details class=\"faq-item\" id=\"{id}\"><summary>{question}</summary><div class=\"faq-answer\"><p>{answer}</p></div></details>";
}
