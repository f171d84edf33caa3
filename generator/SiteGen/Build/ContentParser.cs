using SiteGen.Diagnostics;
using SiteGen.Load;
using SiteGen.Model;
using SiteGen.Parse;
using SiteGen.Parse.Markdown;
using SiteGen.Build.Incremental;
using SiteGen.Render.Dependencies;

namespace SiteGen.Build;

/// <summary>
/// The parse stages of a build: front matter of every document first (so every URL is known), then
/// the Markdown of every document in parallel, with links between them resolved.
/// </summary>
public static class ContentParser
{
    /// <summary>Front matter of articles and pages, drafts and scheduled articles left out unless wanted, clashing paths reported.</summary>
    /// <param name="cache">Results of earlier builds to reuse for unchanged files, or null to read every file.</param>
    /// <param name="themeNames">The first path segments of the theme's assets, which page slugs may not take.</param>
    public static (IReadOnlyList<SourceDocument> Published, LeftOut LeftOut) ReadFrontMatter(LoadedContent content, Publication publication, ErrorList errors,
        SourceCache? cache = null, IReadOnlySet<string>? themeNames = null)
    {
        var articles = ReadAll(content.Articles, DocumentKind.Article, errors, cache);
        var pages = ReadAll(content.Pages, DocumentKind.Page, errors, cache);
        var all = articles.Concat(pages).ToList();
        var future = articles.Where(d => d.Front.Date > publication.Now && !(d.Front.Draft && !publication.IncludeDrafts)).ToDictionary(d => d.SourcePath, d => d.Front.Date!.Value, StringComparer.Ordinal);
        var expired = articles.Where(d => d.Front.Expires <= publication.Now).ToList();
        var unpublished = all.Where(d => (d.Front.Draft && !publication.IncludeDrafts) || (future.ContainsKey(d.SourcePath) && !publication.IncludeFuture))
            .Select(d => d.SourcePath).Concat(expired.Select(d => d.SourcePath)).ToHashSet(StringComparer.Ordinal);
        var scheduled = future.Where(f => unpublished.Contains(f.Key)).ToDictionary(StringComparer.Ordinal);
        var shownEarly = future.Keys.Where(path => !unpublished.Contains(path)).ToHashSet(StringComparer.Ordinal);
        var published = all.Where(d => !unpublished.Contains(d.SourcePath)).ToList();
        return (PathConflicts.Resolve(published, errors, themeNames), new LeftOut(unpublished, scheduled, shownEarly, expired));
    }

    private static IReadOnlyList<SourceDocument> ReadAll(IReadOnlyList<ContentSource> sources, DocumentKind kind, ErrorList errors, SourceCache? cache)
    {
        if (cache is null) return FrontMatterReader.ReadAll(sources, kind, errors);
        var documents = new SourceDocument?[sources.Count];
        Parallel.For(0, sources.Count, i => documents[i] = cache.ReadFrontMatter(sources[i], kind, errors));
        return documents.OfType<SourceDocument>().ToList();
    }

    /// <param name="cache">Conversions of earlier builds to reuse for unchanged documents, or null to convert every one.</param>
    /// <param name="reservedIds">Ids the theme's elements use, kept from heading ids.</param>
    /// <param name="bodyParsed">Shown each body converted (not those reused from the cache) once parsed.</param>
    /// <param name="spill">Where a large build keeps the bodies' HTML; null to hold it in memory.</param>
    public static ParsedContent ConvertMarkdown(ParsedSiteConfig config, IReadOnlyList<SourceDocument> documents, LeftOut leftOut, LoadedContent content, ErrorList errors,
        SourceCache? cache = null, ReservedIds? reservedIds = null, Func<string, string?>? imageProblem = null,
        Action<SourceDocument, Markdig.Syntax.MarkdownDocument>? bodyParsed = null, TextSpill? spill = null)
    {
        var links = Links(config, documents, leftOut, content, imageProblem);
        var markdown = new MarkdownConverter(config.Config.AllowRawHtml, config.Config.BaseUrl, config.Config.AllowContentScripts, reservedIds, spill);
        CheckLinksOfBroken(content, links, markdown, errors);
        var converter = new DocumentConverter(markdown, links, errors, bodyParsed);

        var converted = new Document[documents.Count];
        if (cache is null)
            Parallel.For(0, documents.Count, i => converted[i] = Convert(converter, documents[i]));
        else
        {
            ulong key = LinkTargets(config, content, documents, leftOut, links.Broken, reservedIds ?? ReservedIds.None);
            Parallel.For(0, documents.Count, i => converted[i] = cache.Convert(documents[i], key,
                own => Convert(new DocumentConverter(markdown, links, own, bodyParsed), documents[i]), errors));
        }

        var siteConfig = config.Config;
        if (content.SiteConfig is { } file)
        {
            string? Convert(string? disclaimer, int line) => disclaimer is null ? null
                : markdown.ConvertFragment(disclaimer, new MarkdownOrigin(ContentLoader.SiteConfigName, file.DisplayPath, line), links, errors).Html;
            siteConfig = siteConfig with { DisclaimerHtml = Convert(config.DisclaimerMarkdown, config.DisclaimerLine) };
            // A language without a disclaimer of its own shows the default language's.
            siteConfig = siteConfig with
            {
                OtherLanguages = siteConfig.OtherLanguages.Select(language => language with
                {
                    DisclaimerHtml = config.OtherDisclaimers.FirstOrDefault(d => d.LanguagePrefix == language.LanguagePrefix) is { } own
                        ? Convert(own.Markdown, own.Line) : siteConfig.DisclaimerHtml,
                }).ToList(),
            };
        }
        return new ParsedContent(siteConfig, converted.OfType<Article>().ToList(), converted.OfType<Page>().ToList())
        {
            Retired = leftOut.Expired.Select(d => Retire(d, links, errors)).ToList(),
        };
    }

    /// <summary>
    /// What <see cref="ConvertMarkdown"/> reports (links, images, raw HTML, the disclaimer), without making any HTML:
    /// <c>sitegen check</c>'s account of content that would not build.
    /// </summary>
    /// <param name="bodyParsed">Shown each body once parsed, before its links are rewritten.</param>
    public static void InspectMarkdown(ParsedSiteConfig config, IReadOnlyList<SourceDocument> documents, LeftOut leftOut, LoadedContent content, ErrorList errors,
        Action<SourceDocument, Markdig.Syntax.MarkdownDocument> bodyParsed)
    {
        var links = Links(config, documents, leftOut, content, imageProblem: null);
        var markdown = new MarkdownConverter(config.Config.AllowRawHtml, config.Config.BaseUrl, config.Config.AllowContentScripts);
        CheckLinksOfBroken(content, links, markdown, errors);
        var converter = new DocumentConverter(markdown, links, errors, bodyParsed);
        Parallel.ForEach(documents, converter.Inspect);
        if (content.SiteConfig is { } file)
            foreach (var (disclaimer, line) in config.OtherDisclaimers.Select(d => ((string?)d.Markdown, d.Line)).Prepend((config.DisclaimerMarkdown, config.DisclaimerLine)))
                if (disclaimer is not null) markdown.Inspect(disclaimer, new MarkdownOrigin(ContentLoader.SiteConfigName, file.DisplayPath, line), links, errors);
    }

    // Where every document and file is published, and which are left out: what links are checked against.
    private static SiteLinks Links(ParsedSiteConfig config, IReadOnlyList<SourceDocument> documents, LeftOut leftOut, LoadedContent content,
        Func<string, string?>? imageProblem)
    {
        var unpublished = leftOut.Unpublished;
        return new SiteLinks(
            config.Config,
            documents.ToDictionary(d => d.SourcePath, d => d.SitePath, StringComparer.Ordinal),
            unpublished,
            content.Files.Select(f => f.OutputPath).ToHashSet(StringComparer.Ordinal),
            SourcePath.Display(content.ContentFolder))
        {
            Broken = Broken(content, documents, unpublished),
            Scheduled = leftOut.Scheduled,
            Expired = leftOut.Expired.ToDictionary(d => d.SourcePath, d => d.Front.Expires!.Value, StringComparer.Ordinal),
            ShownEarly = leftOut.ShownEarly,
            ImageProblem = imageProblem,
        };
    }

    // Documents whose front matter has errors (reported already): they exist, so a link to one is no error of its own.
    private static HashSet<string> Broken(LoadedContent content, IReadOnlyList<SourceDocument> documents, IReadOnlySet<string> unpublished)
    {
        var read = documents.Select(d => d.SourcePath).ToHashSet(StringComparer.Ordinal);
        return content.Articles.Concat(content.Pages).Select(s => s.RelativePath)
            .Where(path => !read.Contains(path) && !unpublished.Contains(path)).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>
    /// A document whose front matter has errors is not published, but its body's own link and image errors are
    /// reported in the same run, not held back until the front matter is fixed. Such files are few: each is read again here.
    /// </summary>
    private static void CheckLinksOfBroken(LoadedContent content, SiteLinks links, MarkdownConverter markdown, ErrorList errors)
    {
        var broken = content.Articles.Concat(content.Pages).Where(s => links.Broken.Contains(s.RelativePath)).ToList();
        Parallel.ForEach(broken, source =>
        {
            // The file's own reading errors were reported when its front matter was read.
            var reported = new ErrorList();
            using var text = ContentLoader.ReadPooled(source.FullPath, source.DisplayPath, reported);
            if (text is null || FrontMatterSplitter.Split(source.DisplayPath, text.Span, reported) is not { } split) return;
            markdown.ConvertFragment(split.Body, new MarkdownOrigin(source.RelativePath, source.DisplayPath, split.BodyFirstLine), links, errors);
        });
    }

    // An expired article's redirect is written as a link is, and must lead to a page of this site that exists.
    private static RetiredArticle Retire(SourceDocument document, SiteLinks links, ErrorList errors)
    {
        var front = document.Front;
        string? redirectTo = null;
        if (front.ExpiredRedirect is { Length: > 0 } written)
        {
            var (url, problem) = LinkResolver.IsExternal(written)
                ? (written, "expired_redirect must lead to a page of this site")
                : LinkResolver.Rewrite(written, isImage: false, document.SourcePath, links);
            string basePath = links.Config.BasePath;
            if (problem is null && !url.StartsWith(basePath, StringComparison.Ordinal)) problem = $"expired_redirect '{written}' is not a page of this site";
            if (problem is null) redirectTo = url[basePath.Length..];
            else errors.Add(document.DisplayPath, front.ExpiredRedirectLine, front.ExpiredRedirectColumn, problem);
        }
        return new RetiredArticle(document.SitePath, redirectTo, document.SourcePath, front.ExpiredRedirectLine, front.ExpiredRedirectColumn);
    }

    private static Document Convert(DocumentConverter converter, SourceDocument document) =>
        document.Kind == DocumentKind.Article ? converter.ToArticle(document) : converter.ToPage(document);

    // What converting one document looks up besides its own text: the settings, where every other
    // document and file is published, and which are left out.
    private static ulong LinkTargets(ParsedSiteConfig config, LoadedContent content, IReadOnlyList<SourceDocument> documents, LeftOut leftOut,
        IReadOnlySet<string> broken, ReservedIds reservedIds)
    {
        var fingerprint = Fingerprint.Create();
        foreach (string id in reservedIds.Exact.Order(StringComparer.Ordinal)) fingerprint.Add(id);
        foreach (string prefix in reservedIds.Prefixes) fingerprint.Add(prefix + "*");
        fingerprint.Add(content.SiteConfig?.Text);
        fingerprint.Add(config.Config.BaseUrl);
        fingerprint.Add(config.Config.AllowRawHtml ? 1 : 0);
        fingerprint.Add(config.Config.AllowContentScripts ? 1 : 0);
        foreach (var document in documents)
        {
            fingerprint.Add(document.SourcePath);
            fingerprint.Add(document.SitePath);
        }
        foreach (string path in leftOut.Unpublished.Order(StringComparer.Ordinal)) fingerprint.Add(path);
        foreach (string path in broken.Order(StringComparer.Ordinal)) fingerprint.Add(path);
        foreach (string path in leftOut.ShownEarly.Order(StringComparer.Ordinal)) fingerprint.Add(path);
        foreach (var file in content.Files) fingerprint.Add(file.OutputPath);
        return fingerprint.Value;
    }
}
