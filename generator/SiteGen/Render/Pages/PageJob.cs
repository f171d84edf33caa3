using SiteGen.Render.Views;

namespace SiteGen.Render.Pages;

/// <summary>
/// One page to render: where it goes, which layouts may render it (most specific first), and the
/// variables its layout sees besides <c>site</c> and <c>page</c>.
/// </summary>
/// <param name="SourceFile">The content file the page shows, if any: errors about its layout are reported there.</param>
/// <param name="BodyHtml">The document's body, to tell links of the content from links of the theme.</param>
/// <param name="Optional">When true, a missing layout skips the page instead of failing the build.</param>
public sealed record PageJob(
    string OutputPath,
    IReadOnlyList<string> Layouts,
    PageInfoView Info,
    PageVariables Variables,
    string? SourceFile = null,
    Model.CompactText? BodyHtml = null,
    bool Optional = false)
{
    /// <summary>The code of the language whose site the page belongs to (its <c>site</c> and words); null for the default language.</summary>
    public string? Language { get; init; }

    /// <summary>What the page is in every language ("home", "topic:trust", "article:trust"), shared by its translations; null for a page never translated.</summary>
    public string? TranslationOf { get; init; }
}
