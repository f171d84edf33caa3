using System.Text.Json;
using System.Text.Json.Serialization;

namespace SiteGen.Cli.Serve;

/// <summary>"hello": which server, and which version of the site (counted in reload notices) a page is talking to.</summary>
public sealed record HelloMessage(string Server, int Version);

/// <summary>"reload": the version of the site now served, and the pages it changed, as output paths (null: any page may have).</summary>
public sealed record ReloadMessage(int Version, IReadOnlyList<string>? Pages);

/// <summary>One error of "errors", as the page's overlay lists it.</summary>
public sealed record ErrorMessage(string File, int Line, int Column, string Message);

/// <summary>"findings": what the content checks found on the page, and whether its document was just edited.</summary>
public sealed record FindingsMessage(IReadOnlyList<FindingMessage> Findings, bool Edited);

/// <summary>One finding of "findings", at its place in the Markdown.</summary>
public sealed record FindingMessage(string File, int Line, int Column, string Rule, string Severity, string Message, string? Suggestion);

// Generated serializers: the native build has no run-time code generation, and reflection-based JSON would need it switched on.
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(HelloMessage))]
[JsonSerializable(typeof(ReloadMessage))]
[JsonSerializable(typeof(IReadOnlyList<ErrorMessage>))]
[JsonSerializable(typeof(FindingsMessage))]
[JsonSerializable(typeof(IReadOnlyList<string>))]
internal sealed partial class PreviewMessagesJson : JsonSerializerContext;
