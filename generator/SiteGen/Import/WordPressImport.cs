using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using SiteGen.Parse;

namespace SiteGen.Import;

/// <summary>What a WordPress import makes: the documents, the images to copy, the topics' names, and what to tell.</summary>
public sealed record WordPressResult(
    IReadOnlyList<ImportedArticle> Articles, IReadOnlyList<ImportedArticle> Pages, IReadOnlyList<ImageCopy> Images,
    IReadOnlyDictionary<string, string> Topics, IReadOnlyList<string> ImagesToFetch, IReadOnlyList<ImportWarning> Warnings)
{
    public int Drafts { get; init; }
}

/// <summary>Something an import could not carry over as it was, by kind ("left out", "shortcode", "old-site link").</summary>
public sealed record ImportWarning(string Kind, string Message);

/// <summary>
/// A WordPress export as SiteGen content. Posts become articles and pages pages; drafts, pending and private posts stay
/// drafts. Categories and tags become topics. The post's date, modified date, author's display name, excerpt (as the
/// description) and post name (as the slug) are kept, and its old address becomes an alias. The HTML, from the classic
/// editor (paragraphs by blank lines) or the block editor (whose comments are ignored), with its [caption] shortcodes
/// and the Yoast or Rank Math FAQ blocks, becomes Markdown (<see cref="HtmlMarkdown"/>). Links between imported posts
/// become links to their files; uploads are copied from <c>uploads</c> when given, and listed to fetch otherwise.
/// </summary>
public static partial class WordPressImport
{
    [GeneratedRegex(@"\[caption[^\]]*\](?<inner>.*?)\[/caption\]", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex Caption();

    [GeneratedRegex(@"\[/?(?<name>[a-z][a-z0-9_-]*)(?:\s[^\]]*)?\]", RegexOptions.IgnoreCase)]
    private static partial Regex Shortcode();

    [GeneratedRegex(@"<(p|div|h[1-6]|ul|ol|li|blockquote|table|figure|pre|hr)[\s>/]", RegexOptions.IgnoreCase)]
    private static partial Regex BlockTag();

    /// <param name="uploads">A copy of wp-content/uploads, or null.</param>
    public static WordPressResult Convert(string xml, string? uploads)
    {
        var (siteUrl, items) = WordPressExport.Read(xml);
        var documents = items.Where(i => i.Type is "post" or "page" && i.Status != "trash").ToList();
        // Every document's file, by its old addresses, so links between them lead to the new files.
        var slugs = new Dictionary<WordPressItem, string>();
        var taken = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var item in documents)
        {
            string wanted = item.Slug.Length > 0 ? Slugs.From(Uri.UnescapeDataString(item.Slug)) : Slugs.From(item.Title);
            if (wanted.Length == 0) wanted = $"post-{item.Id}";
            string slug = wanted;
            for (int n = 2; !taken.Add((item.Type == "page" ? "page/" : "post/") + slug); n++) slug = $"{wanted}-{n}";
            slugs[item] = slug;
        }
        var byAddress = new Dictionary<string, WordPressItem>(StringComparer.OrdinalIgnoreCase);
        foreach (var item in documents)
        {
            if (Path(item.Link) is { } path) byAddress[path] = item;
            byAddress[$"/?p={item.Id}"] = item;
            byAddress[$"/?page_id={item.Id}"] = item;
        }
        var topics = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var images = new List<ImageCopy>();
        var toFetch = new SortedSet<string>(StringComparer.Ordinal);
        var warnings = new List<ImportWarning>();
        var articles = new List<ImportedArticle>();
        var pages = new List<ImportedArticle>();
        int drafts = 0;
        Uri? site = Uri.TryCreate(siteUrl.EndsWith('/') ? siteUrl : siteUrl + "/", UriKind.Absolute, out var s) ? s : null;
        foreach (var item in documents)
        {
            bool isPage = item.Type == "page";
            string slug = slugs[item];
            string? Link(string href)
            {
                if (href.StartsWith('#')) return null;
                Uri? resolved = HtmlImport.HasScheme(href) ? (Uri.TryCreate(href, UriKind.Absolute, out var a) ? a : null)
                    : site is not null && Uri.TryCreate(site, href, out var r) ? r : null;
                if (resolved is null) return null;
                // Another imported post, by its permalink or by ?p=ID: a link to its file, which the build checks.
                if (site is not null && resolved.Host == site.Host
                    && (byAddress.TryGetValue(resolved.AbsolutePath + resolved.Query, out var target) || byAddress.TryGetValue(resolved.AbsolutePath, out target)))
                {
                    string file = slugs[target] + ".md";
                    return (isPage, target.Type == "page") switch
                    {
                        (false, false) or (true, true) => file,
                        (false, true) => "../pages/" + file,
                        _ => "../articles/" + file,
                    };
                }
                if (site is not null && resolved.Host == site.Host)
                    warnings.Add(new("old-site link", $"'{item.Title}': link to {resolved.AbsoluteUri} is not one of the imported posts and still leads to the old site; point it at a page of the new one"));
                return resolved.Scheme is "http" or "https" or "mailto" or "tel" ? resolved.AbsoluteUri : null;
            }
            string? Image(string src)
            {
                string path = Uri.TryCreate(src, UriKind.Absolute, out var abs) && abs.Scheme is "http" or "https" ? abs.AbsolutePath : src;
                int at = path.IndexOf("/uploads/", StringComparison.OrdinalIgnoreCase);
                if (at >= 0)
                {
                    string relative = Uri.UnescapeDataString(path[(at + "/uploads/".Length)..]);
                    string? file = uploads is null ? null : System.IO.Path.GetFullPath(System.IO.Path.Combine(uploads, relative));
                    // Only files inside the uploads copy: "../" in an image's path does not lead out of it.
                    if (file is not null && Write.OutputSafety.IsInside(file, uploads!) && File.Exists(file))
                    {
                        images.Add(new ImageCopy(file, "images/" + relative));
                        return "../images/" + relative;
                    }
                }
                toFetch.Add(src);
                return null;
            }
            var markdown = new HtmlMarkdown(Link, Image);
            string html = Prepare(item.Content, warnings, item.Title);
            var body = new HtmlParser().ParseDocument("<body>" + html + "</body>").Body!;
            FaqBlocks(body);
            string text = markdown.Convert(body);
            foreach (string dropped in markdown.Dropped) warnings.Add(new("left out", $"'{item.Title}': left out {dropped} (it would load another site, run a program or track readers)"));
            var itemTopics = item.Terms.Where(t => t.Kind is "category" or "post_tag" && t.Slug != "uncategorized")
                .Select(t => (Slug: Slugs.From(Uri.UnescapeDataString(t.Slug)), t.Name)).Where(t => t.Slug.Length > 0).DistinctBy(t => t.Slug).ToList();
            foreach (var (topic, name) in itemTopics) topics.TryAdd(topic, name);
            bool draft = item.Status != "publish" && item.Status != "future";
            if (draft) drafts++;
            var front = new StringBuilder("---\n");
            front.Append($"title: {YamlText.Quoted(item.Title.Length > 0 ? System.Net.WebUtility.HtmlDecode(item.Title) : slug)}\n");
            if (item.Date is { } date) front.Append($"date: {date:yyyy-MM-dd}\n");
            else if (!isPage) front.Append($"# The export gives no date (a draft never scheduled): set the day it is published.\ndate: {(item.Modified ?? DateTimeOffset.UnixEpoch):yyyy-MM-dd}\n");
            if (!isPage && item.Modified is { } modified && item.Date is { } published && modified.Date > published.Date) front.Append($"updated: {modified:yyyy-MM-dd}\n");
            if (Plain(item.Excerpt) is { Length: > 0 } description) front.Append($"description: {YamlText.Quoted(description)}\n");
            if (!isPage && item.Author is { } author) front.Append($"author: {YamlText.Quoted(author)}\n");
            if (!isPage && itemTopics.Count > 0) front.Append($"topics: [{string.Join(", ", itemTopics.Select(t => t.Slug))}]\n");
            var aliases = new List<string>();
            if (Path(item.Link) is { Length: > 1 } old && old.TrimEnd('/') != (isPage ? "/" + slug : "/articles/" + slug)) aliases.Add(old);
            // WordPress answers at these whatever the permalinks: links, bookmarks and shares use them.
            if (item.Id > 0) aliases.Add(isPage ? $"/?page_id={item.Id}" : $"/?p={item.Id}");
            if (aliases.Count > 0) front.Append($"aliases: [{string.Join(", ", aliases.Select(YamlText.Quoted))}]\n");
            if (draft) front.Append("draft: true\n");
            front.Append("---\n\n").Append(text).Append('\n');
            (isPage ? pages : articles).Add(new ImportedArticle(item.Title, slug, front.ToString()));
        }
        return new WordPressResult(articles, pages, images, topics, [.. toFetch], warnings) { Drafts = drafts };
    }

    // The classic editor's paragraphs are blank lines; [caption] is a figure; other shortcodes stay as text, listed.
    private static string Prepare(string content, List<ImportWarning> warnings, string title)
    {
        string html = Caption().Replace(content, m =>
        {
            string inner = m.Groups["inner"].Value;
            int end = inner.LastIndexOf('>');
            return $"<figure>{inner[..(end + 1)]}<figcaption>{inner[(end + 1)..].Trim()}</figcaption></figure>";
        });
        foreach (var name in Shortcode().Matches(html).Select(m => m.Groups["name"].Value.ToLowerInvariant()).Distinct())
            warnings.Add(new("shortcode", $"'{title}': shortcode [{name}] kept as text: SiteGen cannot run it"));
        // The classic editor stores paragraphs as blank lines and line breaks as new lines (WordPress adds the tags when
        // it shows a post); the block editor writes its own tags.
        if (html.Contains("<!-- wp:", StringComparison.Ordinal) || html.Contains("<p", StringComparison.OrdinalIgnoreCase)) return html;
        return string.Concat(html.Replace("\r\n", "\n").Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(chunk => BlockTag().IsMatch(chunk.Length > 12 ? chunk[..12] + " " : chunk + " ") && chunk.StartsWith('<') ? chunk : "<p>" + chunk.Replace("\n", "<br>") + "</p>"));
    }

    // Yoast's and Rank Math's FAQ blocks as the FAQ section SiteGen reads: an FAQ heading, its questions as subheadings.
    private static void FaqBlocks(IElement body)
    {
        var document = body.Owner!;
        foreach (var block in body.QuerySelectorAll(".schema-faq, .rank-math-faq, .wp-block-rank-math-faq-block").ToList())
        {
            var replacement = document.CreateElement("div");
            var heading = document.CreateElement("h2");
            heading.TextContent = "FAQ";
            replacement.AppendChild(heading);
            foreach (var entry in block.QuerySelectorAll(".schema-faq-section, .rank-math-faq-item"))
            {
                var question = entry.QuerySelector(".schema-faq-question, .rank-math-question");
                var answer = entry.QuerySelector(".schema-faq-answer, .rank-math-answer");
                if (question is null || answer is null) continue;
                var h3 = document.CreateElement("h3");
                h3.TextContent = question.TextContent.Trim();
                var p = document.CreateElement("div");
                p.InnerHtml = answer.InnerHtml;
                replacement.AppendChild(h3);
                replacement.AppendChild(p);
            }
            block.Replace(replacement);
        }
    }

    // "https://old.example.org/2023/04/trust/" → "/2023/04/trust/".
    private static string? Path(string link) => Uri.TryCreate(link, UriKind.Absolute, out var uri) ? uri.AbsolutePath : null;

    private static string Plain(string html) =>
        string.Join(' ', (new HtmlParser().ParseDocument("<body>" + html + "</body>").Body?.TextContent ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
