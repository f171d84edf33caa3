namespace SiteGen.Load;

/// <summary>
/// A file's size and last write time: a source whose stamp is unchanged is taken as unchanged by a
/// rebuild (unless the watcher named it), and a copied file is not copied again.
/// </summary>
public readonly record struct FileStamp(long Length, long LastWriteTicks)
{
    /// <summary>The stamp of <paramref name="path"/>, or the default stamp when the file does not exist.</summary>
    public static FileStamp Of(string path)
    {
        var info = new FileInfo(path);
        return info.Exists ? new FileStamp(info.Length, info.LastWriteTimeUtc.Ticks) : default;
    }
}
