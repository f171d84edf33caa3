using System.CommandLine;
using SiteGen.Import;
using SiteGen.Parse;

namespace SiteGen.Cli;

/// <summary>sitegen import text|html: articles an old site left as copied text or saved pages, as drafts to finish.</summary>
public static class ImportCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var files = new Argument<string[]>("files") { Description = "Text files, each one article copied out of a page.", Arity = ArgumentArity.OneOrMore };
        var into = Into();
        var slugFromFile = SlugFromFile();
        var force = Force("articles");
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
                documents.Add(Named(article, file, parsed.GetValue(slugFromFile)));
            }
            string folder = parsed.GetValue(into)!;
            return Report(ImportWriter.Write(folder, "articles", documents, parsed.GetValue(force)), folder, documents.Count, stdout, stderr);
        });
        return new Command("import", "Bring content in from another site.") { text, Html(stdout, stderr), WordPress(stdout, stderr) };
    }

    private static Command WordPress(TextWriter stdout, TextWriter stderr)
    {
        var export = new Argument<string>("export") { Description = "The export file from WordPress's Tools > Export (WXR)." };
        var into = Into();
        var uploads = new Option<string?>("--uploads") { Description = "A copy of the site's wp-content/uploads: the images used are copied from it." };
        var dryRun = new Option<bool>("--dry-run") { Description = "Show what the import would do, and write nothing." };
        var force = Force("articles and pages");
        var command = new Command("wordpress", "Import a WordPress export: posts, pages, drafts, topics, images, and every old address kept.")
        {
            export, into, uploads, dryRun, force,
        };
        command.SetAction(parsed =>
        {
            string file = parsed.GetValue(export)!;
            string? uploadsFolder = parsed.GetValue(uploads);
            if (uploadsFolder is not null && !Directory.Exists(uploadsFolder))
            {
                stderr.WriteLine($"sitegen: --uploads {uploadsFolder}: no such folder");
                return (int)ExitCode.Usage;
            }
            WordPressResult result;
            try
            {
                result = WordPressImport.Convert(File.ReadAllText(file), uploadsFolder);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Xml.XmlException or FormatException)
            {
                stderr.WriteLine($"sitegen: cannot read {file}: {e.Message}");
                return (int)ExitCode.Usage;
            }
            string folder = parsed.GetValue(into)!;
            foreach (var warning in result.Warnings) stderr.WriteLine("sitegen: warning: " + warning.Message);
            var kinds = result.Warnings.GroupBy(w => w.Kind).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Count()} {g.Key}").ToList();
            stdout.WriteLine($"{Count(result.Articles.Count, "post")} (as articles), {Count(result.Pages.Count, "page")}, {Count(result.Drafts, "draft")}, "
                + $"{Count(result.Topics.Count, "topic")}, {Count(result.Images.Count, "image")} to copy, {Count(result.ImagesToFetch.Count, "image")} to fetch, "
                + $"{Count(result.Warnings.Count, "warning")}{(kinds.Count == 0 ? "" : $" ({string.Join(", ", kinds)})")}");
            foreach (string image in result.ImagesToFetch) stdout.WriteLine($"  to fetch   {image}");
            if (parsed.GetValue(dryRun))
            {
                stdout.WriteLine("Nothing written (--dry-run).");
                return (int)ExitCode.Success;
            }
            foreach (var image in result.Images)
            {
                string to = Path.Combine(folder, image.To);
                if (File.Exists(to)) continue;
                Directory.CreateDirectory(Path.GetDirectoryName(to)!);
                File.Copy(image.From, to);
            }
            string topics = SiteTopics.Add(Path.Combine(folder, "site.yml"), result.Topics);
            if (topics.Length > 0) stdout.WriteLine(topics);
            Report(ImportWriter.Write(folder, "pages", result.Pages, parsed.GetValue(force)), folder, result.Pages.Count, stdout, stderr, "pages");
            return Report(ImportWriter.Write(folder, "articles", result.Articles, parsed.GetValue(force)), folder, result.Articles.Count, stdout, stderr,
                "posts as articles (drafts stay drafts); `sitegen check` says what each still needs");
        });
        return command;
    }

    // The options every import takes.
    private static Option<string> Into() => new("--into") { Description = "The content folder to write into.", DefaultValueFactory = _ => "content" };

    private static Option<bool> SlugFromFile() => new("--slug-from-file") { Description = "Name each article after its file instead of its title." };

    private static Option<bool> Force(string what) => new("--force") { Description = $"Replace {what} that already exist with the same name." };

    // --slug-from-file: old-post-17.txt is articles/old-post-17.md, which keeps a list of old addresses easy to match.
    private static ImportedArticle Named(ImportedArticle article, string file, bool fromFile) =>
        fromFile ? article with { Slug = Slugs.From(Path.GetFileNameWithoutExtension(file)) } : article;

    private static string Count(int n, string noun) => n == 1 ? $"1 {noun}" : $"{n} {noun}s";

    private static Command Html(TextWriter stdout, TextWriter stderr)
    {
        var paths = new Argument<string[]>("paths") { Description = "Saved pages (.html), or folders of them.", Arity = ArgumentArity.OneOrMore };
        var into = Into();
        var slugFromFile = SlugFromFile();
        var force = Force("articles and images");
        var command = new Command("html", "Import pages saved from a browser: the article is found in each, its menus and footers left out.")
        {
            paths, into, slugFromFile, force,
        };
        command.SetAction(parsed =>
        {
            var files = new List<string>();
            foreach (string path in parsed.GetValue(paths)!)
            {
                if (Directory.Exists(path))
                    files.AddRange(Directory.EnumerateFiles(path).Where(f => f.EndsWith(".html", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".htm", StringComparison.OrdinalIgnoreCase)).Order(StringComparer.Ordinal));
                else if (File.Exists(path)) files.Add(path);
                else
                {
                    stderr.WriteLine($"sitegen: cannot read {path}: no such file or folder");
                    return (int)ExitCode.Usage;
                }
            }
            string folder = parsed.GetValue(into)!;
            var documents = new List<ImportedArticle>();
            foreach (string file in files)
            {
                var result = HtmlImport.Convert(File.ReadAllText(file), file, DateOnly.FromDateTime(File.GetLastWriteTimeUtc(file)));
                if (result is null)
                {
                    stderr.WriteLine($"sitegen: warning: {file} holds no article to import; left out");
                    continue;
                }
                foreach (string problem in result.Problems) stderr.WriteLine($"sitegen: warning: {file}: {problem}");
                foreach (var image in result.Images)
                {
                    string to = Path.Combine(folder, image.To);
                    if (File.Exists(to) && !parsed.GetValue(force)) continue;
                    Directory.CreateDirectory(Path.GetDirectoryName(to)!);
                    File.Copy(image.From, to, overwrite: true);
                }
                documents.Add(Named(result.Article, file, parsed.GetValue(slugFromFile)));
            }
            return Report(ImportWriter.Write(folder, "articles", documents, parsed.GetValue(force)), folder, documents.Count, stdout, stderr);
        });
        return command;
    }

    private static int Report(ImportResult result, string folder, int count, TextWriter stdout, TextWriter stderr,
        string what = "as drafts: fill in each one's date, topics and description, then remove draft: true")
    {
        foreach (string path in result.Written) stdout.WriteLine($"  imported   {Path.Combine(folder, path)}");
        foreach (string path in result.Unchanged) stdout.WriteLine($"  unchanged  {Path.Combine(folder, path)}");
        foreach (string path in result.Kept) stderr.WriteLine($"sitegen: {Path.Combine(folder, path)} already exists and is kept; --force replaces it");
        stdout.WriteLine($"Imported {result.Written.Count} of {count} {what}.");
        return (int)ExitCode.Success;
    }
}
