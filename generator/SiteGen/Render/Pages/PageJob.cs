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
    string? BodyHtml = null,
    bool Optional = false);
