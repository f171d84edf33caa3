using SiteGen.Model;
using SiteGen.Write;

namespace SiteGen.Render.HostFiles;

/// <summary>
/// The _headers file (Netlify, Cloudflare Pages) with a policy that lets pages load nothing from another
/// origin: readers of these sites may be watched, and a third-party request tells someone they were here.
/// </summary>
public static class SecurityHeaders
{
    public const string Path = "_headers";

    public const string PermissionsPolicy =
        "accelerometer=(), browsing-topics=(), camera=(), display-capture=(), geolocation=(), gyroscope=(), "
        + "interest-cohort=(), magnetometer=(), microphone=(), payment=(), usb=()";

    /// <summary>Hashes the inline code of every HTML file of the output and writes the policy that allows exactly it.</summary>
    public static OutputFile Write(SiteConfig config, IEnumerable<OutputFile> output) =>
        Write(config, output.AsParallel()
            .Where(file => file.Path.EndsWith(".html", StringComparison.OrdinalIgnoreCase))
            .Select(file => InlineCode.Hashes(file.Content.Span))
            .ToList());

    /// <summary>Writes the policy from the inline code hashes of every HTML file, taken as each was made.</summary>
    public static OutputFile Write(SiteConfig config, IReadOnlyList<(IReadOnlyList<string> Scripts, IReadOnlyList<string> Styles)> found)
    {
        // Sorted, so the policy is the same whatever order the pages were scanned in.
        var scripts = new SortedSet<string>(found.SelectMany(f => f.Scripts), StringComparer.Ordinal);
        var styles = new SortedSet<string>(found.SelectMany(f => f.Styles), StringComparer.Ordinal);
        return OutputFile.FromText(Path, Text(config, ContentSecurityPolicy(scripts, styles)));
    }

    public static string ContentSecurityPolicy(IEnumerable<string> scriptHashes, IEnumerable<string> styleHashes) =>
        string.Join("; ",
            "default-src 'self'",
            Join("script-src 'self'", scriptHashes),
            Join("style-src 'self'", styleHashes),
            "img-src 'self' data:",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    public static string Text(SiteConfig config, string contentSecurityPolicy) =>
        $"""
        {config.BasePath}*
          Content-Security-Policy: {contentSecurityPolicy}
          Referrer-Policy: no-referrer
          X-Content-Type-Options: nosniff
          X-Frame-Options: DENY
          Permissions-Policy: {PermissionsPolicy}

        """;

    private static string Join(string directive, IEnumerable<string> sources) =>
        string.Join(' ', sources.Prepend(directive));
}
