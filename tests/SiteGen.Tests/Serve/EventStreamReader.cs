namespace SiteGen.Tests.Serve;

/// <summary>Reads a text/event-stream response one event at a time, as a browser's EventSource would.</summary>
public sealed class EventStreamReader(Stream stream) : IDisposable
{
    private readonly StreamReader _reader = new(stream);

    public sealed record Event(string Name, string Data);

    /// <summary>The next event with a name (comments and retry-only blocks skipped).</summary>
    public async Task<Event> NextAsync(TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        string name = "message";
        var data = new List<string>();
        while (true)
        {
            string? line = await _reader.ReadLineAsync(cancel.Token) ?? throw new EndOfStreamException("the event stream ended");
            if (line.Length == 0)
            {
                if (data.Count > 0) return new Event(name, string.Join("\n", data));
                name = "message";
                continue;
            }
            if (line.StartsWith("event: ", StringComparison.Ordinal)) name = line["event: ".Length..];
            else if (line.StartsWith("data: ", StringComparison.Ordinal)) data.Add(line["data: ".Length..]);
        }
    }

    /// <summary>Skips events until one named <paramref name="name"/> arrives.</summary>
    public async Task<Event> NextNamedAsync(string name, TimeSpan timeout)
    {
        var until = DateTime.UtcNow + timeout;
        while (true)
        {
            var next = await NextAsync(until - DateTime.UtcNow);
            if (next.Name == name) return next;
        }
    }

    public void Dispose() => _reader.Dispose();
}
