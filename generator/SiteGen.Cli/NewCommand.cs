using System.CommandLine;

namespace SiteGen.Cli;

/// <summary>sitegen new article "Title": starts a draft article with the front matter filled in.</summary>
public static class NewCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var title = new Argument<string>("title") { Description = "The article's title; its file name and slug are made from it." };
        var source = new Option<string>("--source", "-s") { Description = "The content folder to add the article to.", DefaultValueFactory = _ => "content" };
        var article = new Command("article", "Create content/articles/<slug>.md as a draft, with title, today's date, description and topics to fill in.")
        {
            title, source,
        };
        article.SetAction(parsed =>
        {
            if (NewArticle.Problem(parsed.GetValue(title)!) is { } problem)
            {
                stderr.WriteLine("sitegen: " + problem);
                return (int)ExitCode.Usage;
            }
            var draft = NewArticle.For(parsed.GetValue(title)!, DateOnly.FromDateTime(DateTime.Now))!;
            string path = Path.Combine(parsed.GetValue(source)!, "articles", draft.FileName);
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
}
