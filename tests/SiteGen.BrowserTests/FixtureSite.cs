using SiteGen.PostProcess.Search;
using SiteGen.Render.SearchSections;

namespace SiteGen.BrowserTests;

/// <summary>
/// A small site whose words the tests know, written to a folder with the search index and the theme's
/// search scripts and styles, served under a sub-path as a site with a base path would be.
/// </summary>
public static class FixtureSite
{
    public const string BasePath = "/help/";

    public const string XssTitle = "<img src=x onerror=alert(1)>";

    public static readonly FixtureArticle[] Articles =
    [
        new("after-a-relapse", "What to say after a relapse", ["relapse", "family"],
            "A relapse can feel like the end of every hope you had. It rarely is.",
            [
                ("first-words", "The first words", "Say that you are glad they told you. Relapsing does not erase the months of work that came before."),
                ("plans", "Making a plan together", "Ask what helped during the good weeks and write it down as a plan you both can see."),
            ],
            [("faq-is-relapse-failure", "Does a relapse mean treatment failed?", "No. Many people relapse before recovery holds; treatment can be adjusted and started again.")]),
        new("son-wont-talk", "When your son won't talk to you", ["family", "communication"],
            "Silence from a grown child hurts in a particular way.",
            [
                ("silence", "Living with the silence", "Keep the door open with short messages that ask for nothing back."),
                ("letters", "Writing a letter", "A letter can say what a phone call cannot, and it can be read more than once."),
            ],
            []),
        new("rebuilding-trust", "Rebuilding trust after addiction", ["trust", "amends"],
            "Trust returns through small promises kept, one week at a time.",
            [
                ("small-promises", "Keeping small promises", "Arrive when you said you would. After a relapse the promises may need to be smaller still."),
                ("amends", "Making amends", "An amends names the harm plainly and asks what would help now."),
            ],
            [("faq-how-long", "How long does rebuilding trust take?", "Usually longer than anyone hopes: think in seasons, not days.")]),
        new("boundaries", "Setting boundaries with someone you love", ["boundaries"],
            "Boundaries protect the relationship as much as they protect you.",
            [("saying-no", "Saying no without a fight", "Keep it short, say it once, and follow through with what you said you would do.")],
            []),
        new("forgiveness", "Forgiveness is not a deadline", ["forgiveness", "family"],
            "Forgiving someone is a process that cannot be rushed by anyone else.",
            [("resentment", "When resentment stays", "Resentment fades slowly when the harm stops and the apology is backed by change.")],
            []),
        new("unsafe-title", XssTitle, ["safety"],
            "An article about naloxone kits and overdose safety at home.",
            [("where-to-keep", "Where to keep a kit", "Keep the kit where visitors can find it quickly, and tell them where it is.")],
            []),
    ];

    /// <summary>Writes the site to <paramref name="folder"/> and returns the index files written.</summary>
    public static IReadOnlyList<SiteGen.Write.OutputFile> WriteTo(string folder)
    {
        var pages = Articles
            .Select(a => (Path: $"articles/{a.Slug}/", Html: FixtureHtml.Article(BasePath, a)))
            .Append((Path: "about/", Html: FixtureHtml.Page(BasePath, "About us",
                "<article class=\"page\"><h1>About us</h1><div class=\"page-body\"><p>We are a family support group that meets on Tuesdays.</p></div></article>")))
            .Append((Path: "search/", Html: FixtureHtml.SearchPage(BasePath)))
            .Append((Path: "topics/", Html: FixtureHtml.Page(BasePath, "Topics", "<h1>Topics</h1>")))
            .ToList();
        foreach (var (path, html) in pages) Write(folder, path + "index.html", System.Text.Encoding.UTF8.GetBytes(html));

        var index = SearchIndexWriter.Write(pages.Select(p => (BasePath + p.Path, p.Html)));
        foreach (var file in index) Write(folder, file.Path, file.Content.ToArray());

        CopyThemeAssets(folder);
        return index;
    }

    /// <summary>The default theme's search scripts and styles, under assets/ as the fixture pages link them.</summary>
    private static void CopyThemeAssets(string folder)
    {
        var assets = Path.Combine(ThemePaths.Root, "themes", "default", "assets");
        foreach (var script in Directory.GetFiles(Path.Combine(assets, "js"), "search*.js")) Copy(script, folder, "assets/js/");
        foreach (var css in Directory.GetFiles(Path.Combine(assets, "css"), "*.css")) Copy(css, folder, "assets/css/");
    }

    private static void Copy(string source, string folder, string target) =>
        Write(folder, target + Path.GetFileName(source), File.ReadAllBytes(source));

    private static void Write(string folder, string path, byte[] bytes)
    {
        var full = Path.Combine(folder, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, bytes);
    }
}
