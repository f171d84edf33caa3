using System.Threading.Channels;
using SiteGen.Diagnostics;

namespace SiteGen.Cli.Serve;

/// <summary>
/// The state of the preview's builds and the open pages listening to it. Each page gets "hello"
/// (which server, which version of the site) when it connects, the current errors if the last build
/// failed, then "reload" whenever pages change (the edited pages first, the rest of a rebuild after)
/// and "errors" after every failed build.
/// </summary>
public sealed class ReloadEvents
{
    public static readonly TimeSpan ReconnectDelay = TimeSpan.FromSeconds(1);

    // A page that reconnects to a restarted server sees another id and reloads, since the site may have changed meanwhile.
    private readonly string _server = Guid.NewGuid().ToString("N")[..12];
    private readonly Lock _gate = new();
    private readonly HashSet<Channel<string>> _pages = [];
    private int _builds;
    private int _version;
    private string? _errors;
    private bool _closed;

    /// <summary>Successful builds so far.</summary>
    public int Builds
    {
        get { lock (_gate) return _builds; }
    }

    /// <summary>Pages listening now.</summary>
    public int Pages
    {
        get { lock (_gate) return _pages.Count; }
    }

    public Subscription Subscribe()
    {
        var channel = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true });
        lock (_gate)
        {
            channel.Writer.TryWrite(ServerSentEvent.Retry(ReconnectDelay) + ServerSentEvent.Hello(_server, _version));
            if (_errors is not null) channel.Writer.TryWrite(_errors);
            if (_closed) channel.Writer.Complete();
            else _pages.Add(channel);
        }
        return new Subscription(this, channel);
    }

    /// <summary>Tells the pages that show one of <paramref name="pages"/> (output paths; null: every page) to reload.</summary>
    public void Reload(IReadOnlyList<string>? pages)
    {
        lock (_gate) SendReload(pages);
    }

    /// <summary>A build succeeded; <paramref name="pages"/> are those it changed that pages were not told of yet (null: any page).</summary>
    public void BuildSucceeded(IReadOnlyList<string>? pages)
    {
        lock (_gate)
        {
            _builds++;
            // Pages showing the last build's errors reload to lose them, whether their own page changed or not.
            if (_errors is not null) pages = null;
            _errors = null;
            SendReload(pages);
        }
    }

    public void BuildFailed(IReadOnlyList<ContentError> errors)
    {
        lock (_gate)
        {
            _errors = ServerSentEvent.Errors([.. errors.Select(e => new ErrorMessage(e.File, e.Line, e.Column, e.Message))]);
            Send(_errors);
        }
    }

    /// <summary>Ends every open stream so the server can stop; pages reconnect to the next one.</summary>
    public void Close()
    {
        lock (_gate)
        {
            _closed = true;
            foreach (var page in _pages) page.Writer.TryComplete();
            _pages.Clear();
        }
    }

    private void SendReload(IReadOnlyList<string>? pages)
    {
        if (pages is { Count: 0 }) return;
        _version++;
        Send(ServerSentEvent.Reload(_version, pages));
    }

    private void Send(string message)
    {
        foreach (var page in _pages) page.Writer.TryWrite(message);
    }

    private void Remove(Channel<string> channel)
    {
        lock (_gate) _pages.Remove(channel);
    }

    /// <summary>One open page's messages; dispose when the page goes away.</summary>
    public sealed class Subscription(ReloadEvents owner, Channel<string> channel) : IDisposable
    {
        public ChannelReader<string> Messages => channel.Reader;

        public void Dispose() => owner.Remove(channel);
    }
}
