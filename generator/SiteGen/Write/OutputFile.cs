namespace SiteGen.Write;

/// <summary>A file the build produces, as its path in the output folder ('/' separators) and its bytes.</summary>
public sealed record OutputFile(string Path, ReadOnlyMemory<byte> Content)
{
    public static OutputFile FromText(string path, string text) => new(path, System.Text.Encoding.UTF8.GetBytes(text));
}
