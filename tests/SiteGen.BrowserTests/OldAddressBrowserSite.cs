using SiteGen.Build;

namespace SiteGen.BrowserTests;

/// <summary>
/// A site moved from WordPress, built by SiteGen, served as a static host serves it: the home page for any query,
/// the site's 404 page where nothing is, and the policy of its own _headers file.
/// </summary>
public sealed class OldAddressBrowserSite : BrowserSite
{
    protected override string? BasePath => "/blog/";

    protected override void WriteSite(string folder)
    {
        string content = Path.Combine(Path.GetTempPath(), "sitegen-old-addresses-" + Guid.NewGuid().ToString("N"));
        try
        {
            Write(content, "site.yml", "title: Family Recovery Notes\nbase_url: http://127.0.0.1/blog/\n");
            Write(content, "articles/rebuilding-trust.md", """
                ---
                title: Rebuilding trust
                date: 2025-03-01
                description: How trust comes back after addiction, one kept promise at a time.
                aliases: ["/2023/04/rebuilding-trust/", "/?p=12"]
                ---

                Trust returns through small promises kept.
                """);
            Write(content, "pages/about.md", """
                ---
                title: About us
                aliases: ["/index.php?page_id=7"]
                ---

                We are a family support group that meets on Tuesdays.
                """);
            var result = new SiteBuilder().Build(new BuildOptions
            {
                SourceFolder = content,
                OutputFolder = folder,
                ThemeRoots = [Path.Combine(ThemePaths.Root, "themes")],
            });
            if (!result.Succeeded) throw new InvalidOperationException("the site did not build:\n" + string.Join('\n', result.Errors));
        }
        finally
        {
            Directory.Delete(content, recursive: true);
        }
    }

    protected override StaticFileServer Serve(string siteFolder, string basePath)
    {
        string policy = File.ReadLines(Path.Combine(siteFolder, "_headers"))
            .Select(line => line.Trim()).Single(line => line.StartsWith("Content-Security-Policy:", StringComparison.Ordinal))
            ["Content-Security-Policy:".Length..].Trim();
        return new StaticFileServer(siteFolder, basePath, policy, notFoundPage: "404.html");
    }

    private static void Write(string folder, string path, string text)
    {
        string full = Path.Combine(folder, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
    }
}
