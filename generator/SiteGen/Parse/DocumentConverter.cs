using SiteGen.Diagnostics;
using SiteGen.Model;
using SiteGen.Parse.Markdown;

namespace SiteGen.Parse;

/// <summary>The second parse pass: a document's Markdown to HTML, and the finished <see cref="Article"/> or <see cref="Page"/>.</summary>
/// <param name="bodyParsed">Shown each body once parsed, before its links are rewritten; null when nothing reads it.</param>
public sealed class DocumentConverter(MarkdownConverter markdown, SiteLinks links, ErrorList errors, Action<SourceDocument, Markdig.Syntax.MarkdownDocument>? bodyParsed = null)
{
    public Article ToArticle(SourceDocument source)
    {
        var front = source.Front;
        var body = ConvertBody(source);
        var frontFaq = ConvertFaq(source, body.Toc.Select(t => t.Id));
        return new Article
        {
            SourcePath = source.SourcePath,
            Slug = front.Slug,
            Title = front.Title,
            Description = front.Description,
            BodyHtml = body.Html,
            Toc = body.Toc,
            Extra = front.Extra,
            Date = front.Date!.Value,
            Updated = front.Updated,
            Topics = front.Topics.Select(links.Config.InLanguageOf(source.LanguagePrefix).TopicSlug).Distinct(StringComparer.Ordinal).ToList(),
            LanguagePrefix = source.LanguagePrefix,
            TranslationKey = source.TranslationKey,
            Author = front.Author,
            ReviewedBy = front.ReviewedBy,
            ReviewedOn = front.ReviewedOn,
            Draft = front.Draft,
            Scheduled = links.ShownEarly.Contains(source.SourcePath),
            MentionsCrisis = MentionsCrisis(source),
            Faq = [.. frontFaq, .. body.Faq],
            Aliases = front.Aliases,
            Image = front.Image is null ? null : ResolveImage(source, front.Image),
            ImageAlt = front.ImageAlt,
            WordCount = body.WordCount,
            Summary = string.IsNullOrWhiteSpace(front.Description) ? body.Opening : front.Description,
        };
    }

    private static bool MentionsCrisis(SourceDocument source) =>
        new[] { source.Front.Title, source.Front.Description ?? "", source.Body }.Concat(source.Front.Faq.SelectMany(f => new[] { f.Question, f.AnswerMarkdown }))
            .Any(text => Checks.Rules.CrisisSafety.MayMention(text) && Checks.Rules.CrisisSafety.Mention().IsMatch(text));

    public Page ToPage(SourceDocument source)
    {
        var body = ConvertBody(source);
        return new Page
        {
            SourcePath = source.SourcePath,
            Slug = source.Front.Slug,
            Title = source.Front.Title,
            Description = source.Front.Description,
            BodyHtml = body.Html,
            Toc = body.Toc,
            Extra = source.Front.Extra,
            Layout = source.Front.Layout,
            LanguagePrefix = source.LanguagePrefix,
            TranslationKey = source.TranslationKey,
            Aliases = source.Front.Aliases,
        };
    }

    /// <summary>The errors converting the document reports (its links, images and raw HTML), without making its HTML.</summary>
    public void Inspect(SourceDocument source)
    {
        markdown.Inspect(source.Body, BodyOrigin(source), links, errors, bodyParsed is null ? null : body => bodyParsed(source, body));
        foreach (var faq in source.Front.Faq)
            markdown.Inspect(faq.AnswerMarkdown, new MarkdownOrigin(source.SourcePath, source.DisplayPath, faq.AnswerLine), links, errors);
        if (source.Kind == DocumentKind.Article && source.Front.Image is { } image) ResolveImage(source, image);
    }

    private static MarkdownOrigin BodyOrigin(SourceDocument source) => new(source.SourcePath, source.DisplayPath, source.BodyFirstLine);

    private MarkdownResult ConvertBody(SourceDocument source) =>
        markdown.Convert(source.Body, BodyOrigin(source), links, errors,
            bodyParsed is null ? null : body => bodyParsed(source, body));

    // Front matter questions get ids from their text, kept apart from the body's heading ids.
    private List<FaqEntry> ConvertFaq(SourceDocument source, IEnumerable<string> takenIds)
    {
        var taken = new HashSet<string>(takenIds, StringComparer.Ordinal);
        var next = new Dictionary<string, int>(StringComparer.Ordinal);
        var entries = new List<FaqEntry>();
        foreach (var faq in source.Front.Faq)
        {
            var origin = new MarkdownOrigin(source.SourcePath, source.DisplayPath, faq.AnswerLine);
            var (html, text) = markdown.ConvertFragment(faq.AnswerMarkdown, origin, links, errors);
            string anchor = UniqueId("faq-" + Slugs.From(faq.Question), taken, next);
            entries.Add(new FaqEntry(faq.Question, html, text, anchor));
        }
        return entries;
    }

    // Each wanted id remembers its next number, so many identical questions take linear time.
    private static string UniqueId(string wanted, HashSet<string> taken, Dictionary<string, int> next)
    {
        if (taken.Add(wanted)) return wanted;
        int n = next.GetValueOrDefault(wanted, 1);
        string id;
        do id = $"{wanted}-{n++}";
        while (!taken.Add(id));
        next[wanted] = n;
        return id;
    }

    // The preview image is checked like a Markdown image, so a missing file is caught here too.
    private string? ResolveImage(SourceDocument source, string image)
    {
        var (path, problem) = LinkResolver.ImagePath(image, source.SourcePath, links);
        if (problem is null) return path;
        errors.Add(source.DisplayPath, source.Front.ImageLine, source.Front.ImageColumn, problem);
        return null;
    }
}
