using System.Text;
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
/// Each thread renders with a context of its own, so pages can render on any thread; parsed templates are shared.
/// </summary>
internal sealed class LayoutRenderer
{
    public const string BaseLayout = "base";

    private readonly TemplateCache _cache;
    private readonly ReportedOnce _reported;
    private readonly SiteView _site;
    private readonly ThreadLocal<RenderState> _threadState;

    public LayoutRenderer(Theme theme, SiteView site, ErrorList errors)
    {
        _site = site;
        _cache = new TemplateCache(errors);
        _reported = new ReportedOnce(errors);
        var loader = new ThemeTemplateLoader(theme);
        var partials = new IncludeCache();
        _threadState = new ThreadLocal<RenderState>(() => NewState(loader, partials));
    }

    /// <summary>The page's HTML, or null when its layout is missing or fails (the error is reported).</summary>
    /// <param name="observer">Told what the page reads and includes, when the build records dependencies.</param>
    public string? Render(PageJob job, string layoutPath, string baseLayoutPath, IRenderObserver? observer = null) =>
        RenderPage(job, layoutPath, baseLayoutPath, observer) ? _threadState.Value!.Output.ToString() : null;

    /// <summary>
    /// As <see cref="Render"/>, into a buffer of the calling thread, valid until that thread renders again: a
    /// page is encoded and read straight from it, so no page becomes a string of its own.
    /// </summary>
    public bool TryRender(PageJob job, string layoutPath, string baseLayoutPath, IRenderObserver? observer, out ReadOnlyMemory<char> html)
    {
        html = default;
        if (!RenderPage(job, layoutPath, baseLayoutPath, observer)) return false;
        var state = _threadState.Value!;
        int length = state.Output.Length;
        if (state.Page.Length < length) state.Page = new char[Math.Max(length, state.Page.Length * 2)];
        state.Output.CopyTo(0, state.Page, length);
        html = state.Page.AsMemory(0, length);
        return true;
    }

    // Leaves the page in the thread's output buffer.
    private bool RenderPage(PageJob job, string layoutPath, string baseLayoutPath, IRenderObserver? observer)
    {
        var layout = _cache.Get(layoutPath);
        var baseLayout = _cache.Get(baseLayoutPath);
        if (layout is null || baseLayout is null) return false;
        var state = _threadState.Value!;
        state.Context.Observer = observer;
        try
        {
            var variables = Variables(job);
            RenderInto(layout, state, variables);
            variables["content"] = state.Output.ToString();
            RenderInto(baseLayout, state, variables);
            return true;
        }
        catch (ScriptRuntimeException e)
        {
            // A mistake in a layout fails on every page that uses it: report it once.
            _reported.Add(TemplateErrors.Of(e));
            return false;
        }
    }

    private ScriptObject Variables(PageJob job)
    {
        var variables = new ScriptObject();
        variables["site"] = _site;
        variables["page"] = job.Info;
        foreach (var (name, value) in job.Variables) variables[name] = value;
        return variables;
    }

    // The context and its buffers are reused for every page a thread renders: a fresh context per
    // render grew its output buffer and pools from nothing twice a page, most of the stage's garbage.
    private static void RenderInto(Template template, RenderState state, ScriptObject variables)
    {
        state.Context.Reset();
        state.Context.PushGlobal(variables);
        state.Output.Clear();
        template.Render(state.Context, state.Output);
    }

    private static RenderState NewState(ThemeTemplateLoader loader, IncludeCache partials) => new(new TemplateContext
    {
        StrictVariables = true,
        TemplateLoader = loader,
        IncludeCache = partials,
        // Our layouts loop over the whole site (every article, every question): the default limit of
        // 1000 iterations is for untrusted templates, not for a site of thousands of pages.
        LoopLimit = 0,
    }, new StringBuilder());

    private sealed record RenderState(TemplateContext Context, StringBuilder Output)
    {
        public char[] Page { get; set; } = [];
    }
}
