using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace SiteGen.Render.SearchSections;

/// <summary>
/// Reads the searchable sections of a rendered page: the title and intro, each heading with an id and
/// the text under it, and each FAQ item (<c>details.faq-item[id]</c>). Only articles
/// (<c>article.article</c>) and pages (<c>div.page-body</c>) are searchable; lists, the 404 page and
/// pages marked <c>&lt;meta name="robots" content="noindex"&gt;</c> are not.
/// Two readers give the same result: <see cref="MarkupSectionReader"/>, without a DOM, for the markup
/// it knows (nearly every page of a site), and AngleSharp, here, for the rest.
/// </summary>
public static partial class SectionExtractor
{
    // A parser per thread: creating one costs about as much as parsing a page, and one is not safe to share.
    private static readonly ThreadLocal<HtmlParser> Parser = new(() => new HtmlParser());

    // The context a root fragment is parsed in, so it is read as it would be inside the page's body.
    private static readonly ThreadLocal<IElement> FragmentContext = new(() => Parser.Value!.ParseDocument("<!DOCTYPE html><body></body>").Body!);

    public static SearchPage? Extract(string url, string html) => Extract(url, html.AsSpan(), html);

    /// <summary>As <see cref="Extract(string, string)"/>, from a page's text in a buffer: a string is made only for the parser's way.</summary>
    public static SearchPage? Extract(string url, ReadOnlySpan<char> html) => Extract(url, html, null);

    private static SearchPage? Extract(string url, ReadOnlySpan<char> html, string? text)
    {
        if (!MayBeSearchable(html)) return null;
        // The theme's own markup is read without a DOM; anything else takes the parser's way below.
        if (SearchRootScanner.Find(html) is { } range && MarkupSectionReader.Read(url, html[range]) is { } page) return page;
        return ExtractWithParser(url, text ?? html.ToString());
    }

    /// <summary>The page as AngleSharp reads it: what <see cref="Extract(string, string)"/> falls back to, and what tests hold it to.</summary>
    internal static SearchPage? ExtractWithParser(string url, string html)
    {
        if (!MayBeSearchable(html)) return null;
        if (SearchRootScanner.Find(html) is { } range && ExtractFragment(url, html[range]) is { } page) return page;
        return Extract(url, Parser.Value!.ParseDocument(html));
    }

    /// <summary>Reads the root element alone; null when its title is not inside it (the whole page is then needed).</summary>
    private static SearchPage? ExtractFragment(string url, string rootHtml)
    {
        var nodes = Parser.Value!.ParseFragment(rootHtml, FragmentContext.Value!);
        if (nodes.Length == 0 || nodes[0] is not IElement root || ElementQueries.First(root, "h1") is not { } h1) return null;
        var title = Normalize(VisibleText(h1));
        return title.Length == 0 ? null : FromRoot(url, root, title);
    }

    /// <summary>
    /// False when the page cannot hold a searchable root, so lists and topic pages (a fifth of a large
    /// site) are skipped without parsing. A quick look at the text: true may still end in null.
    /// </summary>
    internal static bool MayBeSearchable(ReadOnlySpan<char> html) =>
        html.Contains("data-search-root", StringComparison.Ordinal)
        || html.Contains("page-body", StringComparison.Ordinal)
        || ArticleClass().IsMatch(html);

    [GeneratedRegex("""class=["'](?:[^"']*\s)?article(?:\s[^"']*)?["']""")]
    private static partial Regex ArticleClass();

    /// <summary>Reads a page already parsed, so a build that checks its pages with AngleSharp parses each once.</summary>
    public static SearchPage? Extract(string url, IDocument document)
    {
        if (IsExcluded(document)) return null;
        var root = document.QuerySelector("[data-search-root]")
            ?? document.QuerySelector("article.article")
            ?? document.QuerySelector("div.page-body");
        if (root is null) return null;

        var title = Normalize(VisibleText(ElementQueries.First(root, "h1") ?? document.QuerySelector("h1")));
        if (title.Length == 0) title = Normalize(document.Title ?? "");
        return FromRoot(url, root, title);
    }

    private static SearchPage FromRoot(string url, IElement root, string title)
    {
        var body = ElementQueries.First(root, "div", "article-body") ?? root;
        var collected = new List<SectionText> { new(url, SectionKind.Page, null) };
        Walk(body, url, collected);
        var sections = new List<SearchSection>(collected.Count);
        foreach (var s in collected) sections.Add(s.ToSection());
        var faqItems = new List<IElement>();
        ElementQueries.All(root, "details", "faq-item", faqItems);
        foreach (var item in faqItems)
        {
            if (!string.IsNullOrEmpty(item.Id)) sections.Add(FaqSection(url, item));
        }
        return new SearchPage(url, title, Topics(root), sections);
    }

    private static bool IsExcluded(IDocument document) =>
        document.QuerySelectorAll("meta[name=robots], meta[name='sitegen:search']")
            .Any(m => (m.GetAttribute("content") ?? "").Contains("noindex", StringComparison.OrdinalIgnoreCase));

    /// <summary>Adds the text under <paramref name="container"/> to the last section, starting a new one at each heading.</summary>
    private static void Walk(INode container, string url, List<SectionText> sections)
    {
        foreach (var node in container.ChildNodes)
        {
            if (node is IText text)
            {
                sections[^1].Append(text.Data);
                continue;
            }
            if (node is not IElement element || IsSkipped(element)) continue;
            if (IsSectionHeading(element))
            {
                sections.Add(new SectionText(url + "#" + element.Id, SectionKind.Heading, Normalize(VisibleText(element))));
                continue;
            }
            Walk(element, url, sections);
            if (IsBlock(element)) sections[^1].Append(" ");
        }
    }

    // Checked by name rather than with CSS selectors: this runs for every element of every page, and
    // AngleSharp parses a selector string on each call.
    private static bool IsSectionHeading(IElement element) =>
        element.LocalName is "h2" or "h3" or "h4" && !string.IsNullOrEmpty(element.Id);

    /// <summary>FAQ items become sections of their own; the table of contents and scripts are not content.</summary>
    private static bool IsSkipped(IElement element) =>
        element.LocalName is "nav" or "script" or "style" or "template"
        || (element.LocalName == "details" && ElementQueries.HasClass(element, "faq-item"))
        || element.GetAttribute("aria-hidden") == "true"
        || element.HasAttribute("data-search-ignore");

    /// <summary>Block boundaries separate words even where the markup has no whitespace between them.</summary>
    private static bool IsBlock(IElement element) =>
        element.LocalName is "p" or "li" or "td" or "th" or "br" or "div" or "dt" or "dd" or "blockquote" or "pre"
            or "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "tr" or "section" or "figure" or "figcaption" or "ul" or "ol" or "table";

    private static SearchSection FaqSection(string url, IElement item)
    {
        var question = Normalize(VisibleText(ElementQueries.First(item, "summary")));
        var answer = Normalize(VisibleText(ElementQueries.First(item, null, "faq-answer")));
        return new SearchSection(url, item.Id, SectionKind.Faq, question, answer);
    }

    /// <summary>The topics of the page itself, not those of related articles listed on it.</summary>
    private static List<SearchTopic> Topics(IElement root)
    {
        var links = new List<IElement>();
        ElementQueries.All(root, "a", "topic-tag", links);
        var topics = new List<SearchTopic>();
        foreach (var a in links)
        {
            if (ElementQueries.InsideOf(a, root, IsRelatedList)) continue;
            var topic = new SearchTopic(TopicSlug(a.GetAttribute("href") ?? ""), Normalize(a.TextContent));
            if (topic.Slug.Length > 0 && !topics.Exists(t => t.Slug == topic.Slug)) topics.Add(topic);
        }
        return topics;
    }

    private static bool IsRelatedList(IElement element) =>
        element.LocalName == "aside" || (element.LocalName == "li" && ElementQueries.HasClass(element, "article-card"));

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
                if (IsBlock(e)) text.Append(' ');
            }
        }
    }

    /// <summary>Runs of whitespace become one space, with none at either end.</summary>
    internal static string Normalize(string text)
    {
        var normalized = new NormalizedText(new StringBuilder(text.Length));
        normalized.Append(text);
        return normalized.ToString();
    }

    private sealed class SectionText(string url, SectionKind kind, string? heading)
    {
        private readonly StringBuilder text = new();

        public void Append(string more) => text.Append(more);

        public SearchSection ToSection() => new(url, kind, heading, Normalize(text.ToString()));
    }
}
