using System.Collections.Concurrent;

namespace SiteGen.Diagnostics;

/// <summary>
/// Collects every error of a build, from any thread, so a run reports all of them at once and
/// fails once at the end instead of stopping at the first.
/// </summary>
public sealed class ErrorList
{
    private readonly ConcurrentBag<ContentError> _errors = new();

    public void Add(ContentError error) => _errors.Add(error);

    public void Add(string file, int line, int column, string message) => Add(new ContentError(file, line, column, message));

    public bool HasErrors => !_errors.IsEmpty;

    public int Count => _errors.Count;

    /// <summary>The errors in a stable order (file, line, column, message) so output is deterministic.</summary>
    public IReadOnlyList<ContentError> Sorted() =>
        _errors.OrderBy(e => e.File, StringComparer.Ordinal)
            .ThenBy(e => e.Line).ThenBy(e => e.Column)
            .ThenBy(e => e.Message, StringComparer.Ordinal)
            .ToList();
}
