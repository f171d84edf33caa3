namespace SiteGen.Model;

/// <summary>An article of content/articles/, with its front matter and rendered body.</summary>
public sealed class Article : Document
{
    public required DateTimeOffset Date { get; init; }
    public DateTimeOffset? Updated { get; init; }

    /// <summary>Topic slugs in the order the front matter gives them.</summary>
    public IReadOnlyList<string> Topics { get; init; } = [];

    public string? Author { get; init; }
    public string? ReviewedBy { get; init; }
    public DateTimeOffset? ReviewedOn { get; init; }
    public bool Draft { get; init; }

    /// <summary>Dated later than the build, and published ahead of its date all the same (<c>--future</c>, the live preview).</summary>
    public bool Scheduled { get; init; }

    /// <summary>The article speaks of suicide, self-harm, overdose or wanting to die (see <see cref="Checks.Rules.CrisisSafety"/>).</summary>
    public bool MentionsCrisis { get; init; }

    /// <summary>Questions from front matter, then from the body's FAQ section, in order.</summary>
    public IReadOnlyList<FaqEntry> Faq { get; init; } = [];

    /// <summary>The preview image as a site path (images/x.jpg): a file under content/, never another site.</summary>
    public string? Image { get; init; }
    public string? ImageAlt { get; init; }

    public int WordCount { get; init; }

    /// <summary>Minutes to read at about 220 words a minute, at least 1.</summary>
    public int ReadingMinutes => Math.Max(1, (int)Math.Round(WordCount / 220.0));

    /// <summary>A plain-text summary: the description, or the start of the body.</summary>
    public string Summary { get; init; } = "";

    /// <summary>The date readers see as last changed: <see cref="Updated"/> when given, else <see cref="Date"/>.</summary>
    public DateTimeOffset LastModified => Updated ?? Date;

    public override string Path => $"{LanguagePrefix}articles/{Slug}/";
}
