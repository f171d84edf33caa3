using SiteGen.Write;

namespace SiteGen.Build;

/// <summary>
/// Hears of a build's results as each becomes final, so that a live preview can show a change before the
/// whole build has ended. Calls come from the building thread, in the order below; a failed build makes
/// no call after its first error, but it may fail after <see cref="EditedPagesRendered"/>.
/// </summary>
public interface IBuildListener
{
    /// <summary>The content checks are done (before anything renders); not called when site.yml turns them off.</summary>
    void Checked(Checks.SiteFindings findings)
    {
    }

    /// <summary>
    /// A rebuild rendered the pages of the documents an editor just changed ahead of the rest of the site.
    /// They are the bytes the build writes if it succeeds, and are not in the output folder yet.
    /// </summary>
    void EditedPagesRendered(IReadOnlyList<OutputFile> pages)
    {
    }

    /// <summary>The site is in the output folder, but for the search index when a rebuild brings it up to date next.</summary>
    /// <param name="changed">The output paths written or deleted, or null after a first build, when everything is new.</param>
    void PagesWritten(IReadOnlyList<string>? changed)
    {
    }

    /// <summary>A rebuild brought the search index up to date, after <see cref="PagesWritten"/>.</summary>
    /// <param name="changed">The index files written or deleted.</param>
    void SearchIndexWritten(IReadOnlyList<string> changed)
    {
    }
}
