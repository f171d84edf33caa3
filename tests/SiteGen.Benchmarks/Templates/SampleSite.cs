using System.Text;
using SiteGen.Languages;
using SiteGen.Model;
using SiteGen.Render.Pages;
using SiteGen.Render.Themes;
using SiteGen.Render.Views;

namespace SiteGen.Benchmarks.Templates;

/// <summary>
/// A site of 200 articles, built in memory, with the default theme of the repository: articles of a 5 KB body,
/// three topics each, a table of contents and two questions, on a site with a helpline, menu and disclaimer.
/// </summary>
internal sealed class SampleSite
{
    public SampleSite()
    {
        var config = new SiteConfig
        {
            Title = "Steady Ground",
            Description = "Plain answers for people in recovery and the people who love them.",
            BaseUrl = "https://example.org/help/",
            Helpline = new Helpline("SAMHSA National Helpline, free and confidential", "1-800-662-4357", "24 hours a day, 365 days a year"),
            DisclaimerHtml = "<p>These articles are <strong>not medical advice</strong>.</p>",
            Menu = [new MenuItem("Topics", "topics/"), new MenuItem("About", "about/")],
        };
        string[] topics = ["trust", "family", "relapse", "boundaries", "self-care", "amends"];
        var articles = Enumerable.Range(0, 200).Select(i => Article(i, [topics[i % 6], topics[(i + 1) % 6], topics[(i + 3) % 6]])).ToList();
        var newestFirst = articles.OrderByDescending(a => a.Date).ToList();
        Site = new Site
        {
            Config = config,
            Articles = newestFirst,
            Pages = [],
            Topics = topics.Select(t => new Topic(t, char.ToUpperInvariant(t[0]) + t[1..], newestFirst.Where(a => a.Topics.Contains(t)).ToList())).ToList(),
            Related = article => newestFirst.Where(a => a != article && a.Topics.Intersect(article.Topics).Any()).Take(5).ToList(),
        };
        Theme = new Theme([new ThemeDirectory("default", Path.Combine(RepositoryRoot, "themes", "default"), null)]);
        // The theme's words, which its templates print through `t`.
        Words = new Dictionary<string, InterfaceText> { ["en"] = InterfaceTextReader.Read(Theme, "en", "en", new Diagnostics.ErrorList()) };
        Views = SiteViews.Build(Site, Theme.Assets().ToDictionary(a => a.RelativePath, a => "/help/" + a.RelativePath), "/help/search/", words: Words);
        Jobs = PagePlan.For(Site, Views, d => d.SourcePath);
    }

    public Site Site { get; }
    public Theme Theme { get; }
    public SiteViews Views { get; }
    public IReadOnlyDictionary<string, InterfaceText> Words { get; }
    public IReadOnlyList<PageJob> Jobs { get; }

    public PageJob Job(string kind) => Jobs.First(j => j.Info.Kind == kind);

    private static Article Article(int i, string[] topics)
    {
        var body = new StringBuilder("<h2 id=\"first-steps\">First steps</h2>\n");
        while (body.Length < 5 * 1024)
            body.Append("<p>Recovery is rarely a straight line. Many people find that the first weeks bring relief and doubt in equal measure, ")
                .Append("and that asking for help is itself a skill that grows with practice.</p>\n");
        return new Article
        {
            SourcePath = $"articles/article-{i}.md",
            Slug = $"article-{i}",
            Title = $"Rebuilding trust, part {i} & what helps",
            Description = "Trust comes back slowly. What helps, and what does not.",
            Summary = "Trust comes back slowly. What helps, and what does not.",
            BodyHtml = CompactText.Of(body),
            Toc = [new TocEntry(2, "First steps", "first-steps")],
            Date = new DateTimeOffset(2025, 1, 1, 9, 0, 0, TimeSpan.Zero).AddDays(i),
            Author = "Dana Whitfield",
            Topics = topics,
            Faq = [new FaqEntry("How long does it take?", "<p>Usually months.</p>", "Usually months.", $"how-long-{i}"),
                new FaqEntry("What helps?", "<p>Small promises, kept.</p>", "Small promises, kept.", $"what-helps-{i}")],
            WordCount = 880,
        };
    }

    private static string RepositoryRoot { get; } = Locate();

    private static string Locate([System.Runtime.CompilerServices.CallerFilePath] string thisFile = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(thisFile)!, "..", "..", ".."));
}
