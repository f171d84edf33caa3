namespace SiteGen.Parse;

/// <summary>The rule for a site's public address (site.yml's <c>base_url</c>, or <c>--base-url</c>).</summary>
public static class BaseUrl
{
    /// <summary>The address ending in '/', or null when it is not an absolute http(s) URL without query or fragment.</summary>
    public static string? Normalize(string text)
    {
        string url = text.Trim();
        return Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == "https" || uri.Scheme == "http") && uri.Query.Length == 0 && uri.Fragment.Length == 0
            ? url.EndsWith('/') ? url : url + "/"
            : null;
    }

    public static string Problem(string text) =>
        $"base_url must be an absolute http(s) URL such as https://example.org/ or https://example.org/blog/, not '{text.Trim()}'";
}
