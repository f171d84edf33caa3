namespace SiteGen.Safety;

/// <summary>
/// Numbers past which content is a mistake, not writing: a limit turns what would be minutes of build and gigabytes of
/// pages into an error at the place. docs/security.md lists them.
/// </summary>
public static class ContentLimits
{
    /// <summary>Headings in one article or page (a long guide has fifty).</summary>
    public const int MaxHeadings = 1_000;

    /// <summary>Topics of one article: each is a page of its own that lists the article.</summary>
    public const int MaxTopicsPerArticle = 50;

    /// <summary>Questions in one article's front matter.</summary>
    public const int MaxFaqEntries = 200;

    public const string TooDeep =
        "Markdown nested too deeply to publish (lists, quotes, brackets or emphasis inside each other hundreds of times)";
}
