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
    private readonly ConditionalWeakTable<TObject, Kept> _kept = new();

    /// <param name="make">Makes the value from the object and the key alone.</param>
    public TValue Get(TObject source, TKey key, Func<TValue> make)
    {
        // No lock: a rebuild asks this for every article. Two threads that miss at once both make the value,
        // from the same object and key, and either one is kept.
        if (_kept.TryGetValue(source, out var kept) && EqualityComparer<TKey>.Default.Equals(kept.Key, key)) return kept.Value;
        var value = make();
        _kept.AddOrUpdate(source, new Kept(key, value));
        return value;
    }

    private sealed record Kept(TKey Key, TValue Value);
}
