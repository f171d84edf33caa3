using System.Text;
using Microsoft.AspNetCore.Http;

namespace SiteGen.Cli.Serve;

/// <summary>
/// Answers requests for the built site as a static host would (pretty URLs, the site's 404.html with
/// status 404), with the live-reload script added to every HTML page and nothing cached. Pages a rebuild
/// rendered ahead of the rest are served from memory until it has written them.
/// </summary>
public sealed class SiteResponder(string siteFolder, PendingPages? pending = null)
{
    // Shown until a first build succeeds; the script shows that build's errors over it.
    private const string NoSitePage = """
        <!doctype html>
        <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
        <title>SiteGen preview</title></head>
        <body><h1>The site could not be built</h1><p>The errors are listed in the terminal running sitegen serve. Fix them and save: this page reloads by itself.</p></body></html>
        """;

    // A rebuild swaps the site folder by renaming it; a request falling in that instant tries again.
    private const int Attempts = 5;
    private static readonly TimeSpan SwapWait = TimeSpan.FromMilliseconds(20);

    public async Task RespondAsync(HttpContext context)
    {
        var response = context.Response;
        response.Headers.CacheControl = "no-store";
        response.Headers.XContentTypeOptions = "nosniff";
        string path = context.Request.Path.Value is { Length: > 0 } p ? p : "/";

        for (int attempt = 1; ; attempt++)
        {
            try
            {
                if (await RespondFromSiteAsync(context, path)) return;
            }
            catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException && attempt < Attempts && !response.HasStarted)
            {
            }
            if (attempt == Attempts)
            {
                await SendAsync(context, StatusCodes.Status503ServiceUnavailable, ContentTypes.For("index.html"), Encoding.UTF8.GetBytes(NoSitePage));
                return;
            }
            await Task.Delay(SwapWait, context.RequestAborted);
        }
    }

    /// <summary>False when there is no site folder: none was built yet, or a rebuild is swapping it.</summary>
    private async Task<bool> RespondFromSiteAsync(HttpContext context, string path)
    {
        if (Pending(path) is var (outputPath, page))
        {
            await SendAsync(context, StatusCodes.Status200OK, ContentTypes.For(outputPath), page.ToArray(), [outputPath]);
            return true;
        }
        switch (SitePaths.Resolve(siteFolder, path))
        {
            case SiteTarget.File file:
                await SendAsync(context, StatusCodes.Status200OK, ContentTypes.For(file.FullPath), await File.ReadAllBytesAsync(file.FullPath, context.RequestAborted),
                    [Path.GetRelativePath(siteFolder, file.FullPath).Replace('\\', '/')]);
                return true;
            case SiteTarget.Folder folder:
                // 302, not 301: browsers keep permanent redirects, and a preview's folders come and go.
                context.Response.Redirect(new PathString(folder.Location).ToUriComponent() + context.Request.QueryString);
                return true;
            default:
                return Directory.Exists(siteFolder) && await SendMissingAsync(context, path);
        }
    }

    // Only the request's own file: a page rendered ahead is never reached through a redirect.
    private (string OutputPath, ReadOnlyMemory<byte> Page)? Pending(string path) =>
        pending is not null && SitePaths.OutputPathsOf(path) is [var outputPath, ..] && pending.TryGet(outputPath, out var page)
            ? (outputPath, page)
            : null;

    // The not-found page stands for the page that is missing: it reloads when that page appears, or when it changes itself.
    private async Task<bool> SendMissingAsync(HttpContext context, string path)
    {
        IReadOnlyList<string> standsFor = [.. SitePaths.OutputPathsOf(path), SitePaths.NotFoundFile];
        if (SitePaths.NotFoundPage(siteFolder) is { } page)
            await SendAsync(context, StatusCodes.Status404NotFound, ContentTypes.For(page), await File.ReadAllBytesAsync(page, context.RequestAborted), standsFor);
        else
            await SendAsync(context, StatusCodes.Status404NotFound, ContentTypes.For("404.txt"), Encoding.UTF8.GetBytes("Not found\n"));
        return true;
    }

    /// <param name="pages">The pages (output paths) an HTML response stands for: it reloads when a rebuild changes one of them. Null: on every rebuild.</param>
    private static async Task SendAsync(HttpContext context, int status, string contentType, byte[] body, IReadOnlyList<string>? pages = null)
    {
        if (ContentTypes.IsHtml(contentType)) body = Encoding.UTF8.GetBytes(LiveScript.InsertInto(Encoding.UTF8.GetString(body), pages));
        var response = context.Response;
        response.StatusCode = status;
        response.ContentType = contentType;
        response.ContentLength = body.Length;
        if (!HttpMethods.IsHead(context.Request.Method)) await response.Body.WriteAsync(body, context.RequestAborted);
    }
}
