using Microsoft.AspNetCore.Http;

namespace SiteGen.Cli.Serve;

/// <summary>
/// The names the preview answers to. It listens on 127.0.0.1 only, but a web page the editor visits can point a name
/// of its own at 127.0.0.1 (DNS rebinding) and then read the preview as its own origin: such a request carries that
/// name in Host and is refused.
/// </summary>
public static class PreviewHosts
{
    private static readonly string[] Names = ["127.0.0.1", "localhost", "[::1]"];

    /// <summary>Whether <paramref name="host"/> names this machine's loopback, at <paramref name="port"/> when a port is given.</summary>
    public static bool IsAllowed(HostString host, int port) =>
        host.HasValue
        && Names.Any(name => string.Equals(host.Host, name, StringComparison.OrdinalIgnoreCase))
        && (host.Port is null || host.Port == port);
}
