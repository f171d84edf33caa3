namespace SiteGen.Cli.Serve;

/// <summary>
/// A private folder for the previewed site, in memory (/dev/shm) where the system has it so rebuilds
/// do not wear or wait on the disk, and removed when the preview ends.
/// </summary>
public sealed class PreviewFolder : IDisposable
{
    private const string MemoryFolder = "/dev/shm";

    private PreviewFolder(string root) => Root = root;

    public string Root { get; }

    /// <summary>Where builds write the site; it does not exist until the first build succeeds.</summary>
    public string Site => Path.Combine(Root, "site");

    public static PreviewFolder Create()
    {
        string name = "sitegen-serve-" + Path.GetRandomFileName().Replace(".", "");
        foreach (string parent in new[] { MemoryFolder, Path.GetTempPath() })
        {
            if (!Directory.Exists(parent)) continue;
            try
            {
                return new PreviewFolder(Directory.CreateDirectory(Path.Combine(parent, name)).FullName);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Not writable here (a locked-down /dev/shm): try the next place.
            }
        }
        throw new IOException("cannot create a folder for the preview in " + MemoryFolder + " or " + Path.GetTempPath());
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (DirectoryNotFoundException)
        {
        }
    }
}
