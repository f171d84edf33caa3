using System.Net;
using Markdig;
using YamlDotNet.RepresentationModel;

namespace SiteGen.BrowserTests.Benchmarks;

/// <summary>
/// Turns a make-corpus folder (shared/bench) into rendered article pages in the default theme's markup,
/// so the search index can be measured at the scale of thousands of articles.
/// </summary>
public static class CorpusSite
{
    private static readonly MarkdownPipeline Markdown = new MarkdownPipelineBuilder().UseAdvancedExtensions().Build();

    public static IEnumerable<(string Path, string Html)> Pages(string corpusFolder, string basePath) =>
        Directory.GetFiles(Path.Combine(corpusFolder, "articles"), "*.md")
            .Order(StringComparer.Ordinal)
            .Select(file => Render(File.ReadAllText(file), basePath));

    private static (string Path, string Html) Render(string source, string basePath)
    {
        var end = source.IndexOf("\n---", 4, StringComparison.Ordinal);
        var yaml = new YamlStream();
        yaml.Load(new StringReader(source[4..end]));
        var front = (YamlMappingNode)yaml.Documents[0].RootNode;
        string Scalar(string key) => front.Children.TryGetValue(key, out var v) ? ((YamlScalarNode)v).Value ?? "" : "";
        var topics = front.Children.TryGetValue("topics", out var t) ? ((YamlSequenceNode)t).Select(n => ((YamlScalarNode)n).Value!).ToList() : [];
        var faq = front.Children.TryGetValue("faq", out var f)
            ? ((YamlSequenceNode)f).Cast<YamlMappingNode>().Select(m => (Q: ((YamlScalarNode)m["q"]).Value!, A: ((YamlScalarNode)m["a"]).Value!)).ToList()
            : [];
        var body = Markdig.Markdown.ToHtml(source[(end + 4)..], Markdown);
        var slug = Scalar("slug");
        string E(string s) => WebUtility.HtmlEncode(s);
        var html = FixtureHtml.Page(basePath, Scalar("title"), $"""
            <article class="article">
              <header class="article-header"><h1>{E(Scalar("title"))}</h1>
                <ul class="topic-list">{string.Concat(topics.Select(x => $"<li><a class=\"topic-tag\" href=\"{basePath}topics/{x}/\">{E(FixtureHtml.TopicName(x))}</a></li>"))}</ul>
              </header>
              <div class="article-body">{body}</div>
              {(faq.Count == 0 ? "" : "<section class=\"faq\"><h2 id=\"article-faq-heading\">Questions and answers</h2>" + string.Concat(faq.Select((x, i) =>
                  $"<details class=\"faq-item\" id=\"faq-{i + 1}\"><summary>{E(x.Q)}</summary><div class=\"faq-answer\"><p>{E(x.A)}</p></div></details>")) + "</section>")}
            </article>
            """);
        return ($"articles/{slug}/", html);
    }
}
