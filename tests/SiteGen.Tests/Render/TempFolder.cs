namespace SiteGen.Tests.Render;

/// <summary>A folder under the temp directory that tests fill with files and that is deleted afterwards.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder() => Directory.CreateDirectory(Root);

    public string Root { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "sitegen-render-" + Guid.NewGuid().ToString("N"));

    public string Path(string relative) => System.IO.Path.Combine(Root, relative);

    public TempFolder Write(string relative, string text)
    {
        string full = Path(relative);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
        return this;
    }

    public void Dispose()
    {
        try { Directory.Delete(Root, recursive: true); } catch (IOException) { }
    }
}
