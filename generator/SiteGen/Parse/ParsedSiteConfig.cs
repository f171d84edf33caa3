using SiteGen.Model;

namespace SiteGen.Parse;

/// <summary>site.yml read and checked; the disclaimer is still Markdown until the Markdown pipeline exists.</summary>
/// <param name="DisclaimerLine">The file line where the disclaimer's text starts, for link errors inside it.</param>
public sealed record ParsedSiteConfig(SiteConfig Config, string? DisclaimerMarkdown, int DisclaimerLine);
