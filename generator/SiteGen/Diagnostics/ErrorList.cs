using System.Collections.Concurrent;

namespace SiteGen.Diagnostics;

/// <summary>
/// Collects every error of a build, from any thread, so a run reports all of them at once and
/// fails once at the end instead of stopping at the first; and the warnings, which do not fail it.
/// </summary>
public sealed class ErrorList
{
    private readonly ConcurrentBag<ContentError> _errors = new();
    private readonly ConcurrentBag<ContentWarning> _warnings = new();

    // Warnings made only when they are read, at the end of the build.
    private readonly ConcurrentBag<IEnumerable<ContentWarning>> _later = new();

    public void Warn(ContentWarning warning) => _warnings.Add(warning);

    public void Warn(string file, int line, int column, string message) => Warn(new ContentWarning(file, line, column, message));

    /// <summary>
    /// Warnings to make only when they are read (<see cref="SortedWarnings"/>, at the end of the build): a large site
    /// starts with hundreds of thousands of findings, whose messages would otherwise be held through the render.
    /// </summary>
    public void WarnLater(IEnumerable<ContentWarning> warnings) => _later.Add(warnings);

    /// <summary>The warnings in a stable order: those about the whole site first, then by file and position.</summary>
    public IReadOnlyList<ContentWarning> SortedWarnings() =>
        _warnings.Concat(_later.SelectMany(w => w)).Distinct()
            .OrderBy(w => w.File is not null).ThenBy(w => w.File, StringComparer.Ordinal)
            .ThenBy(w => w.Line).ThenBy(w => w.Column)
            .ThenBy(w => w.Message, StringComparer.Ordinal)
            .ToList();

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
