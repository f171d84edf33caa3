namespace SiteGen.Cli.Serve;

/// <summary>
/// A private folder for the previewed site, in memory (/dev/shm) where the system has it so rebuilds
/// do not wear or wait on the disk, and removed when the preview ends. A preview killed outright cannot remove
/// it: each folder holds a lock while its preview runs, and the next preview removes the folders nobody holds.
/// </summary>
public sealed class PreviewFolder : IDisposable
{
    private const string MemoryFolder = "/dev/shm";
    private const string Prefix = "sitegen-serve-";
    private const string LockName = ".lock";

    private readonly FileStream _lock;

    private PreviewFolder(string root)
    {
        Root = root;
        _lock = new FileStream(Path.Combine(root, LockName), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1);
    }

    public string Root { get; }

    /// <summary>Where builds write the site; it does not exist until the first build succeeds.</summary>
    public string Site => Path.Combine(Root, "site");

    public static PreviewFolder Create()
    {
        string name = Prefix + Path.GetRandomFileName().Replace(".", "");
        foreach (string parent in new[] { MemoryFolder, Path.GetTempPath() })
        {
            if (!Directory.Exists(parent)) continue;
            RemoveAbandoned(parent);
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

    /// <summary>Removes the preview folders in <paramref name="parent"/> whose preview is gone: their lock can be taken.</summary>
    public static void RemoveAbandoned(string parent)
    {
        IEnumerable<string> folders;
        try
        {
            folders = Directory.EnumerateDirectories(parent, Prefix + "*").ToList();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return;
        }
        foreach (string folder in folders)
        {
            try
            {
                using (new FileStream(Path.Combine(folder, LockName), FileMode.Open, FileAccess.ReadWrite, FileShare.None, 1))
                {
                }
                Directory.Delete(folder, recursive: true);
            }
            // Held by a running preview, someone else's, or already gone: left as it is.
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
            }
        }
    }

    public void Dispose()
    {
        _lock.Dispose();
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (DirectoryNotFoundException)
        {
        }
    }
}
