using SiteGen.Parse;

namespace SiteGen.Cli;

/// <summary>The file a new article starts as: a draft, so it is not published until an editor says so.</summary>
public sealed record NewArticle(string FileName, string Text)
{
    /// <summary>Titles longer than this are a paragraph pasted by mistake.</summary>
    public const int MaxTitleLength = 200;

    /// <summary>Why <paramref name="title"/> cannot start an article, or null.</summary>
    public static string? Problem(string title)
    {
        if (title.AsSpan().IndexOfAny('\n', '\r') >= 0) return "the title must be one line";
        if (title.Trim().Length > MaxTitleLength) return $"the title is longer than {MaxTitleLength} characters";
        if (title.Any(char.IsControl)) return "the title holds a control character";
        return Slugs.From(title).Length == 0 ? "the title needs at least one letter or digit" : null;
    }

    public static NewArticle? For(string title, DateOnly today)
    {
        if (Problem(title) is not null) return null;
        string slug = Slugs.From(title);
        string text = $"""
            ---
            title: {YamlText.Quoted(title.Trim())}
            date: {today:yyyy-MM-dd}
            description: ""
            topics: []
            draft: true
            ---

            Write the article here.

            """;
        return new NewArticle(slug + ".md", text);
    }
}
