namespace SiteGen.Parse;

/// <summary>The rule for a site's public address (site.yml's <c>base_url</c>, or <c>--base-url</c>).</summary>
public static class BaseUrl
{
    /// <summary>
    /// The address ending in '/', escaped as RFC 3986 wants (so canonical links, feeds, robots.txt and the sitemap all
    /// spell it the same), or null when it is not an absolute http(s) URL without user, password, query or fragment.
    /// </summary>
    public static string? Normalize(string text)
    {
        string url = text.Trim();
        if (!Uri.TryCreate(url.EndsWith('/') ? url : url + "/", UriKind.Absolute, out var uri)) return null;
        return (uri.Scheme == "https" || uri.Scheme == "http") && uri.UserInfo.Length == 0 && uri.Query.Length == 0 && uri.Fragment.Length == 0
            ? uri.AbsoluteUri
            : null;
    }

    public static string Problem(string text) =>
        Uri.TryCreate(text.Trim(), UriKind.Absolute, out var uri) && uri.UserInfo.Length > 0
            ? "base_url must not hold a user name or password: it is printed in every page's links for anyone to read"
            : $"base_url must be an absolute http(s) URL such as https://example.org/ or https://example.org/blog/, not '{text.Trim()}'";
}
