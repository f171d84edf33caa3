using System.Runtime.CompilerServices;

namespace SiteGen.Render.Dependencies;

/// <summary>
/// A value made from an object that stays the same from build to build (an article, a question) and
/// a key from the site's settings (its address): made again only when the object is new or the key
/// changed, and forgotten with the object.
/// </summary>
internal sealed class KeptPerObject<TObject, TKey, TValue>
    where TObject : class
    where TValue : class
{
    private readonly ConditionalWeakTable<TObject, StrongBox<(TKey Key, TValue? Value)>> _kept = new();

    public TValue Get(TObject source, TKey key, Func<TValue> make)
    {
        var kept = _kept.GetValue(source, _ => new StrongBox<(TKey, TValue?)>());
        lock (kept)
        {
            if (kept.Value.Value is null || !EqualityComparer<TKey>.Default.Equals(kept.Value.Key, key)) kept.Value = (key, make());
            return kept.Value.Value!;
        }
    }
}
