using SiteGen.Model;

namespace SiteGen.Write;

/// <summary>
/// Writes a built site atomically through a <see cref="StagingFolder"/>: a failed build leaves the
/// previous site as it was, and readers of a served folder never see half a site.
/// </summary>
public static class SiteWriter
{
    /// <summary>Writes <paramref name="files"/> and copies <paramref name="copies"/>, then swaps the result in. Throws on I/O failure, leaving the old output.</summary>
    public static void Write(string outputFolder, IReadOnlyList<OutputFile> files, IReadOnlyList<StaticFile> copies)
    {
        using var staging = StagingFolder.Create(outputFolder);
        Fill(staging, files, copies);
        staging.Commit();
    }

    /// <summary>Writes <paramref name="files"/> and copies <paramref name="copies"/> into a staging folder. Throws on I/O failure.</summary>
    public static void Fill(StagingFolder staging, IReadOnlyList<OutputFile> files, IReadOnlyList<StaticFile> copies)
    {
        try
        {
            Parallel.ForEach(files, staging.Add);
            Parallel.ForEach(copies, staging.Copy);
        }
        catch (AggregateException e)
        {
            // Callers handle the I/O error itself (disk full, file vanished), as a sequential write would raise it.
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
        }
    }
}
