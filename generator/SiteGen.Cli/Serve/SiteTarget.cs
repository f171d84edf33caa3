namespace SiteGen.Cli.Serve;

/// <summary>What a request path stands for in the built site, as a static host with pretty URLs reads it.</summary>
public abstract record SiteTarget
{
    /// <summary>A file to send.</summary>
    public sealed record File(string FullPath) : SiteTarget;

    /// <summary>A folder asked for without its trailing slash: send the reader to the folder's URL, so relative links resolve.</summary>
    public sealed record Folder(string Location) : SiteTarget;

    public sealed record Missing : SiteTarget;
}
