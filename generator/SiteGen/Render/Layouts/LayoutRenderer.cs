using SiteGen.Diagnostics;
using SiteGen.Render.Pages;
using SiteGen.Render.Themes;
using SiteGen.Render.Views;
using SiteGen.Templates;
using SiteGen.Templates.Loading;
using SiteGen.Templates.Runtime;

namespace SiteGen.Render.Layouts;

/// <summary>
/// Renders a page: its layout first, then the base layout around it with the result as <c>content</c>.
/// Each render gets its own context, so pages can render on any thread; parsed templates are shared.
/// </summary>
internal sealed class LayoutRenderer(Theme theme, SiteView site, ErrorList errors)
{
    public const string BaseLayout = "base";

    private readonly TemplateCache _cache = new(errors);
    private readonly ThemeTemplateLoader _loader = new(theme);
    private readonly IncludeCache _partials = new();
    private readonly ReportedOnce _reported = new(errors);

    /// <summary>The page's HTML, or null when its layout is missing or fails (the error is reported).</summary>
    public string? Render(PageJob job, string layoutPath, string baseLayoutPath)
    {
        var layout = _cache.Get(layoutPath);
        var baseLayout = _cache.Get(baseLayoutPath);
        if (layout is null || baseLayout is null) return null;
        try
        {
            var variables = Variables(job);
            string content = layout.Render(ContextWith(variables));
            variables["content"] = content;
            return baseLayout.Render(ContextWith(variables));
        }
        catch (ScriptRuntimeException e)
        {
            // A mistake in a layout fails on every page that uses it: report it once.
            _reported.Add(TemplateErrors.Of(e));
            return null;
        }
    }

    private ScriptObject Variables(PageJob job)
    {
        var variables = new ScriptObject();
        variables["site"] = site;
        variables["page"] = job.Info;
        foreach (var (name, value) in job.Variables) variables[name] = value;
        return variables;
    }

    private TemplateContext ContextWith(ScriptObject variables)
    {
        var context = new TemplateContext
        {
            StrictVariables = true,
            TemplateLoader = _loader,
            IncludeCache = _partials,
            // Our layouts loop over the whole site (every article, every question): the default limit of
            // 1000 iterations is for untrusted templates, not for a site of thousands of pages.
            LoopLimit = 0,
        };
        context.PushGlobal(variables);
        return context;
    }
}
