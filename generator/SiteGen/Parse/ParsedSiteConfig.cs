using SiteGen.Model;

namespace SiteGen.Parse;

/// <summary>site.yml read and checked; the disclaimer is still Markdown until the Markdown pipeline exists.</summary>
/// <param name="DisclaimerLine">The file line where the disclaimer's text starts, for link errors inside it.</param>
/// <param name="ThemeAt">Where site.yml names its theme, for a theme that is not found; (1, 1) when it names none.</param>
public sealed record ParsedSiteConfig(SiteConfig Config, string? DisclaimerMarkdown, int DisclaimerLine, (int Line, int Column) ThemeAt = default)
{
    /// <summary>The disclaimers of the other languages that have one of their own, as Markdown.</summary>
    public IReadOnlyList<LanguageDisclaimer> OtherDisclaimers { get; init; } = [];
}

/// <param name="LanguagePrefix">The language's folder: "es/".</param>
/// <param name="Line">The file line where its text starts.</param>
public sealed record LanguageDisclaimer(string LanguagePrefix, string Markdown, int Line);
