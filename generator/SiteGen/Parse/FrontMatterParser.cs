using SiteGen.Model;
using SiteGen.Diagnostics;
using SiteGen.Safety;
using YamlDotNet.RepresentationModel;

namespace SiteGen.Parse;

/// <summary>Reads and validates the YAML of an article's or page's front matter.</summary>
public static class FrontMatterParser
{
    /// <summary>The front matter, or null when the document cannot be built (errors say why).</summary>
    public static FrontMatter? Parse(string displayPath, string fileName, FrontMatterSplit split, DocumentKind kind, ErrorList errors)
    {
        var source = new YamlSource(displayPath, split.YamlFirstLine, errors);
        var mapping = source.LoadMapping(split.Yaml, "front matter");
        if (mapping is null) return null;
        var fields = new YamlFields(source, mapping, (1, 1));

        string? title = fields.Text("title", required: true);
        var date = fields.Date("date", required: kind == DocumentKind.Article);
        var (slug, slugLine, slugColumn) = ReadSlug(fields, fileName);
        var (imageLine, imageColumn) = Position(fields, "image");
        var (redirectLine, redirectColumn) = Position(fields, "expired_redirect");
        var front = new FrontMatter
        {
            Title = title?.Trim() ?? "",
            Slug = slug,
            SlugLine = slugLine,
            SlugColumn = slugColumn,
            Description = fields.Text("description")?.Trim(),
            Date = date,
            Updated = fields.Date("updated"),
            Topics = ReadTopics(fields),
            TranslationKey = fields.Text("translation_key")?.Trim() is { Length: > 0 } key ? key : null,
            Author = fields.Text("author"),
            ReviewedBy = fields.Text("reviewed_by"),
            ReviewedOn = fields.Date("reviewed_on"),
            Draft = fields.Bool("draft", false),
            Expires = kind == DocumentKind.Article ? fields.Date("expires") : null,
            ExpiredRedirect = kind == DocumentKind.Article ? fields.Text("expired_redirect")?.Trim() : null,
            ExpiredRedirectLine = redirectLine,
            ExpiredRedirectColumn = redirectColumn,
            Faq = ReadFaq(fields, split.Yaml),
            Aliases = ReadAliases(fields),
            Image = fields.Text("image"),
            ImageLine = imageLine,
            ImageColumn = imageColumn,
            ImageAlt = fields.Text("image_alt"),
            Layout = kind == DocumentKind.Page ? ReadLayout(fields) : null,
            CheckOff = ReadCheckOff(fields),
            Places = FieldPlaces.Read(mapping, source),
        };
        fields.WarnOfTypos("extra");
        front = front with { Extra = fields.Extra() };
        bool usable = !string.IsNullOrWhiteSpace(title) && (kind == DocumentKind.Page || date is not null);
        return usable ? front : null;
    }

    private static (int Line, int Column) Position(YamlFields fields, string key) =>
        fields.Node(key) is { } node ? (fields.Source.Line(node.Start), (int)node.Start.Column) : (1, 1);

    // `check: { off: [readability] }`: rules of sitegen check this document silences for itself.
    private static IReadOnlyList<string> ReadCheckOff(YamlFields fields)
    {
        var map = fields.Mapping("check");
        if (map is null) return [];
        var check = new YamlFields(fields.Source, map, Position(fields, "check"));
        var off = new List<string>();
        foreach (var (id, node) in check.TextList("off"))
        {
            if (Checks.ContentChecker.Rules.Any(r => r.Id == id)) off.Add(id);
            else fields.Source.Error(node, $"unknown check rule '{id}'{Diagnostics.Suggestions.DidYouMean(id, Checks.ContentChecker.Rules.Select(r => r.Id))}");
        }
        foreach (string unknown in check.Extra().Keys) fields.Source.Error(map, $"unknown check option '{unknown}'; known: off");
        return off;
    }

    private static string? ReadLayout(YamlFields fields)
    {
        string? layout = fields.Text("layout")?.Trim();
        if (layout is null || TemplateNames.Problem(layout) is not { } problem) return layout;
        var (line, column) = Position(fields, "layout");
        fields.Source.Errors.Add(fields.Source.DisplayPath, line, column, $"layout '{layout}' {problem}; it names a file in the theme's layouts/ folder");
        return null;
    }

    private static (string Slug, int Line, int Column) ReadSlug(YamlFields fields, string fileName)
    {
        string slug = fields.Text("slug")?.Trim() ?? fileName;
        var (line, column) = Position(fields, "slug");
        if (Slugs.Problem(slug) is { } problem)
            fields.Source.Errors.Add(fields.Source.DisplayPath, line, column, $"slug '{slug}' {problem}");
        return (slug, line, column);
    }

    // Topics are slugs; "Self Care" is accepted as self-care so editors need not know the rule.
    private static IReadOnlyList<string> ReadTopics(YamlFields fields)
    {
        var topics = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (value, node) in fields.TextList("topics"))
        {
            string slug = Slugs.From(value);
            if (slug.Length == 0) fields.Source.Error(node, $"topic '{value}' has no letters or digits");
            else if (seen.Count == ContentLimits.MaxTopicsPerArticle && !seen.Contains(slug))
            {
                // Every topic is a page listing the article with its topics: thousands would make millions of links.
                fields.Source.Error(node, $"more than {ContentLimits.MaxTopicsPerArticle} topics on one article; keep the few it is about");
                break;
            }
            else if (seen.Add(slug)) topics.Add(slug);
        }
        return topics;
    }

    private static IReadOnlyList<Alias> ReadAliases(YamlFields fields)
    {
        var aliases = new List<Alias>();
        foreach (var (value, node) in fields.TextList("aliases"))
        {
            if (AliasPath.Normalize(value, out var problem) is { } path)
                aliases.Add(new Alias(path, fields.Source.Line(node.Start), (int)node.Start.Column));
            else
                fields.Source.Error(node, problem!);
        }
        return aliases;
    }

    private static IReadOnlyList<FaqSource> ReadFaq(YamlFields fields, string yaml)
    {
        var list = fields.Sequence("faq");
        if (list is null) return [];
        var entries = new List<FaqSource>();
        foreach (var item in list.Children)
        {
            if (entries.Count == ContentLimits.MaxFaqEntries)
            {
                fields.Source.Error(item, $"more than {ContentLimits.MaxFaqEntries} FAQ entries on one article; the FAQ pages gather them from every article");
                break;
            }
            if (item is not YamlMappingNode entry)
            {
                fields.Source.Error(item, "each FAQ entry needs 'q' (the question) and 'a' (the answer)");
                continue;
            }
            var q = Scalar(entry, "q");
            var a = Scalar(entry, "a");
            if (string.IsNullOrWhiteSpace(q?.Value)) fields.Source.Error(item, "FAQ entry has no question ('q')");
            else if (string.IsNullOrWhiteSpace(a?.Value)) fields.Source.Error(item, $"FAQ entry '{q.Value.Trim()}' has no answer ('a')");
            else entries.Add(Entry(q, a, fields.Source, yaml));
        }
        return entries;
    }

    private static FaqSource Entry(YamlScalarNode q, YamlScalarNode a, YamlSource source, string yaml)
    {
        var question = FieldPlaces.Place(q, source);
        var answer = FieldPlaces.Place(a, source);
        int answerLine = source.ContentLine(a);
        // A block answer ('|') starts on the next line at its indentation, which every line of it keeps; a flow answer's
        // later lines are placed at the indentation of its second line.
        bool block = a.Style is YamlDotNet.Core.ScalarStyle.Literal or YamlDotNet.Core.ScalarStyle.Folded;
        int yamlLine = (int)a.Start.Line + (block ? 1 : 0) - 1;
        int indent = Indent(yaml, block ? yamlLine : yamlLine + 1) + 1;
        // The question's leading spaces are trimmed from its text: its place moves past them.
        int lead = q.Value!.Length - q.Value.TrimStart().Length;
        return new FaqSource(q.Value.Trim(), a.Value!, answerLine)
        {
            QuestionAt = (question.Line, question.TextColumn + lead),
            AnswerAt = block ? (answerLine, indent) : (answer.Line, answer.TextColumn),
            AnswerIndentColumn = indent,
        };
    }

    // The spaces that start line `index` (0-based) of the YAML text; 0 past its end.
    private static int Indent(string yaml, int index)
    {
        int start = 0;
        for (int i = 0; i < index; i++)
        {
            int next = yaml.IndexOf('\n', start);
            if (next < 0) return 0;
            start = next + 1;
        }
        int end = start;
        while (end < yaml.Length && yaml[end] == ' ') end++;
        return end - start;
    }

    private static YamlScalarNode? Scalar(YamlMappingNode entry, string key) =>
        entry.Children.TryGetValue(new YamlScalarNode(key), out var node) ? node as YamlScalarNode : null;
}
