using System.Threading.Channels;
using SiteGen.Diagnostics;

namespace SiteGen.Cli.Serve;

/// <summary>
/// The state of the preview's builds and the open pages listening to it. Each page gets "hello"
/// (which server, which version of the site) when it connects, the current errors if the last build
/// failed and the content checks' findings on its page, then "reload" whenever pages change (the edited pages
/// first, the rest of a rebuild after), "errors" after every failed build and "findings" after every check.
/// </summary>
public sealed class ReloadEvents
{
    public static readonly TimeSpan ReconnectDelay = TimeSpan.FromSeconds(1);

    // A page that reconnects to a restarted server sees another id and reloads, since the site may have changed meanwhile.
    private readonly string _server = Guid.NewGuid().ToString("N")[..12];
    private readonly Lock _gate = new();
    // Each open page, with the site's pages (output paths) it stands for, or null when it did not say.
    private readonly Dictionary<Channel<string>, IReadOnlyList<string>?> _pages = [];
    private IReadOnlyDictionary<string, IReadOnlyList<FindingMessage>> _findings = new Dictionary<string, IReadOnlyList<FindingMessage>>();
    private IReadOnlySet<string> _edited = new HashSet<string>();
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

    /// <param name="pages">The site's pages (output paths) the open page stands for, whose findings it is sent; null for none.</param>
    public Subscription Subscribe(IReadOnlyList<string>? pages = null)
    {
        var channel = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true });
        lock (_gate)
        {
            channel.Writer.TryWrite(ServerSentEvent.Retry(ReconnectDelay) + ServerSentEvent.Hello(_server, _version));
            if (_errors is not null) channel.Writer.TryWrite(_errors);
            if (FindingsFor(pages) is { } findings) channel.Writer.TryWrite(findings);
            if (_closed) channel.Writer.Complete();
            else _pages.Add(channel, pages);
        }
        return new Subscription(this, channel);
    }

    /// <summary>The content checks ran: each open page is sent its own findings.</summary>
    /// <param name="byPage">The findings of every checked page, by output path (empty lists for pages without any).</param>
    /// <param name="edited">The output paths of the pages whose documents were just edited, whose panel opens by itself.</param>
    public void Checked(IReadOnlyDictionary<string, IReadOnlyList<FindingMessage>> byPage, IReadOnlySet<string> edited)
    {
        lock (_gate)
        {
            (_findings, _edited) = (byPage, edited);
            foreach (var (page, shows) in _pages)
                if (FindingsFor(shows) is { } findings) page.Writer.TryWrite(findings);
        }
    }

    // Null for a page that is none of the checked documents (a topic list, the search page).
    private string? FindingsFor(IReadOnlyList<string>? pages)
    {
        if (pages is null || !pages.Any(_findings.ContainsKey)) return null;
        var findings = pages.SelectMany(p => _findings.TryGetValue(p, out var found) ? found : []).ToList();
        return ServerSentEvent.Findings(new FindingsMessage(findings, pages.Any(_edited.Contains)));
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
            foreach (var page in _pages.Keys) page.Writer.TryComplete();
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
        foreach (var page in _pages.Keys) page.Writer.TryWrite(message);
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
