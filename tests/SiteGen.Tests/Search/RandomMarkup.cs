using System.Text;

namespace SiteGen.Tests.Search;

/// <summary>
/// Article bodies made of random pieces of the markup Markdown and the theme write, well nested or
/// not, for holding the fast reader to the parser on cases nobody thought to write down.
/// </summary>
internal static class RandomMarkup
{
    private static readonly string[] Texts =
    [
        "relapse", "trust ", " ", "\n", "re", "lapse", "&amp;", "&lt;b&gt;", "&#8217;", "&#x2014;", "&nbsp;", "& ", "a <3 b",
        "caf\u00e9", "\u2019s", "&hellip;",
    ];

    /// <summary>Pieces the parser repairs or reads its own way.</summary>
    private static readonly string[] Odd = ["&;", "&eacute;", "<textarea>t</textarea>", "<!-->", "</p>", "</li>", "</div>", "</br>", "<svg><text>s</text></svg>"];

    private static readonly string[] Opens =
    [
        "<p>", "<div>", "<em>", "<strong>", "<code>", "<sup>", "<a href=\"/t/x/\">", "<a class=\"topic-tag\" href=\"/topics/hope/\">",
        "<span aria-hidden=\"true\">", "<span data-search-ignore>", "<h2 id=\"h\">", "<h3 id=\"\">", "<h4 id=\"f&amp;g\">", "<h1>",
        "<ul>", "<ol>", "<li>", "<dl>", "<dt>", "<dd>", "<pre>", "<pre>\n", "<blockquote>", "<table>", "<tbody>", "<tr>", "<td>",
        "<nav>", "<aside>", "<section>", "<details class=\"faq-item\" id=\"q\">", "<summary>", "<div class=\"faq-answer\">",
        "<li class=\"article-card\">", "<div class=\"article-body\">", "<SPAN>",
    ];

    private static readonly string[] Whole =
    [
        "<br>", "<br/>", "<hr>", "<img alt=\"x\" src=\"y\">", "<input type=\"checkbox\">", "<!-- note -->", "<!---->",
        "<script>let a = '</p>';</script>", "<style>p { }</style>", "<wbr>",
    ];

    public static string Body(Random random)
    {
        var html = new StringBuilder();
        var open = new Stack<string>();
        var pieces = random.Next(5, 30);
        for (var i = 0; i < pieces; i++)
        {
            var roll = random.NextDouble();
            if (roll < 0.02) html.Append(Odd[random.Next(Odd.Length)]);
            else if (roll < 0.35) html.Append(Texts[random.Next(Texts.Length)]);
            else if (roll < 0.6)
            {
                var tag = Opens[random.Next(Opens.Length)];
                html.Append(tag);
                open.Push(tag[1..].Split(' ', '>', '\n')[0].ToLowerInvariant());
            }
            else if (roll < 0.7) html.Append(Whole[random.Next(Whole.Length)]);
            else if (open.Count > 0)
            {
                // Mostly the element that is open, sometimes one further out: misnesting.
                var name = random.NextDouble() < 0.97 ? open.Pop() : open.ElementAt(random.Next(open.Count));
                html.Append("</").Append(name).Append('>');
            }
        }
        while (open.Count > 0 && random.NextDouble() < 0.9) html.Append("</").Append(open.Pop()).Append('>');
        return html.ToString();
    }
}
