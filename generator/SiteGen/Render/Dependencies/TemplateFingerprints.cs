using System.Collections.Concurrent;
using SiteGen.Render.Themes;

namespace SiteGen.Render.Dependencies;

/// <summary>Fingerprints of a theme's template files as they are on disk during this build, each read once.</summary>
internal sealed class TemplateFingerprints
{
    private readonly ConcurrentDictionary<string, ulong> _files = new(StringComparer.Ordinal);

    private readonly ConcurrentDictionary<IReadOnlyList<string>, bool> _sets = new(ReferenceEqualityComparer.Instance);

    /// <summary>Whether every template of a set is as it was (<paramref name="then"/>); sets are shared arrays, each checked once a build.</summary>
    public bool Unchanged(IReadOnlyList<string> set, IReadOnlyDictionary<string, ulong> then) =>
        _sets.GetOrAdd(set, s => s.All(t => then.TryGetValue(t, out ulong print) && Of(t) == print));

    public ulong Of(string path) => _files.GetOrAdd(path, p => File.Exists(p) ? Fingerprint.Of(File.ReadAllBytes(p)) : 0);

    /// <summary>Every template path fingerprinted so far (those the pages of this build used).</summary>
    public IReadOnlyDictionary<string, ulong> Snapshot() => new Dictionary<string, ulong>(_files, StringComparer.Ordinal);

    /// <summary>The theme's files by path: which layout and partial each name resolves to depends on which exist.</summary>
    public static ulong FileList(Theme theme)
    {
        var fingerprint = Fingerprint.Create();
        foreach (var folder in theme.Chain.Select(t => t.Root).Where(Directory.Exists))
            foreach (string file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
                fingerprint.Add(file);
        return fingerprint.Value;
    }
}
