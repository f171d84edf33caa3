using System.Reflection;

namespace SiteGen.Cli.Serve;

/// <summary>
/// The live-reload script: served by the preview server from its own resources and added to the HTML
/// it serves, so a built site never contains it.
/// </summary>
public static class LiveScript
{
    public const string Prefix = "/__sitegen/";
    public const string ScriptPath = Prefix + "live.js";
    public const string EventsPath = Prefix + "events";
    public const string Tag = "<script src=\"" + ScriptPath + "\" defer></script>";

    private const string ResourceName = "SiteGen.Cli.Serve.live.js";

    /// <summary>The script's bytes, read once from this assembly.</summary>
    public static ReadOnlyMemory<byte> Bytes { get; } = Load();

    /// <summary>Adds <see cref="Tag"/> before the last &lt;/body&gt;, or at the end of a page that has none.</summary>
    public static string InsertInto(string html)
    {
        int end = html.LastIndexOf("</body", StringComparison.OrdinalIgnoreCase);
        return end < 0 ? html + Tag : string.Concat(html.AsSpan(0, end), Tag, html.AsSpan(end));
    }

    private static byte[] Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The resource {ResourceName} is missing from the build.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
