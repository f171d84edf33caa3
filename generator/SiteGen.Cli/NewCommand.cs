using System.CommandLine;

namespace SiteGen.Cli;

/// <summary>sitegen new article "Title": starts a draft article with the front matter filled in.</summary>
public static class NewCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var title = new Argument<string>("title") { Description = "The article's title; its file name and slug are made from it." };
        var source = new Option<string>("--source", "-s") { Description = "The content folder to add the article to.", DefaultValueFactory = _ => "content" };
        var language = new Option<string?>("--language", "-l") { Description = "The language it is written in, one of site.yml's (es): the article goes in content/<code>/articles/." };
        var article = new Command("article", "Create content/articles/<slug>.md as a draft, with title, today's date, description and topics to fill in.")
        {
            title, source, language,
        };
        article.SetAction(parsed =>
        {
            if (NewArticle.Problem(parsed.GetValue(title)!) is { } problem)
            {
                stderr.WriteLine("sitegen: " + problem);
                return (int)ExitCode.Usage;
            }
            var folder = ArticlesFolder(parsed.GetValue(source)!, parsed.GetValue(language));
            if (folder.Problem is { } wrong)
            {
                stderr.WriteLine("sitegen: " + wrong);
                return (int)ExitCode.Usage;
            }
            var draft = NewArticle.For(parsed.GetValue(title)!, DateOnly.FromDateTime(DateTime.Now))!;
            string path = Path.Combine(folder.Path!, draft.FileName);
            try
            {
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                // CreateNew: an existing article is never overwritten, even if it appears between check and write.
                using var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
                using var writer = new StreamWriter(file, new System.Text.UTF8Encoding(false));
                writer.Write(draft.Text);
            }
            catch (IOException) when (File.Exists(path))
            {
                stderr.WriteLine($"sitegen: {path} already exists; choose another title or edit that file");
                return (int)ExitCode.Usage;
            }
            stdout.WriteLine($"Created {path}");
            return (int)ExitCode.Success;
        });
        return new Command("new", "Create new content.") { article };
    }

    // The articles folder of a language: the default language's is content/articles/, another's content/<code>/articles/.
    // site.yml says which is which; a language it does not declare is refused here, before a build would refuse it.
    private static (string? Path, string? Problem) ArticlesFolder(string source, string? language)
    {
        string articles = Path.Combine(source, "articles");
        if (language is null) return (articles, null);
        if (!Languages.LanguageNames.IsCode(language)) return (null, $"'{language}' is not a language code such as es or pt-BR");
        string siteYml = Path.Combine(source, Load.ContentLoader.SiteConfigName);
        if (!File.Exists(siteYml)) return (Path.Combine(source, language, "articles"), null);
        var errors = new Diagnostics.ErrorList();
        var config = Parse.SiteConfigParser.Parse(new Load.SourceFile(Load.ContentLoader.SiteConfigName, siteYml, File.ReadAllText(siteYml)), errors)?.Config;
        if (config is null || config.Language == language) return (articles, null);
        if (config.OtherLanguages.Any(l => l.Language == language)) return (Path.Combine(source, language, "articles"), null);
        return (null, $"site.yml does not declare the language '{language}'; add it under languages: ({language}: {{ name: {Languages.LanguageNames.Of(language)} }}), see docs/languages.md");
    }
}
