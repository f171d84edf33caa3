using Microsoft.AspNetCore.Http;

namespace SiteGen.Cli.Serve;

/// <summary>Sends a page the preview's events (text/event-stream) until the page goes away or the server stops.</summary>
public static class EventStream
{
    private static readonly TimeSpan KeepAliveEvery = TimeSpan.FromSeconds(15);

    public static async Task SendAsync(HttpContext context, ReloadEvents events)
    {
        var response = context.Response;
        response.ContentType = "text/event-stream; charset=utf-8";
        response.Headers.CacheControl = "no-store";
        // The page names the site's pages it stands for (?page=articles/x/index.html), so it is sent their findings.
        var pages = context.Request.Query["page"];
        using var subscription = events.Subscribe(pages.Count == 0 ? null : [.. pages.OfType<string>()]);
        var aborted = context.RequestAborted;
        try
        {
            await response.StartAsync(aborted);
            while (await NextAsync(subscription, aborted) is { } waiting)
            {
                if (!waiting) await response.WriteAsync(ServerSentEvent.KeepAlive, aborted);
                while (subscription.Messages.TryRead(out string? message)) await response.WriteAsync(message, aborted);
                await response.Body.FlushAsync(aborted);
            }
        }
        catch (OperationCanceledException) when (aborted.IsCancellationRequested)
        {
            // The page closed or navigated away.
        }
    }

    /// <summary>True when messages are waiting, false when it is time for a keep-alive, null when the stream has ended.</summary>
    private static async Task<bool?> NextAsync(ReloadEvents.Subscription subscription, CancellationToken aborted)
    {
        using var idle = CancellationTokenSource.CreateLinkedTokenSource(aborted);
        idle.CancelAfter(KeepAliveEvery);
        try
        {
            return await subscription.Messages.WaitToReadAsync(idle.Token) ? true : null;
        }
        catch (OperationCanceledException) when (!aborted.IsCancellationRequested)
        {
            return false;
        }
    }
}
