using System.Text;

namespace SiteGen.Render.SearchSections;

/// <summary>
/// Reads a page's title, sections and topics from its root as <see cref="RootMarkupParser"/> parsed it,
/// by the rules of <see cref="SectionExtractor"/> (docs/search.md): each tree walk there is a loop over
/// the node list here, an element's subtree being the nodes up to its end node.
/// </summary>
internal static class MarkupSectionReader
{
    [ThreadStatic] private static RootMarkup? markupOfThread;
    [ThreadStatic] private static StringBuilder? textOfThread;

    /// <summary>The page, or null when the root needs the full parser or has no title of its own.</summary>
    public static SearchPage? Read(string url, ReadOnlySpan<char> rootHtml)
    {
        var markup = markupOfThread ??= new RootMarkup();
        if (!RootMarkupParser.TryParse(rootHtml, markup)) return null;
        var text = textOfThread ??= new StringBuilder(4096);
        var h1 = First(markup, 0, "h1");
        var title = h1 < 0 ? "" : VisibleText(markup, h1, text);
        if (title.Length == 0) return null;

        var sections = new List<SearchSection>();
        var body = First(markup, 0, "div", "article-body");
        Walk(markup, body < 0 ? 0 : body, url, sections, text);
        AddFaqSections(markup, url, sections, text);
        return new SearchPage(url, title, Topics(markup, text), sections);
    }

    /// <summary>The first element inside <paramref name="parent"/> (document order) with this name and class, each when given; -1 if none.</summary>
    private static int First(RootMarkup markup, int parent, string? name, string? className = null)
    {
        var nodes = markup.Nodes;
        for (var i = parent + 1; i < nodes[parent].Match; i++)
        {
            ref var node = ref nodes[i];
            if (node.Kind == MarkupNodeKind.Start && (name is null || ReferenceEquals(node.Name, name)) && (className is null || markup.HasClass(node, className))) return i;
        }
        return -1;
    }

    /// <summary>The text under <paramref name="body"/>: the page's own section, then one per heading with an id.</summary>
    private static void Walk(RootMarkup markup, int body, string url, List<SearchSection> sections, StringBuilder text)
    {
        var nodes = markup.Nodes;
        string? anchor = null;
        var kind = SectionKind.Page;
        string? heading = null;
        var spacing = new NormalizedText(text.Clear());
        for (var i = body + 1; i < nodes[body].Match; i++)
        {
            ref var node = ref nodes[i];
            switch (node.Kind)
            {
                case MarkupNodeKind.Text:
                    spacing.Append(markup.Text(node));
                    break;
                case MarkupNodeKind.Start when IsSkipped(markup, node):
                    i = node.Match;
                    break;
                case MarkupNodeKind.Start when IsSectionHeading(markup, node):
                    sections.Add(new SearchSection(url, anchor, kind, heading, spacing.ToString()));
                    anchor = markup.Id(node).ToString();
                    kind = SectionKind.Heading;
                    heading = VisibleText(markup, i, text);
                    spacing = new NormalizedText(text.Clear());
                    i = node.Match;
                    break;
                case MarkupNodeKind.End when (node.Traits & ElementTraits.Block) != 0:
                    spacing.AppendSpace();
                    break;
            }
        }
        sections.Add(new SearchSection(url, anchor, kind, heading, spacing.ToString()));
    }

    private static void AddFaqSections(RootMarkup markup, string url, List<SearchSection> sections, StringBuilder text)
    {
        var nodes = markup.Nodes;
        for (var i = 1; i < markup.Count; i++)
        {
            ref var item = ref nodes[i];
            if (item.Kind != MarkupNodeKind.Start || !ReferenceEquals(item.Name, "details") || !markup.HasClass(item, "faq-item") || item.IdLength == 0) continue;
            var summary = First(markup, i, "summary");
            var question = summary < 0 ? "" : VisibleText(markup, summary, text);
            var answerAt = First(markup, i, null, "faq-answer");
            var answer = answerAt < 0 ? "" : VisibleText(markup, answerAt, text);
            sections.Add(new SearchSection(url, markup.Id(item).ToString(), SectionKind.Faq, question, answer));
        }
    }

    /// <summary>The topics of the page itself, not those of related articles listed on it.</summary>
    private static List<SearchTopic> Topics(RootMarkup markup, StringBuilder text)
    {
        var nodes = markup.Nodes;
        var topics = new List<SearchTopic>();
        for (var i = 1; i < markup.Count; i++)
        {
            ref var a = ref nodes[i];
            if (a.Kind != MarkupNodeKind.Start || !ReferenceEquals(a.Name, "a") || !markup.HasClass(a, "topic-tag") || InRelatedList(markup, i)) continue;
            var slug = TopicSlug(markup.Href(a));
            if (slug.Length == 0 || Listed(topics, slug)) continue;
            topics.Add(new SearchTopic(slug.ToString(), AllText(markup, i, text)));
        }
        return topics;
    }

    private static bool Listed(List<SearchTopic> topics, ReadOnlySpan<char> slug)
    {
        foreach (var topic in topics)
        {
            if (slug.SequenceEqual(topic.Slug)) return true;
        }
        return false;
    }

    private static bool InRelatedList(RootMarkup markup, int element)
    {
        for (var at = element; at >= 0; at = markup.Nodes[at].Parent)
        {
            ref var node = ref markup.Nodes[at];
            if (ReferenceEquals(node.Name, "aside") || (ReferenceEquals(node.Name, "li") && markup.HasClass(node, "article-card"))) return true;
        }
        return false;
    }

    /// <summary>The last segment of the link's path.</summary>
    private static ReadOnlySpan<char> TopicSlug(ReadOnlySpan<char> href)
    {
        var end = href.IndexOfAny('#', '?');
        var path = (end < 0 ? href : href[..end]).TrimEnd('/');
        return path[(path.LastIndexOf('/') + 1)..];
    }

    private static bool IsSectionHeading(RootMarkup markup, in MarkupNode element) =>
        element.Name is "h2" or "h3" or "h4" && element.IdLength > 0;

    /// <summary>FAQ items become sections of their own; the table of contents and scripts are not content.</summary>
    private static bool IsSkipped(RootMarkup markup, in MarkupNode element) =>
        (element.Traits & ElementTraits.NotContent) != 0
        || (ReferenceEquals(element.Name, "details") && markup.HasClass(element, "faq-item"))
        || element.AriaHidden
        || element.SearchIgnore;

    /// <summary>Text a reader sees inside an element, whitespace collapsed: decorative parts such as heading anchor links are left out.</summary>
    private static string VisibleText(RootMarkup markup, int element, StringBuilder text)
    {
        var nodes = markup.Nodes;
        var visible = new NormalizedText(text.Clear());
        for (var i = element + 1; i < nodes[element].Match; i++)
        {
            ref var node = ref nodes[i];
            if (node.Kind == MarkupNodeKind.Text) visible.Append(markup.Text(node));
            else if (node.Kind == MarkupNodeKind.Start && IsSkipped(markup, node)) i = node.Match;
            else if (node.Kind == MarkupNodeKind.End && (node.Traits & ElementTraits.Block) != 0) visible.AppendSpace();
        }
        return visible.ToString();
    }

    /// <summary>All text inside an element, whitespace collapsed, as the DOM's textContent.</summary>
    private static string AllText(RootMarkup markup, int element, StringBuilder text)
    {
        var nodes = markup.Nodes;
        var all = new NormalizedText(text.Clear());
        for (var i = element + 1; i < nodes[element].Match; i++)
        {
            if (nodes[i].Kind == MarkupNodeKind.Text) all.Append(markup.Text(nodes[i]));
        }
        return all.ToString();
    }
}
