using System.Collections.Concurrent;
using SiteGen.Templates.Syntax;

namespace SiteGen.Templates.Loading;

/// <summary>
/// Parsed includes by path, safe to share between contexts and threads so that each partial is read
/// and parsed once per build rather than once per page.
/// </summary>
public sealed class IncludeCache
{
    private readonly ConcurrentDictionary<string, Lazy<Template>> _templates = new(StringComparer.Ordinal);

    public int Count => _templates.Count;

    public bool TryGet(string path, out Template template)
    {
        if (_templates.TryGetValue(path, out var lazy)) { template = lazy.Value; return true; }
        template = null!;
        return false;
    }

    public Template GetOrParse(string path, Func<string> load) =>
        _templates.GetOrAdd(path, p => new Lazy<Template>(() => Template.Parse(load(), p))).Value;

    public void Clear() => _templates.Clear();
}
