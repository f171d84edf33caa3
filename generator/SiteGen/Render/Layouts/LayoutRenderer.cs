using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;
using SiteGen.Diagnostics;
using SiteGen.Render.Pages;
using SiteGen.Render.Templates;
using SiteGen.Render.Themes;
using SiteGen.Render.Views;

namespace SiteGen.Render.Layouts;

/// <summary>
/// Renders a page: its layout first, then the base layout around it with the result as <c>content</c>.
/// Each thread renders with a Scriban context of its own, so pages can render on any thread; parsed
/// templates are shared.
/// </summary>
internal sealed class LayoutRenderer : IDisposable
{
    public const string BaseLayout = "base";

    private readonly TemplateCache _cache;
    private readonly ReportedOnce _reported;
    private readonly IReadOnlyDictionary<string, PageLanguage> _languages;
    private readonly PageLanguage _default;
    private readonly ThreadLocal<RenderState> _threadState;

    private readonly ScriptObject _image;

    /// <param name="images">The image stage, for templates' <c>image.resize</c>; null where there is none.</param>
    public LayoutRenderer(Theme theme, SiteView site, TemplateLimits limits, ErrorList errors, Images.PageImages? images = null)
        : this(theme, new Dictionary<string, SiteView> { [site.Language] = site }, new Dictionary<string, Languages.InterfaceText>(), site.Language, limits, errors, images)
    {
    }

    /// <param name="sites">The site view of each language, by code: a page sees its own language's as <c>site</c>.</param>
    /// <param name="words">The theme's words of each language, for <c>t</c>.</param>
    public LayoutRenderer(Theme theme, IReadOnlyDictionary<string, SiteView> sites, IReadOnlyDictionary<string, Languages.InterfaceText> words,
        string defaultLanguage, TemplateLimits limits, ErrorList errors, Images.PageImages? images = null)
    {
        _languages = sites.ToDictionary(p => p.Key, p => new PageLanguage(p.Value,
            new TranslateFunction(words.TryGetValue(p.Key, out var w) ? w : Languages.InterfaceText.Fallback(p.Key), defaultLanguage)), StringComparer.Ordinal);
        _default = _languages[defaultLanguage];
        _image = ImageResize.Object(images?.Images, images?.BasePath ?? "/");
        var loader = new ThemeTemplateLoader(theme);
        _cache = new TemplateCache(loader, errors);
        _reported = new ReportedOnce(errors);
        Func<string, Template?> parsed = _cache.Get;
        var partials = new PartialCache();
        _threadState = new ThreadLocal<RenderState>(() => new RenderState(new ThemeContext(loader, parsed, limits) { Partials = partials }));
    }

    /// <summary>
    /// Renders a page into a buffer of the calling thread, valid until that thread renders again: a page is encoded
    /// and read straight from it, so no page becomes a string of its own. False when its layout is missing or fails
    /// (the errors are reported).
    /// </summary>
    /// <param name="observer">Told what the page reads and includes, when the build records dependencies.</param>
    public bool TryRender(PageJob job, string layoutPath, string baseLayoutPath, IRenderObserver? observer, out ReadOnlyMemory<char> html)
    {
        html = default;
        if (!RenderPage(job, layoutPath, baseLayoutPath, observer)) return false;
        var state = _threadState.Value!;
        int length = state.Output.Length;
        var page = KeptBuffers.Take(ref state.Page, length);
        state.Output.CopyTo(0, page, length);
        KeptBuffers.Clear(state.Output);
        html = page.AsMemory(0, length);
        return true;
    }

    // Leaves the page in the thread's output buffer.
    private bool RenderPage(PageJob job, string layoutPath, string baseLayoutPath, IRenderObserver? observer)
    {
        var layout = _cache.Get(layoutPath);
        var baseLayout = _cache.Get(baseLayoutPath);
        if (layout is null || baseLayout is null) return false;
        var state = _threadState.Value!;
        var context = state.Context;
        // The context and its buffers are reused for every page a thread renders: a fresh one per page would
        // grow its output buffer and pools from nothing, most of the stage's garbage.
        context.Reset();
        context.Observer = observer;
        context.PageLanguage = job.Language;
        var variables = Variables(job);
        context.PushGlobal(variables);
        bool failed = false;
        try
        {
            // Template.Render would return the page as a string of its own: the output stays in the context's buffer.
            context.RenderHere(layout);
            variables["content"] = state.Output.ToString();
            state.Output.Clear();
            context.RenderHere(baseLayout);
        }
        catch (TemplateAlreadyReported)
        {
            failed = true;
        }
        catch (ScriptRuntimeException e)
        {
            failed = true;
            // A mistake in a layout fails on every page that uses it: each error is reported once.
            if (!context.Follows(e)) _reported.Add(context.ErrorOf(e));
        }
        foreach (var error in context.Errors) _reported.Add(error);
        return !failed && context.Errors.Count == 0;
    }

    private ScriptObject Variables(PageJob job)
    {
        var variables = new ScriptObject();
        var language = job.Language is { } code ? _languages[code] : _default;
        variables["site"] = language.Site;
        // Read-only: a template that names a variable t is told so, instead of losing its words further down.
        variables.SetValue(TranslateFunction.Name, language.Translate, readOnly: true);
        variables["image"] = _image;
        variables["page"] = job.Info;
        job.Variables.AddTo(variables);
        return variables;
    }

    public void Dispose() => _threadState.Dispose();

    private sealed record PageLanguage(SiteView Site, TranslateFunction Translate);

    private sealed class RenderState(ThemeContext context)
    {
        public ThemeContext Context { get; } = context;

        public System.Text.StringBuilder Output { get; } = ((StringBuilderOutput)context.Output).Builder;

        public char[]? Page;
    }
}
