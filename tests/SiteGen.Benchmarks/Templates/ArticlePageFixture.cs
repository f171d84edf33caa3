using System.Text;
using SiteGen.Templates;
using SiteGen.Templates.Loading;
using SiteGen.Templates.Runtime;
using SiteGen.Templates.Syntax;

namespace SiteGen.Benchmarks.Templates;

/// <summary>
/// A realistic article page: a layout with header and footer partials, a 5 KB body and ten related
/// articles rendered through a card partial, using date, string and html builtins.
/// </summary>
internal static class ArticlePageFixture
{
    public const string Layout = """
        <!doctype html>
        <html lang="en">
        <head><meta charset="utf-8"><title>{{ article.title | html.escape }} – {{ site.name }}</title></head>
        <body>
        {{ include 'header.html' }}
        <main>
          <article>
            <h1>{{ article.title | html.escape }}</h1>
            <p class="meta">Published {{ article.date | date.to_string '%d %b %Y' }} · {{ article.reading_minutes }} min read</p>
            {{ article.body }}
          </article>
          <aside>
            <h2>Related reading</h2>
            <ul>
            {{~ for related in article.related ~}}
              {{ include 'card.html' related }}
            {{~ end ~}}
            </ul>
          </aside>
        </main>
        {{ include 'footer.html' }}
        </body>
        </html>
        """;

    public static readonly Dictionary<string, string> Partials = new()
    {
        ["header.html"] = """
            <header><a href="/">{{ site.name }}</a>
            <nav>{{ for item in site.menu }}<a href="{{ item.url }}"{{ if item.url == article.section }} aria-current="page"{{ end }}>{{ item.title }}</a>{{ end }}</nav></header>
            """,
        ["card.html"] = """
            <li class="{{ for.even ? 'even' : 'odd' }}"><a href="{{ $1.url }}">{{ $1.title | html.escape }}</a>
            <p>{{ $1.summary | string.truncate 80 }}</p><time>{{ $1.date | date.to_string '%Y-%m-%d' }}</time></li>
            """,
        ["footer.html"] = """
            <footer><p>Need to talk now? Call {{ site.helpline }}, free and confidential, day and night.</p></footer>
            """,
    };

    public static ScriptObject Globals()
    {
        var paragraph = "<p>Recovery is rarely a straight line. Many people find that the first weeks bring relief and doubt in equal measure, "
            + "and that asking for help is itself a skill that grows with practice. Family members often feel the same mix of hope and fear.</p>\n";
        var body = new StringBuilder();
        while (body.Length < 5 * 1024) body.Append(paragraph);
        var related = new ScriptArray();
        for (var i = 0; i < 10; i++)
        {
            related.Add(new ScriptObject
            {
                ["title"] = $"Supporting someone in recovery, part {i + 1} & more",
                ["url"] = $"/articles/support-{i + 1}/",
                ["summary"] = "What to say, what to avoid, and how to look after yourself while you help someone you love through the first months.",
                ["date"] = new DateTime(2026, 1, 1).AddDays(i * 7),
            });
        }
        var menu = new ScriptArray();
        foreach (var (title, url) in new[] { ("Home", "/"), ("Articles", "/articles/"), ("Find help", "/help/"), ("Families", "/families/") })
            menu.Add(new ScriptObject { ["title"] = title, ["url"] = url });
        return new ScriptObject
        {
            ["site"] = new ScriptObject { ["name"] = "Steady Ground", ["helpline"] = "0800 000 000", ["menu"] = menu },
            ["article"] = new ScriptObject
            {
                ["title"] = "When a parent asks for help",
                ["date"] = new DateTime(2026, 2, 14),
                ["reading_minutes"] = 6,
                ["section"] = "/articles/",
                ["body"] = body.ToString(),
                ["related"] = related,
            },
        };
    }

    /// <summary>Serves the partials from memory.</summary>
    public sealed class Loader : ITemplateLoader
    {
        public string? GetPath(TemplateContext context, SourceSpan callerSpan, string templateName) =>
            Partials.ContainsKey(templateName) ? templateName : null;

        public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath) => Partials[templatePath];
    }
}
