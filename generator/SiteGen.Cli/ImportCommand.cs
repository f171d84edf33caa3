using System.CommandLine;
using SiteGen.Import;
using SiteGen.Parse;

namespace SiteGen.Cli;

/// <summary>sitegen import text FILE…: articles an old site left only as copied text, as drafts to finish.</summary>
public static class ImportCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var files = new Argument<string[]>("files") { Description = "Text files, each one article copied out of a page.", Arity = ArgumentArity.OneOrMore };
        var into = new Option<string>("--into") { Description = "The content folder to write into.", DefaultValueFactory = _ => "content" };
        var slugFromFile = new Option<bool>("--slug-from-file") { Description = "Name each article after its file instead of its title." };
        var force = new Option<bool>("--force") { Description = "Replace articles that already exist with the same name." };
        var text = new Command("text", "Import text copied out of web pages: title, headings, lists, quotes and FAQ are read from the lines.")
        {
            files, into, slugFromFile, force,
        };
        text.SetAction(parsed =>
        {
            var documents = new List<ImportedArticle>();
            foreach (string file in parsed.GetValue(files)!)
            {
                string content;
                try
                {
                    content = File.ReadAllText(file);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    stderr.WriteLine($"sitegen: cannot read {file}: {e.Message}");
                    return (int)ExitCode.Usage;
                }
                var date = DateOnly.FromDateTime(File.GetLastWriteTimeUtc(file));
                if (TextImport.Convert(content, date) is not { } article)
                {
                    stderr.WriteLine($"sitegen: warning: {file} holds no text to import; left out");
                    continue;
                }
                if (parsed.GetValue(slugFromFile)) article = article with { Slug = Slugs.From(Path.GetFileNameWithoutExtension(file)) };
                documents.Add(article);
            }
            string folder = parsed.GetValue(into)!;
            var result = ImportWriter.Write(folder, "articles", documents, parsed.GetValue(force));
            foreach (string path in result.Written) stdout.WriteLine($"  imported   {Path.Combine(folder, path)}");
            foreach (string path in result.Unchanged) stdout.WriteLine($"  unchanged  {Path.Combine(folder, path)}");
            foreach (string path in result.Kept) stderr.WriteLine($"sitegen: {Path.Combine(folder, path)} already exists and is kept; --force replaces it");
            stdout.WriteLine($"Imported {result.Written.Count} of {documents.Count} as drafts: fill in each one's date, topics and description, then remove draft: true.");
            return (int)ExitCode.Success;
        });
        return new Command("import", "Bring content in from another site.") { text };
    }
}
