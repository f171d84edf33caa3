using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using SiteGen.Parse;

namespace SiteGen.Import;

/// <summary>An image a saved page shows: where the file is on disk, and where it goes in the content folder.</summary>
public sealed record ImageCopy(string From, string To);

/// <summary>A saved page as a draft article, the images to copy with it, and what was left out.</summary>
public sealed record HtmlImportResult(ImportedArticle Article, IReadOnlyList<ImageCopy> Images, IReadOnlyList<string> Problems);

/// <summary>
/// A page saved from a browser as a draft article. The article is found (the <c>article</c> element with the most
/// text, else <c>main</c>, else the block with the most paragraph text), with navigation, headers, footers, sidebars
/// and cookie banners left out; its title is the first <c>h1</c> (else the page's <c>title</c>, without the site's
/// name after a separator), its date a <c>time</c> element's or a published-time meta tag's. Links are made absolute
/// from the page's own address (its canonical link) or kept as text; images beside the saved page are copied under
/// images/&lt;slug&gt;/, and any other is left out and listed, since the site may load nothing from elsewhere.
/// </summary>
public static class HtmlImport
{
    private static readonly string[] Furniture =
        ["nav", "header", "footer", "aside", "form", "[role=navigation]", "[role=banner]", "[role=contentinfo]", "[role=complementary]",
         "[id*=cookie i]", "[class*=cookie i]", "[id*=consent i]", "[class*=consent i]", "[class*=sidebar i]", "[class*=share i]",
         "[class*=breadcrumb i]", "[id*=comments i]", "[class*=comments i]", "[class*=related i]", "[class*=byline i]",
         "[class~=meta i]", "[class*=entry-meta i]", "[class*=post-meta i]"];

    /// <param name="file">The saved page's path: images are looked for beside it.</param>
    /// <param name="fileDate">The date to give the draft when the page names none.</param>
    public static HtmlImportResult? Convert(string html, string file, DateOnly fileDate)
    {
        var page = new HtmlParser().ParseDocument(html);
        var problems = new List<string>();
        Uri? address = Uri.TryCreate(page.QuerySelector("link[rel=canonical]")?.GetAttribute("href")
            ?? page.QuerySelector("meta[property='og:url']")?.GetAttribute("content"), UriKind.Absolute, out var found) ? found : null;
        var date = Date(page) ?? fileDate;
        var root = ArticleOf(page);
        if (root is null) return null;
        foreach (var furniture in Furniture.SelectMany(root.QuerySelectorAll).ToList()) furniture.Remove();
        var h1 = root.QuerySelector("h1");
        string title = Clean(h1?.TextContent) ?? TitleOf(page) ?? "";
        if (title.Length == 0) return null;
        h1?.Remove();
        string slug = Slugs.From(title);
        var images = new List<ImageCopy>();
        string folder = Path.GetDirectoryName(Path.GetFullPath(file))!;
        var markdown = new HtmlMarkdown(
            href => Link(href, address, problems),
            src => Image(src, folder, slug, images, problems));
        string body = markdown.Convert(root);
        foreach (string dropped in markdown.Dropped) problems.Add($"left out: {dropped} (it would load another site, run a program or track readers)");
        string text = DraftText.Of(
            "Imported from a saved page. Still to fill in: topics, a description (one or two sentences for search\n"
            + "results), who reviewed it and when; check the date; then remove draft: true.",
            title, date, address is null ? [] : [address.AbsolutePath], body);
        return new HtmlImportResult(new ImportedArticle(title, slug, text), images, problems);
    }

    private static IElement? ArticleOf(IDocument page)
    {
        var article = page.QuerySelectorAll("article").OrderByDescending(a => a.TextContent.Length).FirstOrDefault();
        if (article is not null) return article;
        if (page.QuerySelector("main") is { } main) return main;
        // The block whose own paragraphs hold the most text.
        return page.QuerySelectorAll("div, section, body")
            .OrderByDescending(b => b.Children.Where(c => c.LocalName == "p").Sum(p => p.TextContent.Length))
            .FirstOrDefault();
    }

    private static DateOnly? Date(IDocument page)
    {
        string? written = page.QuerySelector("article time[datetime], time[datetime]")?.GetAttribute("datetime")
            ?? page.QuerySelector("meta[property='article:published_time'], meta[name=date]")?.GetAttribute("content");
        return written is not null && DateValue.TryParse(written.Trim(), out var date) ? DateOnly.FromDateTime(date.UtcDateTime) : null;
    }

    // "Rebuilding Trust | Cedar Hollow" is the article "Rebuilding Trust".
    private static string? TitleOf(IDocument page)
    {
        string? title = Clean(page.Title);
        if (title is null) return null;
        foreach (string separator in new[] { " | ", " – ", " — ", " - ", " :: " })
            if (title.IndexOf(separator, StringComparison.Ordinal) is var at and > 0) return title[..at].Trim();
        return title;
    }

    private static string? Clean(string? text) =>
        string.IsNullOrWhiteSpace(text) ? null : string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static string? Link(string href, Uri? address, List<string> problems)
    {
        if (href.StartsWith('#')) return null;
        if (HasScheme(href) && Uri.TryCreate(href, UriKind.Absolute, out var absolute))
            return absolute.Scheme is "http" or "https" or "mailto" or "tel" ? href : null;
        if (address is not null && Uri.TryCreate(address, href, out var resolved)) return resolved.AbsoluteUri;
        problems.Add($"link '{href}' kept as text: the page does not say its own address, so where it led is not known");
        return null;
    }

    // "https://…", "mailto:…": a scheme before any '/' (on Linux, "/blog/x/" would pass for a file:// address).
    internal static bool HasScheme(string url)
    {
        int colon = url.IndexOf(':');
        return colon > 0 && url.IndexOf('/') is var slash && (slash < 0 || colon < slash);
    }

    private static string? Image(string src, string folder, string slug, List<ImageCopy> images, List<string> problems)
    {
        if (src.StartsWith("//", StringComparison.Ordinal) || (HasScheme(src) && Uri.TryCreate(src, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https"))
        {
            problems.Add($"image to fetch: {src} (a page may load nothing from another site: save it under images/{slug}/ and add it back)");
            return null;
        }
        string path = Uri.UnescapeDataString(src.Split('?', '#')[0]).TrimStart('/');
        string full = Path.GetFullPath(Path.Combine(folder, path));
        // Only what was saved with the page, beside it: a path that leads elsewhere on the disk is not followed.
        if (HasScheme(src) || !Write.OutputSafety.IsInside(full, folder) || !File.Exists(full))
        {
            problems.Add($"image not found beside the page: {src}");
            return null;
        }
        string name = Path.GetFileName(full);
        images.Add(new ImageCopy(full, $"images/{slug}/{name}"));
        return $"../images/{slug}/{name}";
    }
}
