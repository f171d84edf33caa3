using System.Globalization;
using SiteGen.Model;

namespace SiteGen.Tests.Render;

/// <summary>Site models for render tests, built directly: a site under a sub-path with a helpline, menu and disclaimer.</summary>
internal static class RenderSamples
{
    public static SiteConfig Config(string baseUrl = "https://example.org/help/", int perPage = 10) => new()
    {
        Title = "Open Door Recovery",
        Description = "Plain answers for people in recovery and the people who love them.",
        BaseUrl = baseUrl,
        Helpline = new Helpline("Talk to someone now, free and confidential", "+1 (555) 010-0199", "Every day, 8am to 10pm"),
        DisclaimerHtml = "<p>This site does not give <strong>medical advice</strong>.</p>",
        Menu = [new MenuItem("About", "about/", Line: 12, Column: 10), new MenuItem("Find a meeting", "https://meetings.example.net/")],
        ArticlesPerPage = perPage,
    };

    public static Article Article(string slug, int day, string[]? topics = null, string? title = null, string? body = null,
        FaqEntry[]? faq = null, TocEntry[]? toc = null, string? reviewedBy = null) => new()
    {
        SourcePath = $"articles/{slug}.md",
        Slug = slug,
        Title = title ?? $"On {slug}",
        Description = $"What to know about {slug}.",
        Summary = $"What to know about {slug}.",
        BodyHtml = new CompactText(body ?? $"<h2 id=\"start\">Start</h2><p>About {slug}.</p>"),
        Toc = toc ?? [new TocEntry(2, "Start", "start")],
        Date = new DateTimeOffset(2025, 3, day, 9, 0, 0, TimeSpan.Zero),
        Updated = new DateTimeOffset(2025, 4, day, 9, 0, 0, TimeSpan.Zero),
        Author = "Dana Whitfield",
        ReviewedBy = reviewedBy,
        ReviewedOn = reviewedBy is null ? null : new DateTimeOffset(2025, 5, 1, 0, 0, 0, TimeSpan.Zero),
        Topics = topics ?? ["family"],
        Faq = faq ?? [],
        WordCount = 880,
    };

    public static Page Page(string slug, string? layout = null) => new()
    {
        SourcePath = $"pages/{slug}.md",
        Slug = slug,
        Title = CultureInfo.InvariantCulture.TextInfo.ToTitleCase(slug),
        BodyHtml = new CompactText($"<p>The {slug} page.</p>"),
        Layout = layout,
    };

    /// <summary>A site of the given articles (any order), its topics taken from them, related articles by shared topics.</summary>
    public static Site Site(SiteConfig config, IReadOnlyList<Article> articles, IReadOnlyList<Page>? pages = null)
    {
        var newestFirst = articles.OrderByDescending(a => a.Date).ThenBy(a => a.Slug, StringComparer.Ordinal).ToList();
        var topics = newestFirst.SelectMany(a => a.Topics).Distinct().Order(StringComparer.Ordinal)
            .Select(slug => new Topic(slug, char.ToUpperInvariant(slug[0]) + slug[1..], newestFirst.Where(a => a.Topics.Contains(slug)).ToList()))
            .ToList();
        return new Site
        {
            Config = config,
            Articles = newestFirst,
            Pages = pages ?? [Page("about")],
            Topics = topics,
            Related = article => newestFirst.Where(a => a != article && a.Topics.Intersect(article.Topics).Any()).ToList(),
        };
    }
}
