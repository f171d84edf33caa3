namespace SiteGen.Render.Templates;

/// <summary>
/// Passes a render's reads on to the page's observer and keeps a copy, for a partial whose text is reused by other
/// pages: they are told the same reads (<see cref="Replay"/>).
/// </summary>
internal sealed class CapturedReads(IRenderObserver page) : IRenderObserver
{
    private readonly List<(object Target, string Member)> _reads = [];
    private readonly List<string> _templates = [];

    public IRenderObserver Page => page;

    public void MemberRead(object target, string member)
    {
        _reads.Add((target, member));
        page.MemberRead(target, member);
    }

    public void TemplateIncluded(string templatePath)
    {
        _templates.Add(templatePath);
        page.TemplateIncluded(templatePath);
    }

    public CachedPartial Keep(string text) => new(text, [.. _reads], [.. _templates]);

    public static void Replay(CachedPartial partial, IRenderObserver? observer)
    {
        if (observer is null) return;
        foreach (var (target, member) in partial.Reads) observer.MemberRead(target, member);
        foreach (string template in partial.Templates) observer.TemplateIncluded(template);
    }
}
