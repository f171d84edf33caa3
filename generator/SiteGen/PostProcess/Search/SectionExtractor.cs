using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace SiteGen.PostProcess.Search;

/// <summary>
/// Reads the searchable sections of a rendered page: the title and intro, each heading with an id and
/// the text under it, and each FAQ item (<c>details.faq-item[id]</c>). Only articles
/// (<c>article.article</c>) and pages (<c>div.page-body</c>) are searchable; lists, the 404 page and
/// pages marked <c>&lt;meta name="robots" content="noindex"&gt;</c> are not.
/// </summary>
public static class SectionExtractor
{
    private const string HeadingSelector = "h2[id], h3[id], h4[id]";

    public static SearchPage? Extract(string url, string html) => Extract(url, new HtmlParser().ParseDocument(html));

    /// <summary>Reads a page already parsed, so a build that checks its pages with AngleSharp parses each once.</summary>
    public static SearchPage? Extract(string url, IDocument document)
    {
        if (IsExcluded(document)) return null;
        var root = document.QuerySelector("[data-search-root]")
            ?? document.QuerySelector("article.article")
            ?? document.QuerySelector("div.page-body");
        if (root is null) return null;

        var title = Normalize(VisibleText(root.QuerySelector("h1") ?? document.QuerySelector("h1")));
        if (title.Length == 0) title = Normalize(document.Title ?? "");

        var sections = new List<SearchSection>();
        var body = root.QuerySelector("div.article-body") ?? root;
        var collected = new List<SectionText> { new(url, SectionKind.Page, null) };
        Walk(body, url, collected);
        sections.AddRange(collected.Select(s => s.ToSection()));
        sections.AddRange(root.QuerySelectorAll("details.faq-item[id]").Select(item => FaqSection(url, item)));
        return new SearchPage(url, title, Topics(root), sections);
    }

    private static bool IsExcluded(IDocument document) =>
        document.QuerySelectorAll("meta[name=robots], meta[name='sitegen:search']")
            .Any(m => (m.GetAttribute("content") ?? "").Contains("noindex", StringComparison.OrdinalIgnoreCase));

    /// <summary>Adds the text under <paramref name="container"/> to the last section, starting a new one at each heading.</summary>
    private static void Walk(IElement container, string url, List<SectionText> sections)
    {
        foreach (var node in container.ChildNodes)
        {
            if (node is IText text)
            {
                sections[^1].Append(text.Data);
                continue;
            }
            if (node is not IElement element || IsSkipped(element)) continue;
            if (element.Matches(HeadingSelector))
            {
                sections.Add(new SectionText(url + "#" + element.Id, SectionKind.Heading, Normalize(VisibleText(element))));
            }
            else if (element.QuerySelector(HeadingSelector) is not null || element.QuerySelector("details.faq-item") is not null)
            {
                Walk(element, url, sections);
            }
            else
            {
                sections[^1].Append(VisibleText(element));
            }
        }
    }

    // FAQ items become sections of their own; the table of contents and scripts are not content.
    private static bool IsSkipped(IElement element) =>
        element.Matches("details.faq-item, nav, script, style, template, [aria-hidden=true], [data-search-ignore]");

    private static SearchSection FaqSection(string url, IElement item)
    {
        var question = Normalize(VisibleText(item.QuerySelector("summary")));
        var answer = Normalize(VisibleText(item.QuerySelector(".faq-answer")));
        return new SearchSection(url + "#" + item.Id, SectionKind.Faq, question, answer);
    }

    /// <summary>The topics of the page itself, not those of related articles listed on it.</summary>
    private static IReadOnlyList<SearchTopic> Topics(IElement root) =>
        root.QuerySelectorAll("a.topic-tag")
            .Where(a => a.Closest("aside, li.article-card") is null)
            .Select(a => new SearchTopic(TopicSlug(a.GetAttribute("href") ?? ""), Normalize(a.TextContent)))
            .Where(t => t.Slug.Length > 0)
            .DistinctBy(t => t.Slug)
            .ToList();

    private static string TopicSlug(string href)
    {
        var path = href.Split('#', '?')[0];
        return path.Split('/', StringSplitOptions.RemoveEmptyEntries).LastOrDefault() ?? "";
    }

    /// <summary>Text a reader sees: decorative parts such as heading anchor links are left out.</summary>
    private static string VisibleText(IElement? element)
    {
        if (element is null) return "";
        var text = new StringBuilder();
        AppendVisible(element, text);
        return text.ToString();
    }

    private static void AppendVisible(INode node, StringBuilder text)
    {
        foreach (var child in node.ChildNodes)
        {
            if (child is IText t) text.Append(t.Data);
            else if (child is IElement e && !IsSkipped(e))
            {
                AppendVisible(e, text);
                // Block boundaries separate words even where the markup has no whitespace.
                if (e.LocalName is "p" or "li" or "td" or "th" or "br" or "div" or "dt" or "dd" or "blockquote" or "pre") text.Append(' ');
            }
        }
    }

    internal static string Normalize(string text) =>
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private sealed class SectionText(string url, SectionKind kind, string? heading)
    {
        private readonly StringBuilder text = new();

        public void Append(string more) => text.Append(more).Append(' ');

        public SearchSection ToSection() => new(url, kind, heading, Normalize(text.ToString()));
    }
}
