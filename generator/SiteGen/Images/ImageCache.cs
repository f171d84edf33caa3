namespace SiteGen.Images;

/// <summary>
/// Encoded images kept between builds, in a folder beside the content folder (<c>.sitegen-cache/images/</c>): a second
/// build, or a preview rebuild, encodes nothing that is unchanged. An entry's key is the hash of the source's bytes
/// and of the settings, so an edited image or new widths make new entries; an entry is written once and never
/// changed, through a temporary file, so builds running at once can share the folder.
/// </summary>
public sealed class ImageCache(string folder)
{
    public const string FolderName = ".sitegen-cache";

    public string Folder { get; } = Path.Combine(folder, "images");

    /// <summary>The usual cache folder of a content folder: .sitegen-cache beside it.</summary>
    public static string Beside(string contentFolder) =>
        Path.Combine(Path.GetDirectoryName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(contentFolder)))!, FolderName);

    /// <summary>The cached file <paramref name="name"/> of entry <paramref name="key"/>, made by <paramref name="make"/> when missing.</summary>
    public string GetOrAdd(string key, string name, Func<byte[]> make)
    {
        string path = PathOf(key, name);
        if (File.Exists(path)) return path;
        Write(path, make());
        return path;
    }

    public bool TryRead(string key, string name, out string text)
    {
        string path = PathOf(key, name);
        text = File.Exists(path) ? File.ReadAllText(path) : "";
        return text.Length > 0;
    }

    public void WriteText(string key, string name, string text) => Write(PathOf(key, name), System.Text.Encoding.UTF8.GetBytes(text));

    private string PathOf(string key, string name) => Path.Combine(Folder, key[..2], key, name);

    private static void Write(string path, byte[] bytes)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        string temp = path + "." + Path.GetRandomFileName() + ".tmp";
        File.WriteAllBytes(temp, bytes);
        File.Move(temp, path, overwrite: true);
    }
}
