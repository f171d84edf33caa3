using SiteGen.Diagnostics;
using SiteGen.Load;
using SiteGen.Model;
using SiteGen.Parse;
using SiteGen.Parse.Markdown;

namespace SiteGen.Build;

/// <summary>
/// The parse stages of a build: front matter of every document first (so every URL is known), then
/// the Markdown of every document in parallel, with links between them resolved.
/// </summary>
public static class ContentParser
{
    /// <summary>Front matter of articles and pages, drafts left out unless wanted, clashing paths reported.</summary>
    public static (IReadOnlyList<SourceDocument> Published, IReadOnlySet<string> Unpublished) ReadFrontMatter(LoadedContent content, bool includeDrafts, ErrorList errors)
    {
        var articles = FrontMatterReader.ReadAll(content.Articles, DocumentKind.Article, errors);
        var pages = FrontMatterReader.ReadAll(content.Pages, DocumentKind.Page, errors);
        var unpublished = articles.Concat(pages).Where(d => d.Front.Draft && !includeDrafts).Select(d => d.SourcePath).ToHashSet(StringComparer.Ordinal);
        var published = articles.Concat(pages).Where(d => !unpublished.Contains(d.SourcePath)).ToList();
        return (PathConflicts.Resolve(published, errors), unpublished);
    }

    public static ParsedContent ConvertMarkdown(ParsedSiteConfig config, IReadOnlyList<SourceDocument> documents, IReadOnlySet<string> unpublished, LoadedContent content, ErrorList errors)
    {
        var links = new SiteLinks(
            config.Config,
            documents.ToDictionary(d => d.SourcePath, d => d.SitePath, StringComparer.Ordinal),
            unpublished,
            content.Files.Select(f => f.OutputPath).ToHashSet(StringComparer.Ordinal));
        var markdown = new MarkdownConverter(config.Config.AllowRawHtml, config.Config.BaseUrl);
        var converter = new DocumentConverter(markdown, links, errors);

        var converted = new Document[documents.Count];
        Parallel.For(0, documents.Count, i => converted[i] = documents[i].Kind == DocumentKind.Article
            ? converter.ToArticle(documents[i])
            : converter.ToPage(documents[i]));

        var siteConfig = config.Config;
        if (config.DisclaimerMarkdown is { } disclaimer && content.SiteConfig is { } file)
        {
            var origin = new MarkdownOrigin(ContentLoader.SiteConfigName, file.DisplayPath, config.DisclaimerLine);
            siteConfig = siteConfig with { DisclaimerHtml = markdown.ConvertFragment(disclaimer, origin, links, errors).Html };
        }
        return new ParsedContent(siteConfig, converted.OfType<Article>().ToList(), converted.OfType<Page>().ToList());
    }
}
