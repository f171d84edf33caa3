using System.Text.Json;

namespace SiteGen.Cli.Serve;

/// <summary>One message of an event stream (text/event-stream), as the browser's EventSource reads it.</summary>
public static class ServerSentEvent
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>"event: name\ndata: {json}\n\n". Compact JSON has no raw line breaks, so the data is one line as the format needs.</summary>
    public static string Format(string name, object data) => $"event: {name}\ndata: {JsonSerializer.Serialize(data, Json)}\n\n";

    /// <summary>Tells the browser how long to wait before reconnecting after the connection is lost.</summary>
    public static string Retry(TimeSpan delay) => $"retry: {(int)delay.TotalMilliseconds}\n\n";

    /// <summary>A comment line: keeps idle connections open through proxies and lets the server notice closed ones.</summary>
    public const string KeepAlive = ": keep-alive\n\n";
}
