using System.Text;

namespace SiteGen.Render;

/// <summary>
/// What a render thread keeps of its buffers from one page to the next. They are kept while they are the size
/// of ordinary pages, and let go after a page far larger than most: a big site's FAQ pages list every question,
/// tens of megabytes each, and every thread would otherwise hold buffers of that size until the build ends.
/// </summary>
internal static class KeptBuffers
{
    /// <summary>The most characters (or bytes) a kept buffer holds: a hundred times an article page.</summary>
    public const int MaxLength = 4 << 20;

    /// <summary>Empties a builder, and lets go of its memory when a large page grew it past <see cref="MaxLength"/>.</summary>
    public static void Clear(StringBuilder builder)
    {
        builder.Clear();
        if (builder.Capacity > MaxLength) builder.Capacity = MaxLength / 16;
    }

    /// <summary>
    /// A buffer of at least <paramref name="length"/> items: <paramref name="kept"/>, grown as needed, or one for
    /// this use only when <paramref name="length"/> is past <see cref="MaxLength"/>.
    /// </summary>
    public static T[] Take<T>(ref T[]? kept, int length)
    {
        if (length > MaxLength) return new T[length];
        if (kept is null || kept.Length < length) kept = new T[Math.Min(MaxLength, Math.Max(length, (kept?.Length ?? 0) * 2))];
        return kept;
    }
}
