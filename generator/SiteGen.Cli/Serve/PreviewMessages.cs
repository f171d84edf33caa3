using System.Text.Json;
using System.Text.Json.Serialization;

namespace SiteGen.Cli.Serve;

/// <summary>"hello": which server and which build a page is talking to.</summary>
public sealed record HelloMessage(string Server, int Build);

/// <summary>"reload": the build that the page should now show.</summary>
public sealed record ReloadMessage(int Build);

/// <summary>One error of "errors", as the page's overlay lists it.</summary>
public sealed record ErrorMessage(string File, int Line, int Column, string Message);

// Generated serializers: the native build has no run-time code generation, and reflection-based JSON would need it switched on.
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(HelloMessage))]
[JsonSerializable(typeof(ReloadMessage))]
[JsonSerializable(typeof(IReadOnlyList<ErrorMessage>))]
internal sealed partial class PreviewMessagesJson : JsonSerializerContext;
