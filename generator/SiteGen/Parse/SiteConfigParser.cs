using SiteGen.Style;
using SiteGen.Diagnostics;
using SiteGen.Images;
using SiteGen.Load;
using SiteGen.Model;
using YamlDotNet.RepresentationModel;

namespace SiteGen.Parse;

/// <summary>Reads content/site.yml into a <see cref="SiteConfig"/>, with the command line's overrides applied.</summary>
public static class SiteConfigParser
{
    public static ParsedSiteConfig? Parse(SourceFile file, ErrorList errors, string? baseUrlOverride = null, string? themeOverride = null)
    {
        var source = new YamlSource(file.DisplayPath, 1, errors);
        var mapping = source.LoadMapping(file.Text, "site.yml");
        if (mapping is null) return null;
        var fields = new YamlFields(source, mapping, (1, 1));

        string? title = fields.Text("title", required: true);
        string? baseUrl = ReadBaseUrl(fields, baseUrlOverride);
        var disclaimer = fields.Node("disclaimer");
        var topics = ReadTopics(fields);
        var config = new SiteConfig
        {
            Title = title?.Trim() ?? "",
            BaseUrl = baseUrl ?? "http://localhost/",
            Description = fields.Text("description")?.Trim() ?? "",
            Language = ReadLanguage(fields),
            Theme = themeOverride ?? fields.Text("theme")?.Trim() ?? "default",
            Organization = ReadOrganization(fields),
            Helpline = ReadHelpline(fields),
            Menu = ReadMenu(fields),
            ArticlesPerPage = fields.Int("articles_per_page", 10, min: 1),
            FaqQuestionsPerPage = fields.Int("faq_per_page", 50, min: 1),
            TopicNames = topics.Names,
            TopicSlugs = topics.Slugs,
            Style = ReadStyle(fields),
        };
        var (rawHtml, scripts) = ReadMarkdownOptions(fields);
        config = config with
        {
            AllowRawHtml = rawHtml, AllowContentScripts = scripts, Images = ReadImages(fields),
            CrisisLine = ReadCrisisLine(fields), Check = Checks.CheckSettingsReader.Read(fields),
        };
        string? disclaimerText = fields.Text("disclaimer");
        var languages = ReadLanguages(fields, config);
        fields.WarnOfTypos("site.extra");
        config = config with { Extra = fields.Extra() };
        config = config with
        {
            LanguageName = languages.DefaultName ?? Languages.LanguageNames.Of(config.Language),
            OtherLanguages = languages.Others.Select(l => l.Config with { Extra = config.Extra }).ToList(),
        };
        if (string.IsNullOrWhiteSpace(title) || baseUrl is null) return null;
        var themeAt = themeOverride is null && fields.Node("theme") is { } themeNode ? Position(fields, themeNode) : (1, 1);
        return new ParsedSiteConfig(config, disclaimerText, disclaimer is null ? 1 : source.ContentLine(disclaimer), themeAt)
        {
            OtherDisclaimers = languages.Others.Where(l => l.Disclaimer is not null).Select(l => new LanguageDisclaimer(l.Config.LanguagePrefix, l.Disclaimer!.Value.Markdown, l.Disclaimer.Value.Line)).ToList(),
        };
    }

    private static string ReadLanguage(YamlFields fields)
    {
        string code = fields.Text("language")?.Trim() ?? "en";
        if (Languages.LanguageNames.IsCode(code)) return code;
        fields.Source.Error(fields.Node("language")!, $"language '{code}' is not a language code such as en, es or pt-BR");
        return "en";
    }

    private sealed record OtherLanguage(SiteConfig Config, (string Markdown, int Line)? Disclaimer);

    // `languages: { es: { name: Español, title: ..., helpline: {...} } }`: each key a language, each setting falling back to the top-level one.
    private static (string? DefaultName, List<OtherLanguage> Others) ReadLanguages(YamlFields fields, SiteConfig site)
    {
        var map = fields.Mapping("languages");
        var others = new List<OtherLanguage>();
        if (map is null) return (null, others);
        string? defaultName = null;
        foreach (var (keyNode, value) in map.Children)
        {
            string code = YamlPlainValue.Key(keyNode);
            if (!Languages.LanguageNames.IsCode(code))
            {
                fields.Source.Error(keyNode, $"'{code}' is not a language code such as es, fr or pt-BR (lower-case language, then optional parts after '-')");
                continue;
            }
            if (value is not YamlMappingNode settings)
            {
                fields.Source.Error(value, $"languages.{code} must be a set of settings such as 'name: Español'");
                continue;
            }
            var language = new YamlFields(fields.Source, settings, Position(fields, settings));
            string? name = language.Text("name")?.Trim();
            if (code == site.Language)
            {
                // The default language's settings are the top-level ones; only its name for the switcher is given here.
                defaultName = name;
                foreach (string unknown in language.Extra().Keys)
                    fields.Source.Error(settings, $"'{unknown}' of the default language ({code}) is set at the top of site.yml; languages.{code} takes only name");
                continue;
            }
            if (others.Any(o => o.Config.Language == code)) continue;
            var topics = ReadTopics(language);
            var disclaimer = language.Node("disclaimer");
            string? disclaimerText = language.Text("disclaimer");
            var config = site with
            {
                Language = code,
                LanguageName = name ?? Languages.LanguageNames.Of(code),
                LanguagePrefix = code + "/",
                Title = language.Text("title")?.Trim() ?? site.Title,
                Description = language.Text("description")?.Trim() ?? site.Description,
                Menu = language.Node("menu") is null ? site.Menu : ReadMenu(language),
                Helpline = language.Node("helpline") is null ? site.Helpline : ReadHelpline(language),
                CrisisLine = language.Node("crisis_line") is null ? site.CrisisLine : ReadCrisisLine(language),
                TopicNames = site.TopicNames.Where(p => !topics.Names.ContainsKey(p.Key)).Concat(topics.Names).ToDictionary(StringComparer.Ordinal),
                TopicSlugs = topics.Slugs,
            };
            foreach (string unknown in language.Extra().Keys)
                fields.Source.Error(settings, $"unknown setting languages.{code}.{unknown}; known: name, title, description, menu, helpline, crisis_line, disclaimer, topics");
            others.Add(new OtherLanguage(config, disclaimerText is null ? null : (disclaimerText, fields.Source.ContentLine(disclaimer!))));
        }
        return (defaultName, others);
    }

    private static string? ReadBaseUrl(YamlFields fields, string? overrideUrl)
    {
        string? text = overrideUrl ?? fields.Text("base_url", required: true);
        if (text is null) return null;
        if (BaseUrl.Normalize(text) is { } url) return url;
        string message = BaseUrl.Problem(text);
        if (overrideUrl is null) fields.Source.Error(fields.Node("base_url")!, message);
        // The command line checks its own --base-url; a caller that did not is told at the option's name.
        else fields.Source.Errors.Add("--base-url", 1, 1, message);
        return null;
    }

    private static Organization? ReadOrganization(YamlFields fields)
    {
        var map = fields.Mapping("organization");
        if (map is null) return null;
        var org = new YamlFields(fields.Source, map, Position(fields, map));
        string? name = org.Text("name", required: true);
        string? logo = org.Text("logo");
        var logoNode = org.Node("logo");
        var logoAt = logoNode is null ? default : Position(fields, logoNode);
        // Every page shows the logo: one on another site would make every reader's browser contact that site.
        if (logo is not null && Markdown.LinkResolver.IsExternal(logo.Trim()))
            fields.Source.Error(logoNode!, $"organization logo '{logo}' is on another site, which every reader's browser would contact; save it under the content folder's images/ and name it as images/<file>");
        string? phone = org.Text("phone")?.Trim();
        if (phone is not null && PhoneNumber.Parse(phone).Problem is { } problem)
            fields.Source.Error(org.Node("phone")!, $"organization phone '{phone}' {problem}");
        return name is null ? null : new Organization(name.Trim(), phone, org.Text("url"), org.Text("address"), logo, logoAt);
    }

    // The same shape as the helpline: shown with it on articles that speak of suicide, self-harm or overdose.
    private static Helpline? ReadCrisisLine(YamlFields fields) =>
        fields.Mapping("crisis_line") is { } map ? ReadLine(fields, map, "crisis line") : null;

    private static Helpline? ReadHelpline(YamlFields fields)
    {
        var map = fields.Mapping("helpline");
        if (map is null)
        {
            // Readers of these sites are often in crisis: a site without a line to call is allowed, never silent.
            if (fields.Node("helpline") is null)
                fields.Source.Errors.Warn(fields.Source.DisplayPath, 1, 1,
                    "no helpline: articles show no number to call; add helpline: with label: and phone: (for the United States, SAMHSA's National Helpline, 1-800-662-4357)");
            return null;
        }
        return ReadLine(fields, map, "helpline");
    }

    // A line to call: label, phone (one number, checked as a phone dials it) and hours.
    private static Helpline? ReadLine(YamlFields fields, YamlMappingNode map, string what)
    {
        var line = new YamlFields(fields.Source, map, Position(fields, map));
        string? label = line.Text("label", required: true);
        string? phone = line.Text("phone", required: true);
        if (phone is not null && PhoneNumber.Parse(phone).Problem is { } problem)
            fields.Source.Error(line.Node("phone")!, $"{what} phone '{phone.Trim()}' {problem}");
        return label is null || phone is null ? null : new Helpline(label.Trim(), phone.Trim(), line.Text("hours"));
    }

    private static IReadOnlyList<MenuItem> ReadMenu(YamlFields fields)
    {
        var list = fields.Sequence("menu");
        if (list is null) return [];
        var menu = new List<MenuItem>();
        foreach (var item in list.Children)
        {
            if (item is not YamlMappingNode map)
            {
                fields.Source.Error(item, "each menu entry needs 'title' and 'url'");
                continue;
            }
            var entry = new YamlFields(fields.Source, map, Position(fields, map));
            string? title = entry.Text("title", required: true);
            string? url = entry.Text("url", required: true);
            if (title is not null && url is not null)
            {
                var at = entry.Node("url")!.Start;
                menu.Add(new MenuItem(title.Trim(), url.Trim(), fields.Source.Line(at), (int)at.Column));
            }
        }
        return menu;
    }

    // `markdown: { raw_html: false }` escapes HTML written in Markdown, for sites whose editors should not embed markup;
    // `scripts: true` lets raw HTML carry script and style attributes, which the security policy then allows by hash.
    private static (bool RawHtml, bool Scripts) ReadMarkdownOptions(YamlFields fields)
    {
        var map = fields.Mapping("markdown");
        if (map is null) return (true, false);
        var markdown = new YamlFields(fields.Source, map, Position(fields, map));
        bool raw = markdown.Bool("raw_html", true);
        bool scripts = markdown.Bool("scripts", false);
        foreach (string unknown in markdown.Extra().Keys)
            fields.Source.Error(map, $"unknown markdown option '{unknown}'; known: raw_html, scripts");
        return (raw, scripts);
    }

    // `images: { widths: [480, 800], quality: 80, formats: [webp, jpeg], sizes: "100vw" }`, each key falling back to the default.
    private static ImageSettings ReadImages(YamlFields fields)
    {
        var map = fields.Mapping("images");
        var defaults = ImageSettings.Default;
        if (map is null) return defaults;
        var images = new YamlFields(fields.Source, map, Position(fields, map));
        var widths = new List<int>();
        foreach (var (text, node) in images.TextList("widths"))
        {
            if (int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int width) && width is >= 16 and <= 10_000)
                widths.Add(width);
            else
                fields.Source.Error(node, $"image width '{text}' must be a number of pixels from 16 to 10000");
        }
        var formats = new List<ImageFormat>();
        foreach (var (text, node) in images.TextList("formats"))
        {
            if (ImageFormats.FromName(text) is { } format) formats.Add(format);
            else fields.Source.Error(node, $"image format '{text}' is not one of webp, jpeg, png");
        }
        if (formats.Count > 0 && formats[^1] == ImageFormat.Webp)
            fields.Source.Error(images.Node("formats")!, "the last image format is the one every browser is sent: make it jpeg or png (webp before it is offered where smaller)");
        int quality = images.Int("quality", defaults.Quality, min: 1);
        if (quality > 100) fields.Source.Error(images.Node("quality")!, "image quality must be from 1 to 100");
        string sizes = images.Text("sizes")?.Trim() is { Length: > 0 } given ? given : defaults.Sizes;
        foreach (string unknown in images.Extra().Keys)
            fields.Source.Error(map, $"unknown images option '{unknown}'; known: widths, quality, formats, sizes");
        return new ImageSettings(
            widths.Count > 0 ? widths.Distinct().Order().ToList() : defaults.Widths,
            Math.Clamp(quality, 1, 100),
            formats.Count > 0 ? formats.Distinct().ToList() : defaults.Formats,
            sizes);
    }

    private static IReadOnlyList<StyleColor> ReadStyle(YamlFields fields)
    {
        var map = fields.Mapping("style");
        if (map is null) return [];
        var colors = new List<StyleColor>();
        foreach (var (keyNode, value) in map.Children)
        {
            string key = YamlPlainValue.Key(keyNode);
            if (StyleKeys.Find(key) is null)
            {
                string known = string.Join(", ", StyleKeys.All.Select(k => k.Name));
                fields.Source.Error(keyNode, $"unknown style key '{key}'{Suggestions.DidYouMean(key, StyleKeys.All.Select(k => k.Name))} (known: {known})");
                continue;
            }
            if (value is not YamlScalarNode { Value: { } text } || !Contrast.IsColor(text.Trim()))
            {
                fields.Source.Error(value, $"style.{key} must be a colour written as \"#rrggbb\" (in quotes: YAML reads # as a comment)");
                continue;
            }
            var (line, column) = Position(fields, value);
            colors.Add(new StyleColor(key, text.Trim(), line, column));
        }
        return colors;
    }

    // `topics: { trust: Rebuilding trust }`, or with the slug of its pages in this language: `trust: { name: Confianza, slug: confianza }`.
    private static (Dictionary<string, string> Names, Dictionary<string, string> Slugs) ReadTopics(YamlFields fields)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        var slugs = new Dictionary<string, string>(StringComparer.Ordinal);
        var map = fields.Mapping("topics");
        if (map is null) return (names, slugs);
        foreach (var (keyNode, value) in map.Children)
        {
            string key = Slugs.From(YamlPlainValue.Key(keyNode));
            if (value is YamlScalarNode { Value: { } name } && name.Trim().Length > 0)
            {
                names[key] = name.Trim();
                continue;
            }
            if (value is not YamlMappingNode settings)
            {
                fields.Source.Error(value, $"topic '{YamlPlainValue.Key(keyNode)}' needs a display name, e.g. 'trust: Rebuilding trust'");
                continue;
            }
            var topic = new YamlFields(fields.Source, settings, Position(fields, settings));
            if (topic.Text("name", required: true)?.Trim() is { Length: > 0 } given) names[key] = given;
            if (topic.Text("slug")?.Trim() is { Length: > 0 } slug)
            {
                if (Slugs.Problem(slug) is { } problem) fields.Source.Error(topic.Node("slug")!, $"topic slug '{slug}' {problem}");
                else if (slug != key) slugs[key] = slug;
            }
            foreach (string unknown in topic.Extra().Keys) fields.Source.Error(settings, $"unknown topic setting '{unknown}'; known: name, slug");
        }
        return (names, slugs);
    }

    private static (int Line, int Column) Position(YamlFields fields, YamlNode node) =>
        (fields.Source.Line(node.Start), (int)node.Start.Column);
}
