using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace SiteGen.Cli.Serve;

/// <summary>
/// The preview's HTTP server: Kestrel on the loopback address only (a preview is never for the
/// network), serving the built site, the live-reload script and the reload event stream.
/// </summary>
public sealed class PreviewServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ReloadEvents _events;

    private PreviewServer(WebApplication app, ReloadEvents events, Uri url)
    {
        _app = app;
        _events = events;
        Url = url;
    }

    /// <summary>The server's root URL, e.g. http://127.0.0.1:4000/.</summary>
    public Uri Url { get; }

    /// <summary>Starts listening; throws <see cref="IOException"/> when the port is taken.</summary>
    /// <param name="pending">Pages a rebuild rendered ahead of the rest, served in place of the folder's until it wrote them.</param>
    /// <param name="siteReady">Completes once the first build has ended; pages asked for before then wait for it.</param>
    public static async Task<PreviewServer> StartAsync(int port, string siteFolder, ReloadEvents events, PendingPages pending, Task siteReady, CancellationToken cancel)
    {
        // The empty builder brings no logging, configuration files or environment lookups: the terminal shows the build, not each request.
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Listen(IPAddress.Loopback, port);
        });
        builder.Services.Configure<HostOptions>(host => host.ShutdownTimeout = TimeSpan.FromSeconds(2));
        var app = builder.Build();
        var site = new SiteResponder(siteFolder, pending);
        app.Run(context => RouteAsync(context, site, events, siteReady));
        await app.StartAsync(cancel);

        string address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new PreviewServer(app, events, new Uri(address.TrimEnd('/') + "/"));
    }

    private static async Task RouteAsync(HttpContext context, SiteResponder site, ReloadEvents events, Task siteReady)
    {
        var request = context.Request;
        if (!PreviewHosts.IsAllowed(request.Host, context.Connection.LocalPort))
        {
            context.Response.StatusCode = StatusCodes.Status421MisdirectedRequest;
            context.Response.ContentType = "text/plain; charset=utf-8";
            await context.Response.WriteAsync("The preview answers only to 127.0.0.1, localhost and [::1].\n", context.RequestAborted);
            return;
        }
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
        {
            context.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            context.Response.Headers.Allow = "GET, HEAD";
            return;
        }
        if (request.Path == LiveScript.ScriptPath)
        {
            context.Response.ContentType = ContentTypes.For("live.js");
            context.Response.ContentLength = LiveScript.Bytes.Length;
            context.Response.Headers.CacheControl = "no-store";
            if (HttpMethods.IsGet(request.Method)) await context.Response.Body.WriteAsync(LiveScript.Bytes, context.RequestAborted);
            return;
        }
        if (request.Path == LiveScript.EventsPath)
        {
            await EventStream.SendAsync(context, events);
            return;
        }
        await siteReady.WaitAsync(context.RequestAborted);
        await site.RespondAsync(context);
    }

    public async ValueTask DisposeAsync()
    {
        // Open event streams would hold the shutdown until its timeout; end them first.
        _events.Close();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
