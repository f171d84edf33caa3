namespace SiteGen.Init;

/// <summary>Where a new site is published from, which decides the deploy file <c>sitegen init</c> adds.</summary>
public enum StarterHost { None, Github, Netlify, Cloudflare }

/// <summary>What <c>sitegen init</c> fills into the starter site.</summary>
/// <param name="BaseUrl">Already checked and normalized (see <see cref="Parse.BaseUrl"/>).</param>
/// <param name="Phone">The organization's own number, already checked; null to leave it for the editor.</param>
/// <param name="Today">The date the example article is dated and reviewed on.</param>
/// <param name="Version">The SiteGen version the deploy files install.</param>
public sealed record StarterOptions(string Title, string BaseUrl, string? Phone, StarterHost Host, DateOnly Today, string Version);
