using System.Text.Json.Nodes;
using SiteGen.Model;
using SiteGen.Render.Feeds;

namespace SiteGen.Render.StructuredData;

/// <summary>The publisher as schema.org's Organization, from site.yml's organization (the site's title when none).</summary>
public static class OrganizationNode
{
    public static string Id(SiteConfig config) => config.BaseUrl + "#organization";

    public static JsonObject Build(SiteConfig config)
    {
        var organization = config.Organization;
        return JsonLd.Identified("Organization", Id(config),
            ("name", organization?.Name ?? config.Title),
            ("url", AbsoluteUrls.Of(config, organization?.Url ?? config.BaseUrl)),
            ("logo", organization?.Logo is { Length: > 0 } logo ? JsonLd.Node("ImageObject", ("url", AbsoluteUrls.Of(config, logo))) : null),
            ("telephone", JsonLd.Text(organization?.Phone)),
            ("address", JsonLd.Text(organization?.Address)));
    }
}
