using System.Runtime.CompilerServices;
using SiteGen.Render.Templates;

namespace SiteGen.Render.Dependencies;

/// <summary>Listens to one page's render (one per thread, cleared between pages) and turns what it read into <see cref="PageDependencies"/>.</summary>
internal sealed class ReadRecorder : IRenderObserver
{
    private readonly HashSet<(object Target, string Member)> _reads = new(new ReadComparer());
    private readonly HashSet<string> _templates = new(StringComparer.Ordinal);

    public void MemberRead(object target, string member) => _reads.Add((target, member));

    public void TemplateIncluded(string templatePath) => _templates.Add(templatePath);

    public void Clear()
    {
        _reads.Clear();
        _templates.Clear();
    }

    /// <param name="templates">The layouts the page was rendered with; includes are added as the render met them.</param>
    public PageDependencies Take(DependencyValues values, IEnumerable<string> templates)
    {
        var ids = new List<int>(_reads.Count);
        foreach (var (target, member) in _reads)
            if (values.Views.KeyOf(target) is { } key) ids.Add(values.Table.IdOf(key, member));
        _templates.UnionWith(templates);
        var reads = ids.ToArray();
        var result = new PageDependencies(reads, Array.ConvertAll(reads, values.Of), values.Table.Templates(_templates));
        Clear();
        return result;
    }

    // Views are compared by identity: two articles' views may hold equal values, and records compare deep.
    private sealed class ReadComparer : IEqualityComparer<(object Target, string Member)>
    {
        public bool Equals((object Target, string Member) x, (object Target, string Member) y) =>
            ReferenceEquals(x.Target, y.Target) && string.Equals(x.Member, y.Member, StringComparison.Ordinal);

        public int GetHashCode((object Target, string Member) read) =>
            HashCode.Combine(RuntimeHelpers.GetHashCode(read.Target), read.Member);
    }
}
