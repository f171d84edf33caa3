using SiteGen.Render.Views;

namespace SiteGen.Render.Dependencies;

/// <summary>
/// The views of one build that have an identity from build to build (the site, each article, topic and
/// page), by key and by object. A page depends on such a view's members by key; any other object a
/// template meets belongs to the view or page variable it was reached through.
/// </summary>
internal sealed class ViewIndex
{
    private readonly Dictionary<string, object> _byKey = new(StringComparer.Ordinal);
    private readonly Dictionary<object, string> _keys = new(ReferenceEqualityComparer.Instance);

    public static readonly ViewIndex Empty = new([]);

    public ViewIndex(SiteViews views) : this(views.Identified())
    {
    }

    private ViewIndex(IEnumerable<(string Key, object View)> identified)
    {
        foreach (var (key, view) in identified)
        {
            _byKey[key] = view;
            _keys[view] = key;
        }
    }

    public string? KeyOf(object view) => _keys.GetValueOrDefault(view);

    public object? Find(string key) => _byKey.GetValueOrDefault(key);
}
