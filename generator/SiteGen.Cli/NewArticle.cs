using SiteGen.Parse;

namespace SiteGen.Cli;

/// <summary>The file a new article starts as: a draft, so it is not published until an editor says so.</summary>
public sealed record NewArticle(string FileName, string Text)
{
    public static NewArticle? For(string title, DateOnly today)
    {
        string slug = Slugs.From(title);
        if (slug.Length == 0) return null;
        string text = $"""
            ---
            title: {Quoted(title.Trim())}
            date: {today:yyyy-MM-dd}
            description: ""
            topics: []
            draft: true
            ---

            Write the article here.

            """;
        return new NewArticle(slug + ".md", text);
    }

    // Double-quoted YAML so titles with ':' or '#' stay one string.
    private static string Quoted(string text) => "\"" + text.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";
}
