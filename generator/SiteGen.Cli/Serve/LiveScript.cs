using System.Net;
using System.Reflection;
using System.Text.Json;

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

    /// <summary>Adds the script's tag before the last &lt;/body&gt;, or at the end of a page that has none.</summary>
    /// <param name="pages">The pages of the site (output paths) the response stands for: the script reloads it when a
    /// rebuild changes one of them. Null for a response that reloads on every rebuild (<see cref="Tag"/>).</param>
    public static string InsertInto(string html, IReadOnlyList<string>? pages = null)
    {
        string tag = TagFor(pages);
        int end = html.LastIndexOf("</body", StringComparison.OrdinalIgnoreCase);
        return end < 0 ? html + tag : string.Concat(html.AsSpan(0, end), tag, html.AsSpan(end));
    }

    /// <summary>The script's tag, with the pages the response stands for as a JSON list in <c>data-pages</c>.</summary>
    public static string TagFor(IReadOnlyList<string>? pages) => pages is null
        ? Tag
        : $"<script src=\"{ScriptPath}\" data-pages=\"{WebUtility.HtmlEncode(JsonSerializer.Serialize(pages, PreviewMessagesJson.Default.IReadOnlyListString))}\" defer></script>";

    private static byte[] Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The resource {ResourceName} is missing from the build.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
