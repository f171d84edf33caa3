namespace SiteGen.Render.Templates;

/// <summary>
/// What one page's render may use, so that no template can hang or exhaust a build through its own logic.
/// </summary>
/// <param name="Iterations">Scriban's loop budget: the iterations of one top-level loop together with every loop nested in it.</param>
/// <param name="Depth">Nested calls of functions and includes.</param>
/// <param name="OutputChars">Characters of one layout's output.</param>
public sealed record TemplateLimits(int Iterations, int Depth, int OutputChars)
{
    /// <summary>Scriban's own budget, for templates that have no site to loop over.</summary>
    public static readonly TemplateLimits Default = new(1000, 100, 64 * 1024 * 1024);

    /// <summary>
    /// The limits for a site: Scriban's 1,000 iterations are for untrusted templates, and a layout loops over
    /// every article and every question. The budget grows with the site, room for layouts that nest a few
    /// loops over it, and stays small enough that a runaway loop fails in well under a second.
    /// </summary>
    /// <param name="items">Articles, pages, topics and questions of the site.</param>
    public static TemplateLimits For(int items) => Default with { Iterations = (int)Math.Min(int.MaxValue, 100_000 + 100L * items) };
}
