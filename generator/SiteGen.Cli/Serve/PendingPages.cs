using SiteGen.Write;

namespace SiteGen.Cli.Serve;

/// <summary>
/// Pages a rebuild rendered ahead of the rest of the site, served from memory until the rebuild has
/// written them (or failed): an editor sees the page just saved without waiting for the whole site.
/// </summary>
public sealed class PendingPages
{
    private readonly Lock _gate = new();
    private Dictionary<string, ReadOnlyMemory<byte>> _pages = new(StringComparer.Ordinal);

    /// <summary>Serves <paramref name="pages"/> (by output path) in place of what the site folder holds.</summary>
    public void Show(IReadOnlyList<OutputFile> pages)
    {
        var shown = pages.ToDictionary(p => p.Path, p => p.Content, StringComparer.Ordinal);
        lock (_gate) _pages = shown;
    }

    /// <summary>Back to the site folder alone: the rebuild wrote the pages, or failed.</summary>
    public void Clear()
    {
        lock (_gate) _pages = new(StringComparer.Ordinal);
    }

    /// <summary>The pending page at an output path, if there is one.</summary>
    public bool TryGet(string outputPath, out ReadOnlyMemory<byte> page)
    {
        lock (_gate) return _pages.TryGetValue(outputPath, out page);
    }
}
