using System.CommandLine;
using SiteGen.Parse;

namespace SiteGen.Cli;

/// <summary>
/// Options that build and serve share, checked as the command line is read: a wrong value is a wrong command
/// line (exit 2) in every command, not an error of the content.
/// </summary>
internal static class CommandOptions
{
    public static Option<string> Source()
    {
        var source = new Option<string>("--source", "-s") { Description = "The content folder, holding site.yml, articles/ and pages/.", DefaultValueFactory = _ => "content" };
        source.Validators.Add(result =>
        {
            string folder = result.GetValueOrDefault<string>();
            if (!Directory.Exists(folder)) result.AddError($"the content folder '{folder}' does not exist");
        });
        return source;
    }

    public static Option<string?> BaseUrlOverride()
    {
        var baseUrl = new Option<string?>("--base-url") { Description = "The site's public URL to use instead of site.yml's base_url, e.g. https://preview.example.org/." };
        baseUrl.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string?>() is { } url && BaseUrl.Normalize(url) is null) result.AddError("--base-url: " + BaseUrl.Problem(url));
        });
        return baseUrl;
    }
}
