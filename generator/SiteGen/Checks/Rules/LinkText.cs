using System.Text.RegularExpressions;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using SiteGen.Parse.Markdown;

namespace SiteGen.Checks.Rules;

/// <summary>
/// Link text says where a link leads (screen readers list links on their own): not "click here", "here", "read more",
/// "this" or a bare URL. Links are https. Raw HTML may not load from known tracking or advertising hosts
/// (<see cref="TrackingHosts"/>): a reader's visit would be told to them.
/// </summary>
public sealed partial class LinkText : ICheckRule
{
    public string Id => "link-text";

    public CheckSeverity DefaultSeverity => CheckSeverity.Warning;

    private static readonly HashSet<string> Vague = new(StringComparer.OrdinalIgnoreCase)
        { "click here", "here", "read more", "more", "this", "this link", "link", "click", "learn more", "go" };

    /// <summary>Hosts whose scripts, pixels and frames follow readers: analytics, advertising, social widgets.</summary>
    public static readonly string[] TrackingHosts =
    [
        "google-analytics.com", "googletagmanager.com", "doubleclick.net", "googlesyndication.com", "googleadservices.com",
        "facebook.net", "connect.facebook.net", "facebook.com/tr", "hotjar.com", "clarity.ms", "segment.com", "segment.io",
        "mixpanel.com", "newrelic.com", "nr-data.net", "quantserve.com", "scorecardresearch.com", "adnxs.com", "taboola.com",
        "outbrain.com", "criteo.com", "amazon-adsystem.com", "ads-twitter.com", "analytics.twitter.com", "bat.bing.com",
        "snap.licdn.com", "px.ads.linkedin.com", "tiktok.com/i18n/pixel", "analytics.tiktok.com", "matomo.cloud", "statcounter.com",
    ];

    [GeneratedRegex("""(?:src|href|action|data)\s*=\s*["']?(?:https?:)?//(?<host>[^/"'\s>]+)(?<path>/[^"'\s>]*)?""", RegexOptions.IgnoreCase)]
    private static partial Regex HtmlUrl();

    public IEnumerable<RuleFinding> Check(CheckedDocument document, CheckContext context)
    {
        foreach (var link in document.Parts.Links.Where(l => !l.IsImage))
        {
            var (line, column) = document.BodyPosition(link.Span.Start);
            string text = InlineText.Of(link);
            string url = link.Url ?? "";
            if (link.IsAutoLink || (text.Length > 0 && (text == url || text.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || text.StartsWith("https://", StringComparison.OrdinalIgnoreCase) || text.StartsWith("www.", StringComparison.OrdinalIgnoreCase))))
                yield return new RuleFinding(line, column, "a bare URL as link text", $"[what the page is]({url})");
            else if (Vague.Contains(text.TrimEnd('.', '!', ':')))
                yield return new RuleFinding(line, column, $"link text '{text}' does not say where it leads", "name the page or what the reader will find");
            if (url.StartsWith("http://", StringComparison.OrdinalIgnoreCase))
                yield return new RuleFinding(line, column, $"an http:// link ({url}): the connection is not private", "https://" + url[7..]);
        }
        foreach (var autolink in document.Parts.Autolinks.Where(a => !a.IsEmail))
        {
            var (line, column) = document.BodyPosition(autolink.Span.Start);
            yield return new RuleFinding(line, column, "a bare URL as link text", $"[what the page is]({autolink.Url})");
        }
        foreach (var html in document.Parts.Html)
            foreach (Match m in HtmlUrl().Matches(html.Html))
            {
                string where = m.Groups["host"].Value.ToLowerInvariant() + m.Groups["path"].Value.ToLowerInvariant();
                if (TrackingHosts.FirstOrDefault(h => where == h || where.StartsWith(h, StringComparison.Ordinal) || where.Contains("." + h, StringComparison.Ordinal)) is { } host)
                {
                    var (line, column) = document.BodyPosition(html.Start + m.Index);
                    yield return new RuleFinding(line, column, $"HTML that loads from {host}, a tracking or advertising host: every reader's visit is told to it", "remove it");
                }
            }
    }
}
