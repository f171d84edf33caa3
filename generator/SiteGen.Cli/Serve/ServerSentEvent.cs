using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace SiteGen.Cli.Serve;

/// <summary>One message of an event stream (text/event-stream), as the browser's EventSource reads it.</summary>
public static class ServerSentEvent
{
    /// <summary>"event: name\ndata: {json}\n\n". Compact JSON has no raw line breaks, so the data is one line as the format needs.</summary>
    public static string Format<T>(string name, T data, JsonTypeInfo<T> type) => $"event: {name}\ndata: {JsonSerializer.Serialize(data, type)}\n\n";

    public static string Hello(string server, int version) => Format("hello", new HelloMessage(server, version), PreviewMessagesJson.Default.HelloMessage);

    public static string Reload(int version, IReadOnlyList<string>? pages) =>
        Format("reload", new ReloadMessage(version, pages), PreviewMessagesJson.Default.ReloadMessage);

    public static string Errors(IReadOnlyList<ErrorMessage> errors) => Format("errors", errors, PreviewMessagesJson.Default.IReadOnlyListErrorMessage);

    public static string Findings(FindingsMessage findings) => Format("findings", findings, PreviewMessagesJson.Default.FindingsMessage);

    /// <summary>Tells the browser how long to wait before reconnecting after the connection is lost.</summary>
    public static string Retry(TimeSpan delay) => $"retry: {(int)delay.TotalMilliseconds}\n\n";

    /// <summary>A comment line: keeps idle connections open through proxies and lets the server notice closed ones.</summary>
    public const string KeepAlive = ": keep-alive\n\n";
}
