using System.Globalization;
using SiteGen.Model;
using SiteGen.Parse;

namespace SiteGen.Tests;

/// <summary>Small in-memory sites for testing the parts that read the model.</summary>
internal static class SampleSites
{
    public static SiteConfig Config(string baseUrl = "https://example.org/blog/") => new()
    {
        Title = "Harbor Recovery",
        Description = "Support for people in recovery and their families.",
        BaseUrl = baseUrl,
        Organization = new Organization("Harbor Recovery Center", "+1 555 0100", "https://example.org/", "1 Main St", "images/logo.png"),
    };

    public static DateTimeOffset Date(string iso) => DateTimeOffset.Parse(iso, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);

    public static Article Article(string slug, string date, string? updated = null, string[]? topics = null,
        FaqEntry[]? faq = null, string[]? aliases = null, string? body = null, string? author = null,
        string? reviewedBy = null, string? reviewedOn = null, string? image = null, string? title = null) => new()
    {
        SourcePath = $"articles/{slug}.md",
        Slug = slug,
        Title = title ?? $"Article {slug}",
        Description = $"About {slug}.",
        Summary = $"About {slug}.",
        BodyHtml = new CompactText(body ?? $"<p>Body of {slug}.</p>"),
        Date = Date(date),
        Updated = updated is null ? null : Date(updated),
        Topics = topics ?? [],
        Faq = faq ?? [],
        Aliases = Aliases(aliases),
        Author = author,
        ReviewedBy = reviewedBy,
        ReviewedOn = reviewedOn is null ? null : Date(reviewedOn),
        Image = image,
        WordCount = 300,
    };

    public static FaqEntry Question(string question, string answer, string anchor) =>
        new(question, $"<p>{answer}</p>", answer, anchor);

    /// <summary>A site of the given articles, newest first, with one topic per slug the articles name.</summary>
    public static Site Site(SiteConfig config, params Article[] articles) => Site(config, [], articles);

    public static Site Site(SiteConfig config, Page[] pages, params Article[] articles)
    {
        var ordered = articles.OrderByDescending(a => a.Date).ThenBy(a => a.Slug, StringComparer.Ordinal).ToList();
        var topics = ordered.SelectMany(a => a.Topics).Distinct().Order(StringComparer.Ordinal)
            .Select(slug => new Topic(slug, Name(slug), ordered.Where(a => a.Topics.Contains(slug)).ToList()))
            .ToList();
        return new Site
        {
            Config = config,
            Articles = ordered,
            Pages = pages,
            Topics = topics,
            Related = _ => [],
        };
    }

    public static Page Page(string slug, Dictionary<string, object?>? extra = null, string[]? aliases = null) => new()
    {
        SourcePath = $"pages/{slug}.md",
        Slug = slug,
        Title = $"Page {slug}",
        BodyHtml = new CompactText("<p>Page.</p>"),
        Extra = extra ?? new Dictionary<string, object?>(),
        Aliases = Aliases(aliases),
    };

    private static List<Alias> Aliases(string[]? aliases) =>
        aliases?.Select(a => new Alias(AliasPath.Normalize(a, out _)!, 1, 1)).ToList() ?? [];

    /// <summary>A generated file's text.</summary>
    public static string Text(SiteGen.Write.OutputFile file) => System.Text.Encoding.UTF8.GetString(file.Content.Span);

    private static string Name(string slug) => CultureInfo.InvariantCulture.TextInfo.ToTitleCase(slug.Replace('-', ' '));
}
