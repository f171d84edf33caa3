using System.Net;
using System.Net.Sockets;

namespace SiteGen.BrowserTests;

/// <summary>
/// Serves a folder on 127.0.0.1 under a base path, as a static host would: index.html for folder URLs,
/// 404 for anything else (with the site's 404 page when given), and a Content-Security-Policy that forbids
/// inline script and style unless the site's own policy is given.
/// </summary>
public sealed class StaticFileServer : IAsyncDisposable
{
    public const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; form-action 'self'; base-uri 'none'";

    private readonly HttpListener listener = new();
    private readonly string root;
    private readonly string basePath;
    private readonly Task loop;
    private readonly string policy;
    private readonly string? notFoundPage;

    /// <param name="contentSecurityPolicy">The policy every response carries (by default <see cref="ContentSecurityPolicy"/>).</param>
    /// <param name="notFoundPage">The file, relative to <paramref name="root"/>, sent with a 404, as hosts send a site's 404.html.</param>
    public StaticFileServer(string root, string basePath, string? contentSecurityPolicy = null, string? notFoundPage = null)
    {
        this.root = Path.GetFullPath(root);
        this.basePath = basePath;
        policy = contentSecurityPolicy ?? ContentSecurityPolicy;
        this.notFoundPage = notFoundPage;
        var port = FreePort();
        Origin = $"http://127.0.0.1:{port}";
        listener.Prefixes.Add(Origin + "/");
        listener.Start();
        loop = Task.Run(ServeAsync);
    }

    public string Origin { get; }

    public string Url(string sitePath) => Origin + basePath + sitePath.TrimStart('/');

    private static int FreePort()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }

    private async Task ServeAsync()
    {
        while (listener.IsListening)
        {
            HttpListenerContext context;
            try { context = await listener.GetContextAsync(); }
            catch (Exception) when (!listener.IsListening) { return; }
            catch (HttpListenerException) { return; }
            _ = Task.Run(() => Respond(context));
        }
    }

    private void Respond(HttpListenerContext context)
    {
        var response = context.Response;
        try
        {
            var file = FileFor(context.Request.Url!.AbsolutePath);
            response.Headers["Content-Security-Policy"] = policy;
            if (file is null)
            {
                response.StatusCode = 404;
                if (notFoundPage is null) return;
                file = Path.Combine(root, notFoundPage);
            }
            var bytes = File.ReadAllBytes(file);
            response.ContentType = ContentType(file);
            response.ContentLength64 = bytes.Length;
            response.OutputStream.Write(bytes);
        }
        catch (Exception) when (!listener.IsListening)
        {
            // The test is over; the browser may still be asking.
        }
        finally
        {
            try { response.Close(); } catch (ObjectDisposedException) { }
        }
    }

    private string? FileFor(string urlPath)
    {
        if (!urlPath.StartsWith(basePath, StringComparison.Ordinal)) return null;
        var relative = Uri.UnescapeDataString(urlPath[basePath.Length..]);
        if (relative.Length == 0 || relative.EndsWith('/')) relative += "index.html";
        var full = Path.GetFullPath(Path.Combine(root, relative));
        return full.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal) && File.Exists(full) ? full : null;
    }

    private static string ContentType(string file) => Path.GetExtension(file) switch
    {
        ".html" => "text/html; charset=utf-8",
        ".js" => "text/javascript; charset=utf-8",
        ".css" => "text/css; charset=utf-8",
        ".json" => "application/json",
        ".svg" => "image/svg+xml",
        _ => "application/octet-stream",
    };

    public async ValueTask DisposeAsync()
    {
        listener.Stop();
        listener.Close();
        await loop;
    }
}
