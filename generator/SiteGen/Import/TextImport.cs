using System.Text;
using System.Text.RegularExpressions;
using SiteGen.Parse;
using SiteGen.Parse.Markdown;

namespace SiteGen.Import;

/// <summary>
/// Turns text copied out of a web page into a draft article. Such text has lost its markup, so its shape is read from
/// the lines (documented in docs/import.md):
/// <list type="bullet">
/// <item>page furniture at the top (Home, About Us, Contact Us, Menu, Skip to content) is left out, and so is a line
/// that repeats the title;</item>
/// <item>the first line left is the title;</item>
/// <item>a short line without closing punctuation, followed by a paragraph, is a heading;</item>
/// <item>lines starting with •, -, *, or 1. (or 1)) are list items;</item>
/// <item>a line in quotation marks followed by a "– Name" line is a quote with its attribution;</item>
/// <item>a heading that is or starts with FAQ, FAQs or Frequently Asked Questions opens the FAQ section, whose
/// question lines (ending in ?) become its questions;</item>
/// <item>every other line is a paragraph of its own; lines of one paragraph wrapped by the copy are joined.</item>
/// </list>
/// Pure: the text in, the article's Markdown out.
/// </summary>
public static partial class TextImport
{
    /// <summary>Words short lines at the top of a copied page are made of: its menu and links, not the article.</summary>
    private static readonly HashSet<string> Furniture = new(StringComparer.OrdinalIgnoreCase)
    {
        "home", "about", "about us", "contact", "contact us", "menu", "skip to content", "skip to main content", "search",
        "blog", "news", "donate", "get help", "get help now", "resources", "services", "our services", "call now", "log in",
        "sign in", "subscribe", "share", "print", "back", "close", "main menu", "navigation", "you are here", "breadcrumb",
    };

    /// <summary>The most words a heading has; a longer line is a sentence, even without its full stop.</summary>
    public const int MaxHeadingWords = 12;

    [GeneratedRegex(@"^\s*(?:[•·▪◦‣\-*]|(?<number>\d{1,3})[.)])\s+(?<item>.+)$")]
    private static partial Regex ListItem();

    [GeneratedRegex(@"^\s*[""“](?<quote>.+)[""”]\s*$")]
    private static partial Regex Quoted();

    [GeneratedRegex(@"^\s*[–—-]\s*(?<name>\S.*)$")]
    private static partial Regex Attribution();

    /// <param name="date">The date to give the draft (the file's own date, so that importing it again gives the same file).</param>
    /// <returns>The article, or null for a text with no line to be its title.</returns>
    public static ImportedArticle? Convert(string text, DateOnly date)
    {
        var lines = text.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n').Select(l => l.Replace('\u00a0', ' ').TrimEnd()).ToList();
        int at = 0;
        while (at < lines.Count && (lines[at].Trim().Length == 0 || Furniture.Contains(lines[at].Trim().TrimEnd(':', '>', '»', '|'))))
            at++;
        if (at == lines.Count) return null;
        string title = lines[at].Trim();
        var body = new List<string>();
        var rest = lines.Skip(at + 1).Where(l => !string.Equals(l.Trim(), title, StringComparison.OrdinalIgnoreCase)).ToList();
        Blocks(rest, body);
        string markdown = DraftText.Of(
            "Imported from copied text. Still to fill in: the date it was first published, topics, a description\n"
            + "(one or two sentences for search results), who reviewed it and when; then remove draft: true.",
            title, date, [], string.Join("\n\n", body));
        return new ImportedArticle(title, Slugs.From(title), markdown);
    }

    private static void Blocks(List<string> lines, List<string> body)
    {
        bool inFaq = false;
        var list = new List<string>();
        for (int i = 0; i < lines.Count; i++)
        {
            string line = lines[i].Trim();
            if (line.Length == 0) continue;
            if (ListItem().Match(line) is { Success: true } item)
            {
                list.Add((item.Groups["number"].Success ? item.Groups["number"].Value + "." : "-") + " " + Escape(item.Groups["item"].Value.Trim()));
                if (NextLine(lines, i) is not { } following || !ListItem().IsMatch(following)) Flush();
                continue;
            }
            if (Quoted().Match(line) is { Success: true } quote && NextLine(lines, i) is { } by && Attribution().Match(by) is { Success: true } name)
            {
                body.Add($"> {Escape(quote.Groups["quote"].Value.Trim())}\n>\n> — {Escape(name.Groups["name"].Value.Trim())}");
                i = NextIndex(lines, i);
                continue;
            }
            if (inFaq && line.EndsWith('?'))
            {
                body.Add("### " + Escape(line));
                continue;
            }
            if (IsHeading(line) && NextLine(lines, i) is { } next && !IsHeading(next))
            {
                inFaq = FaqSection.IsFaqTitle(line);
                body.Add("## " + Escape(line));
                continue;
            }
            body.Add(Escape(line));
        }
        Flush();

        void Flush()
        {
            if (list.Count == 0) return;
            body.Add(string.Join("\n", list));
            list.Clear();
        }
    }

    private static bool IsHeading(string line) =>
        line.Length > 0 && !".!?:;,…\"”'’)".Contains(line[^1]) && line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= MaxHeadingWords
        && !ListItem().IsMatch(line);

    private static string? NextLine(List<string> lines, int i) => NextIndex(lines, i) is var n && n < lines.Count ? lines[n].Trim() : null;

    private static int NextIndex(List<string> lines, int i)
    {
        int n = i + 1;
        while (n < lines.Count && lines[n].Trim().Length == 0) n++;
        return n;
    }

    /// <summary>Characters Markdown would take for markup, escaped so the words read as they were written.</summary>
    public static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length + 8);
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c is '\\' or '*' or '_' or '`' or '[' or ']' or '<' or '>' || (i == 0 && c is '#' or '+' or '-' or '=' or '|')) escaped.Append('\\');
            escaped.Append(c);
        }
        // "1. " at the start would be a list.
        string result = escaped.ToString();
        return ListStart().IsMatch(result) ? ListStart().Replace(result, m => m.Value.Insert(m.Value.Length - 1, "\\"), 1) : result;
    }

    [GeneratedRegex(@"^\d{1,9}[.)]")]
    private static partial Regex ListStart();
}

/// <summary>An imported document: its title, the slug its file is named by, and the Markdown file's text.</summary>
public sealed record ImportedArticle(string Title, string Slug, string Text);
