using System.Collections.Concurrent;
using System.Runtime.CompilerServices;

namespace SiteGen.Render.Templates;

/// <summary>
/// What <c>include_cached</c> rendered in one build, shared by every rendering thread: each partial's text for each
/// set of arguments and language, with what it read, so a page that reuses it depends on the same views as one that
/// rendered it. Text beyond the budget is not kept (a site of a hundred thousand articles has more cards than is
/// worth holding); those calls render as <c>include</c> does.
/// </summary>
internal sealed class PartialCache(long budgetChars = PartialCache.DefaultBudgetChars)
{
    /// <summary>16 million characters (32 MB): every article card of a site of 20,000 articles.</summary>
    public const long DefaultBudgetChars = 16L * 1024 * 1024;

    private readonly ConcurrentDictionary<PartialKey, CachedPartial> _partials = new();
    private long _kept;

    public bool TryGet(PartialKey key, out CachedPartial partial) => _partials.TryGetValue(key, out partial!);

    /// <summary>Keeps a rendering while the budget allows; two threads that rendered the same key keep the first.</summary>
    public void Keep(PartialKey key, CachedPartial partial)
    {
        if (Interlocked.Add(ref _kept, partial.Text.Length) > budgetChars) return;
        _partials.TryAdd(key, partial);
    }
}

/// <summary>A partial's text and what its render read and included, in the order met.</summary>
internal sealed record CachedPartial(string Text, (object Target, string Member)[] Reads, string[] Templates);

/// <summary>
/// A cached include: the partial, the page's language, the state its render starts in (whether the include is
/// indented and the text before it ended a line: an indented include inside the partial depends on them), and its
/// arguments: strings, numbers and other plain values by value, views and lists by identity (two articles may have
/// equal views).
/// </summary>
internal readonly record struct PartialKey(string Path, string? Language, int Start, object?[] Arguments)
{
    public bool Equals(PartialKey other)
    {
        if (Path != other.Path || Language != other.Language || Start != other.Start || Arguments.Length != other.Arguments.Length)
            return false;
        for (int i = 0; i < Arguments.Length; i++)
            if (!Same(Arguments[i], other.Arguments[i])) return false;
        return true;
    }

    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Path);
        hash.Add(Language);
        hash.Add(Start);
        foreach (var argument in Arguments) hash.Add(ByValue(argument) ? argument!.GetHashCode() : RuntimeHelpers.GetHashCode(argument));
        return hash.ToHashCode();
    }

    private static bool Same(object? a, object? b) => ByValue(a) ? Equals(a, b) : ReferenceEquals(a, b);

    private static bool ByValue(object? value) => value is string or IConvertible;
}
