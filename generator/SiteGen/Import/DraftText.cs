using System.Text;
using SiteGen.Parse;

namespace SiteGen.Import;

/// <summary>The Markdown file of an imported draft: a note of what is still to fill in, the front matter found, the body.</summary>
public static class DraftText
{
    /// <param name="note">What the editor must still do, one sentence or more; written as YAML comments.</param>
    /// <param name="aliases">The document's old addresses, which become redirects.</param>
    public static string Of(string note, string title, DateOnly date, IReadOnlyList<string> aliases, string body)
    {
        var text = new StringBuilder("---\n");
        foreach (string line in note.Split('\n')) text.Append("# ").Append(line).Append('\n');
        text.Append($"title: {YamlText.Quoted(title)}\n");
        text.Append($"date: {date:yyyy-MM-dd}\n");
        text.Append("draft: true\n");
        if (aliases.Count > 0) text.Append($"aliases: [{string.Join(", ", aliases.Select(YamlText.Quoted))}]\n");
        return text.Append("---\n\n").Append(body).Append('\n').ToString();
    }
}
