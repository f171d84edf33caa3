using SiteGen.Model;

namespace SiteGen.Parse.Markdown;

/// <summary>What a link in Markdown can point to: the site's documents by source path, and the files under content/.</summary>
/// <param name="Documents">Source paths relative to content/ (articles/x.md) to site paths (articles/x/).</param>
/// <param name="Unpublished">Source paths of drafts left out of this build.</param>
/// <param name="Files">Paths relative to content/ of the files copied to the site.</param>
/// <param name="ContentFolder">The content folder as errors name it (the folder given to --source), so an editor can open the file a link should point to.</param>
public sealed record SiteLinks(
    SiteConfig Config,
    IReadOnlyDictionary<string, string> Documents,
    IReadOnlySet<string> Unpublished,
    IReadOnlySet<string> Files,
    string ContentFolder = "content")
{
    /// <summary>Source paths of documents that exist but could not be read (their errors are reported): links to them are not errors too.</summary>
    public IReadOnlySet<string> Broken { get; init; } = new HashSet<string>();

    /// <summary>Articles left out because they are dated later than the build, with their date.</summary>
    public IReadOnlyDictionary<string, DateTimeOffset> Scheduled { get; init; } = new Dictionary<string, DateTimeOffset>();

    /// <summary>Articles taken down because their <c>expires</c> has passed, with that date.</summary>
    public IReadOnlyDictionary<string, DateTimeOffset> Expired { get; init; } = new Dictionary<string, DateTimeOffset>();

    /// <summary>Articles dated later than the build that it publishes all the same (--future, the preview): they show a mark.</summary>
    public IReadOnlySet<string> ShownEarly { get; init; } = new HashSet<string>();

    /// <summary>What is wrong with the image file at a content path (not an image, cut short, too many pixels), or null: a link showing it is an error.</summary>
    public Func<string, string?>? ImageProblem { get; init; }

    /// <summary>A path relative to the content folder as errors show it: content/articles/x.md.</summary>
    public string Display(string contentPath) => $"{ContentFolder.TrimEnd('/')}/{contentPath}";
}

/// <summary>Where a piece of Markdown comes from, so its relative links resolve and its errors point at the file.</summary>
/// <param name="SourcePath">The document's path relative to content/, e.g. articles/x.md.</param>
/// <param name="FirstLine">The 1-based file line of the Markdown's first line.</param>
public sealed record MarkdownOrigin(string SourcePath, string DisplayPath, int FirstLine);
