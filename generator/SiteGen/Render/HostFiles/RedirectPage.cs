using System.Net;
using SiteGen.Model;

namespace SiteGen.Render.HostFiles;

/// <summary>
/// The page left at an old address. Works on any static host: browsers follow the meta refresh, search
/// engines the canonical link, and people whose browser does neither get a plain link.
/// </summary>
public static class RedirectPage
{
    public static string Html(SiteConfig config, Redirect redirect)
    {
        string target = WebUtility.HtmlEncode(config.RootUrl(redirect.TargetPath));
        string canonical = WebUtility.HtmlEncode(config.AbsoluteUrl(redirect.TargetPath));
        string title = WebUtility.HtmlEncode(redirect.Title);
        string lang = WebUtility.HtmlEncode(config.Language);
        return $"""
            <!doctype html>
            <html lang="{lang}">
            <head>
            <meta charset="utf-8">
            <title>{title}</title>
            <meta name="robots" content="noindex">
            <link rel="canonical" href="{canonical}">
            <meta http-equiv="refresh" content="0; url={target}">
            </head>
            <body>
            <p>This page has moved: <a href="{target}">{title}</a></p>
            </body>
            </html>

            """;
    }
}
