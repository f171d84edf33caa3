namespace SiteGen.Build.Incremental;

/// <summary>A file's size and last write time: a file whose stamp is unchanged is taken as unchanged, unless the watcher named it.</summary>
internal readonly record struct FileStamp(long Length, long LastWriteTicks)
{
    public static FileStamp Of(string path)
    {
        var info = new FileInfo(path);
        return info.Exists ? new FileStamp(info.Length, info.LastWriteTimeUtc.Ticks) : default;
    }
}
