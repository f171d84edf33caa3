using System.Collections.Concurrent;
using SiteGen.Diagnostics;

namespace SiteGen.Render.Layouts;

/// <summary>Passes each distinct error to the list once, however many pages run into it.</summary>
internal sealed class ReportedOnce(ErrorList errors)
{
    private readonly ConcurrentDictionary<ContentError, bool> _seen = new();

    public void Add(ContentError error)
    {
        if (_seen.TryAdd(error, true)) errors.Add(error);
    }
}
