using SiteGen.Build;
using SiteGen.Diagnostics;

namespace SiteGen.Tests.Support;

public static class BuildResultExtensions
{
    /// <summary>The warnings that are not the content checks' findings, for tests about other warnings.</summary>
    public static IReadOnlyList<ContentWarning> BesideChecks(this BuildResult result) =>
        result.Warnings.Where(w => w.CheckRule is null).ToList();
}
