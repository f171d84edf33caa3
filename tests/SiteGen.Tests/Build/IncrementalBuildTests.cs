using SiteGen.Build;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Build;

/// <summary>
/// Rebuilds of an incremental session against full builds of the same content: after any sequence of
/// edits, additions, renames and deletions (of articles and pages in English and in Spanish, translations, images,
/// templates, the theme's words, assets and site.yml) the updated output folder must hold exactly the files, and
/// the bytes, a fresh full build writes.
/// </summary>
public sealed class IncrementalBuildTests : IDisposable
{
    private const string SiteYml = """
        title: Rebuild Test
        description: A site for rebuild tests.
        base_url: https://example.org/blog/
        theme: custom
        articles_per_page: 3
        helpline:
          label: Helpline
          phone: "1-800-662-4357"
        disclaimer: Not **medical** advice.
        menu:
          - title: Home
            url: /
          - title: Topics
            url: /topics/
        languages:
          es:
            title: Prueba de Reconstrucción
            topics:
              trust: { name: Confianza, slug: confianza }
              relapse: Recaídas
        """;

    private static readonly string[] Topics = ["trust", "amends", "boundaries", "relapse", "family"];
    private static readonly string[] Words = ["trust", "repair", "listen", "apology", "boundary", "relapse", "patience", "honest", "family", "recovery", "slowly", "promise"];

    private readonly SiteFixture _site;
    private readonly string _fullOutput;
    private readonly List<string> _articles = [];
    private readonly List<string> _images = [];
    private int _next;

    public IncrementalBuildTests()
    {
        _site = SiteFixture.Create(("content/site.yml", SiteYml));
        _fullOutput = Path.Combine(_site.Root, "full");
        _site.Write("themes/custom/theme.yml", "name: custom\nextends: default\n");
        _site.Write("themes/custom/partials/footer.html", "<footer class=\"site-footer\"><p>{{ site.title }} footer v0</p></footer>\n");
        _site.Write("content/pages/about.md", "---\ntitle: About us\n---\n\nWe are a small team.\n");
        _site.Write("content/es/pages/about.md", "---\ntitle: Quiénes somos\nslug: quienes-somos\n---\n\nSomos un equipo pequeño.\n");
        for (int i = 0; i < 7; i++) AddArticle(new Random(i));
        AddArticle(new Random(7), Spanish, translationOf: _articles[0]);
        AddArticle(new Random(8), Spanish, translationOf: _articles[1]);
        AddArticle(new Random(9), Spanish);
        AddImage();
    }

    [Fact]
    public void Scheduled_and_expired_articles_rebuild_as_a_full_build_does()
    {
        _site.Write("content/articles/later.md", "---\ntitle: Later\ndate: 2099-01-01\ntopics: [trust]\n---\n\nNot yet.\n");
        _site.Write("content/articles/gone.md", "---\ntitle: Gone\ndate: 2020-01-01\nexpires: 2021-01-01\nexpired_redirect: /about/\n---\n\nOld news.\n");
        var session = Session();

        AssertSameAsFullBuild(session.Build(), "the first build");
        Assert.False(Directory.Exists(Path.Combine(_site.Output, "articles", "later")));
        Assert.Contains("url=/blog/about/", File.ReadAllText(Path.Combine(_site.Output, "articles", "gone", "index.html")));

        _site.Write("content/articles/gone.md", "---\ntitle: Gone\ndate: 2020-01-01\nexpires: 2021-01-01\n---\n\nOld news, no redirect.\n");
        AssertSameAsFullBuild(session.Build(), "after the expired article's redirect was removed");
        Assert.False(Directory.Exists(Path.Combine(_site.Output, "articles", "gone")));

        _site.Write("content/articles/later.md", "---\ntitle: Later\ndate: 2020-06-01\ntopics: [trust]\n---\n\nOut now.\n");
        AssertSameAsFullBuild(session.Build(), "after the scheduled article's date came");
        Assert.True(File.Exists(Path.Combine(_site.Output, "articles", "later", "index.html")));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(6)]
    public void Random_edit_sequences_give_the_bytes_of_a_full_build(int seed)
    {
        var random = new Random(seed);
        var session = Session();
        AssertSameAsFullBuild(session.Build(), "the first build");
        // The edits start from translated articles: the Spanish pages link to the English ones.
        Assert.Contains("hreflang=\"en\"", File.ReadAllText(Path.Combine(_site.Output, "es", "articles", Path.GetFileNameWithoutExtension(_articles[^3]), "index.html")));
        int succeeded = 0, shownAhead = 0;
        for (int step = 0; step < 30; step++)
        {
            var changed = new List<string>();
            int edits = random.Next(1, 4);
            var done = new List<string>();
            for (int e = 0; e < edits; e++) done.Add(RandomEdit(random, changed));
            var ahead = new PagesAhead();
            var result = session.Build(changed, ahead);
            AssertSameAsFullBuild(result, $"step {step} ({string.Join(", ", done)})");
            if (!result.Succeeded) continue;
            succeeded++;
            // A page shown ahead of the rest of the rebuild is the page the rebuild wrote.
            shownAhead += ahead.Pages.Count;
            foreach (var page in ahead.Pages)
                Assert.True(page.Content.Span.SequenceEqual(File.ReadAllBytes(Path.Combine(_site.Output, page.Path))), $"step {step}: {page.Path} was shown ahead with other bytes");
        }
        // Failed builds compare only their errors: most steps must give a site to compare.
        Assert.InRange(succeeded, 25, 30);
        Assert.True(shownAhead >= 5, $"only {shownAhead} pages were shown ahead of their rebuilds");
    }

    [Fact]
    public void A_body_edit_renders_only_the_pages_that_show_the_body()
    {
        // With a description, lists show it rather than the body's opening words.
        string path = "content/articles/described.md";
        _site.Write(path, "---\ntitle: Described\ndate: 2025-03-03\ndescription: What this is about.\ntopics: [trust]\n---\n\nThe body.\n");
        var session = Session();
        AssertSucceeded(session.Build());
        _site.Write(path, File.ReadAllText(_site.Full(path)) + "\nAn added sentence about patience.\n");

        var result = session.Build([_site.Full(path)]);

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        // The article's own page, and the FAQ pages only if its questions changed: not its neighbours or lists.
        Assert.Equal(1, result.RenderedPages);
        AssertSameAsFullBuild(result, "after the body edit");
    }

    [Fact]
    public void A_spanish_article_just_saved_is_shown_ahead_of_the_rest_of_the_rebuild()
    {
        var session = Session();
        AssertSucceeded(session.Build());
        string path = _articles.First(a => Folder(a) == Spanish);
        _site.Write(path, File.ReadAllText(_site.Full(path)) + "\nUna frase más.\n");
        var ahead = new PagesAhead();

        var result = session.Build([_site.Full(path)], ahead);

        AssertSucceeded(result);
        var page = Assert.Single(ahead.Pages);
        Assert.Equal($"es/articles/{Path.GetFileNameWithoutExtension(path)}/index.html", page.Path);
        AssertSameAsFullBuild(result, "after the Spanish edit");
    }

    [Fact]
    public void A_check_error_that_fails_the_build_shows_no_page_ahead_and_writes_nothing()
    {
        _site.Write("content/site.yml", SiteYml + "\ncheck: { build: errors, rules: { stigma-language: error } }\n");
        var session = Session();
        AssertSucceeded(session.Build());
        var before = Snapshot(_site.Output);
        string path = _articles[0];
        _site.Write(path, File.ReadAllText(_site.Full(path)) + "\nHe was an addict.\n");
        var ahead = new PagesAhead();

        var result = session.Build([_site.Full(path)], ahead);

        Assert.False(result.Succeeded);
        Assert.Contains(result.Errors, e => e.Message.Contains("'addict'"));
        Assert.Empty(ahead.Pages);
        var after = Snapshot(_site.Output);
        Assert.Equal(before.Keys, after.Keys);
        Assert.All(before, file => Assert.True(file.Value.AsSpan().SequenceEqual(after[file.Key]), file.Key + " changed"));
    }

    [Fact]
    public void A_title_edit_renders_the_pages_that_show_the_title_and_no_other()
    {
        var session = Session();
        int pages = session.Build().PageCount;
        string path = _articles[2];
        _site.Write(path, File.ReadAllText(_site.Full(path)).Replace("title: ", "title: Renamed ", StringComparison.Ordinal));

        var result = session.Build([_site.Full(path)]);

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        // In a site this small the title is on most pages (neighbours, related, lists, FAQ pages), but
        // not on the 404, about, search and topics pages, which read nothing of articles.
        Assert.InRange(result.RenderedPages, 2, pages - 4);
        AssertSameAsFullBuild(result, "after the title edit");
    }

    [Fact]
    public void A_partial_edit_renders_the_pages_that_include_it()
    {
        var session = Session();
        var first = session.Build();
        _site.Write("themes/custom/partials/footer.html", "<footer class=\"site-footer\"><p>{{ site.title }} footer v2</p></footer>\n");
        var afterFooter = session.Build();
        Assert.Equal(first.PageCount, afterFooter.RenderedPages);

        _site.Write("themes/custom/layouts/page.html", "<article class=\"page\"><h1>{{ document.title }}</h1><div class=\"page-body\">{{ document.body }}</div></article>\n");
        var afterLayout = session.Build();
        // A new layout file may change which layout any page uses; then the page layout's pages alone: the About page
        // and its Spanish translation.
        _site.Write("themes/custom/layouts/page.html", "<article class=\"page\"><h1>{{ document.title }}!</h1><div class=\"page-body\">{{ document.body }}</div></article>\n");
        var afterEdit = session.Build();

        Assert.True(afterLayout.Succeeded && afterEdit.Succeeded);
        Assert.Equal(2, afterEdit.RenderedPages);
        AssertSameAsFullBuild(afterEdit, "after the layout edit");
    }

    [Fact]
    public void A_failed_rebuild_changes_nothing_and_the_next_one_catches_up()
    {
        var session = Session();
        AssertSucceeded(session.Build());
        var before = Snapshot(_site.Output);
        string path = _articles[1];
        string good = File.ReadAllText(_site.Full(path));
        _site.Write(path, good.Replace("date: ", "date: not-a-date ", StringComparison.Ordinal).Replace("title: ", "title: Changed ", StringComparison.Ordinal));
        _site.Write(_articles[0], File.ReadAllText(_site.Full(_articles[0])).Replace("title: ", "title: Also changed ", StringComparison.Ordinal));

        var failed = session.Build([_site.Full(path), _site.Full(_articles[0])]);

        Assert.False(failed.Succeeded);
        Assert.Equal(before, Snapshot(_site.Output));
        _site.Write(path, good);
        var fixedBuild = session.Build([_site.Full(path)]);
        AssertSameAsFullBuild(fixedBuild, "after fixing the error");
    }

    [Fact]
    public void Deleting_an_article_that_an_unchanged_page_links_to_reports_the_broken_link()
    {
        _site.Write("content/articles/target.md", "---\ntitle: Target\ndate: 2025-02-02\n---\n\nThe target.\n");
        _site.Write("content/articles/linker.md", "---\ntitle: Linker\ndate: 2025-02-03\n---\n\nSee [the target](target.md).\n");
        var session = Session();
        AssertSucceeded(session.Build());

        File.Delete(_site.Full("content/articles/target.md"));
        var result = session.Build([_site.Full("content/articles/target.md")]);

        Assert.False(result.Succeeded);
        Assert.Contains(result.Errors, e => e.File.EndsWith("linker.md", StringComparison.Ordinal) && e.Message.Contains("target.md", StringComparison.Ordinal));
        AssertSameAsFullBuild(result, "after deleting a linked article");
    }

    private static void AssertSucceeded(BuildResult result) =>
        Assert.True(result.Succeeded, "the build failed:\n" + string.Join("\n", result.Errors));

    private BuildSession Session() => new(Options(_site.Output), incremental: true);

    private BuildOptions Options(string output) => new()
    {
        SourceFolder = _site.Content,
        OutputFolder = output,
        ThemeRoots = [Path.Combine(_site.Root, "themes"), SiteFixture.RepositoryThemes],
    };

    private void AssertSameAsFullBuild(BuildResult incremental, string when)
    {
        var full = new SiteBuilder().Build(Options(_fullOutput));
        Assert.True(full.Succeeded == incremental.Succeeded,
            $"{when}: the full build {(full.Succeeded ? "succeeded" : "failed")}, the rebuild did not:\n{string.Join("\n", full.Errors.Concat(incremental.Errors))}");
        Assert.Equal(full.Errors, incremental.Errors);
        if (!full.Succeeded) return;
        var expected = Snapshot(_fullOutput);
        var actual = Snapshot(_site.Output);
        Assert.True(expected.Keys.SequenceEqual(actual.Keys),
            $"{when}: files differ. Only in the full build: {string.Join(", ", expected.Keys.Except(actual.Keys))}; only in the rebuild: {string.Join(", ", actual.Keys.Except(expected.Keys))}");
        foreach (var (path, bytes) in expected)
            Assert.True(bytes.AsSpan().SequenceEqual(actual[path]), $"{when}: {path} differs from the full build's");
    }

    private static SortedDictionary<string, byte[]> Snapshot(string folder)
    {
        var files = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (string file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
            files[Path.GetRelativePath(folder, file).Replace('\\', '/')] = File.ReadAllBytes(file);
        // Empty folders a full build would not have count too.
        foreach (string dir in Directory.EnumerateDirectories(folder, "*", SearchOption.AllDirectories))
            if (!Directory.EnumerateFileSystemEntries(dir).Any()) files[Path.GetRelativePath(folder, dir) + "/"] = [];
        return files;
    }

    private string RandomEdit(Random random, List<string> changed)
    {
        int kind = random.Next(18);
        if (_articles.Count < 3) kind = 0;
        switch (kind)
        {
            case 0:
                return Touch(changed, AddArticle(random, random.Next(3) == 0 ? Spanish : English), "add an article");
            case 15:
            {
                // A translation by file name, of an English article that has none yet.
                var untranslated = _articles.Where(a => Folder(a) == English && !SpanishKeys().Contains(Path.GetFileNameWithoutExtension(a))).ToList();
                if (untranslated.Count == 0) return Touch(changed, AddArticle(random, Spanish), "add a Spanish article");
                return Touch(changed, AddArticle(random, Spanish, translationOf: Pick(random, untranslated)), "add a translation");
            }
            case 16:
            {
                string words = "themes/custom/i18n/es.yml";
                if (File.Exists(_site.Full(words)) && random.Next(3) == 0)
                {
                    File.Delete(_site.Full(words));
                    return Touch(changed, words, "remove the theme's Spanish words");
                }
                _site.Write(words, $"contents: Índice {random.Next(100)}\nrelated_articles: Lecturas {random.Next(100)}\n");
                return Touch(changed, words, "edit the theme's Spanish words");
            }
            case 17:
            {
                _site.Write("content/es/pages/about.md", $"---\ntitle: Quiénes somos\nslug: quienes-somos\n---\n\nSomos un equipo de {random.Next(2, 9)}.\n");
                return Touch(changed, "content/es/pages/about.md", "edit the Spanish page");
            }
            case 1:
            {
                string path = Pick(random, _articles);
                File.Delete(_site.Full(path));
                _articles.Remove(path);
                Relink(path, null, changed);
                return Touch(changed, path, "delete " + path);
            }
            case 2:
            {
                string path = Pick(random, _articles);
                string renamed = $"{Path.GetDirectoryName(path)!.Replace('\\', '/')}/renamed-{_next++}.md";
                File.Move(_site.Full(path), _site.Full(renamed));
                _articles[_articles.IndexOf(path)] = renamed;
                Relink(path, renamed, changed);
                Touch(changed, path, "");
                return Touch(changed, renamed, $"rename {path} to {renamed}");
            }
            case 3:
                return EditArticle(random, changed, "title", text => ReplaceLine(text, "title:", $"title: {Word(random)} and {Word(random)} {random.Next(100)}"));
            case 4:
                return EditArticle(random, changed, "date", text => ReplaceLine(text, "date:", $"date: 2025-{random.Next(1, 13):00}-{random.Next(1, 28):00}"));
            case 5:
                return EditArticle(random, changed, "topics", text => ReplaceLine(text, "topics:", "topics: [" + string.Join(", ", Topics.Where(_ => random.Next(3) == 0).DefaultIfEmpty("trust")) + "]"));
            case 6:
                return EditArticle(random, changed, "body", text => text + $"\n{Word(random)} {Word(random)} {Word(random)}, said the {Word(random)}.\n");
            case 7:
                return EditArticle(random, changed, "FAQ", text => text.Contains("faq:", StringComparison.Ordinal)
                    ? ReplaceLine(text, "faq:", "faq_removed: true").Replace("  - q:", "  # q:", StringComparison.Ordinal).Replace("    a:", "    # a:", StringComparison.Ordinal)
                    : text.Replace("---\n\n", $"faq:\n  - q: Is {Word(random)} normal?\n    a: Yes, {Word(random)} is common.\n---\n\n", StringComparison.Ordinal));
            case 8:
            {
                string description = EditArticle(random, changed, "draft", text => text.Contains("draft: true", StringComparison.Ordinal)
                    ? text.Replace("draft: true\n", "", StringComparison.Ordinal)
                    : text.Replace("---\n\n", "draft: true\n---\n\n", StringComparison.Ordinal));
                Relink(_articles.Single(a => description.EndsWith(a, StringComparison.Ordinal)), null, changed);
                return description;
            }
            case 13:
                // A new slug moves the article: pages linking to it by file name change without being edited.
                return EditArticle(random, changed, "slug", text => ReplaceLine(text, "slug:", $"slug: moved-{_next++}"));
            case 9:
            {
                string version = $"v{random.Next(1000)}";
                _site.Write("themes/custom/partials/footer.html", $"<footer class=\"site-footer\"><p>{{{{ site.title }}}} footer {version}</p></footer>\n");
                return Touch(changed, "themes/custom/partials/footer.html", "edit the footer partial");
            }
            case 10:
            {
                string layout = "themes/custom/layouts/topics.html";
                if (File.Exists(_site.Full(layout)))
                {
                    File.Delete(_site.Full(layout));
                    return Touch(changed, layout, "remove the topics layout override");
                }
                _site.Write(layout, "<h1>{{ page.title }}</h1>\n<ul>{{ for t in site.topics }}<li><a href=\"{{ t.url }}\">{{ t.name }} ({{ t.count }})</a></li>{{ end }}</ul>\n");
                return Touch(changed, layout, "override the topics layout");
            }
            case 11:
            {
                _site.Write("themes/custom/assets/css/extra.css", $"body {{ margin: {random.Next(10)}px; }}\n");
                return Touch(changed, "themes/custom/assets/css/extra.css", "edit a stylesheet");
            }
            case 12:
            {
                if (random.Next(2) == 0 || _images.Count == 0) return Touch(changed, AddImage(), "add an image");
                string image = Pick(random, _images);
                File.Delete(_site.Full(image));
                _images.Remove(image);
                return Touch(changed, image, "delete " + image);
            }
            default:
            {
                _site.Write("content/site.yml", SiteYml.Replace("articles_per_page: 3", $"articles_per_page: {random.Next(2, 5)}", StringComparison.Ordinal)
                    .Replace("Rebuild Test", random.Next(2) == 0 ? "Rebuild Test" : "Rebuild Test Two", StringComparison.Ordinal)
                    .Replace("Recaídas", random.Next(2) == 0 ? "Recaídas" : "Tropiezos", StringComparison.Ordinal));
                _site.Write("content/pages/about.md", $"---\ntitle: About us\n---\n\nWe are a team of {random.Next(2, 9)}.\n");
                Touch(changed, "content/pages/about.md", "");
                return Touch(changed, "content/site.yml", "edit site.yml and a page");
            }
        }
    }

    // Links to an article that is gone or unpublished are broken; an editor mends them in the same change.
    private void Relink(string from, string? to, List<string> changed)
    {
        string target = $"]({Path.GetFileName(from)})";
        foreach (string article in _articles.Where(a => Folder(a) == Folder(from)))
        {
            string text = File.ReadAllText(_site.Full(article));
            if (!text.Contains(target, StringComparison.Ordinal) || article == to) continue;
            _site.Write(article, to is null
                ? text.Replace(" See [another article" + target, "", StringComparison.Ordinal)
                : text.Replace(target, $"]({Path.GetFileName(to)})", StringComparison.Ordinal));
            Touch(changed, article, "");
        }
    }

    private string EditArticle(Random random, List<string> changed, string what, Func<string, string> edit)
    {
        string path = Pick(random, _articles);
        _site.Write(path, edit(File.ReadAllText(_site.Full(path))));
        return Touch(changed, path, $"edit the {what} of {path}");
    }

    private string Touch(List<string> changed, string path, string description)
    {
        changed.Add(_site.Full(path));
        return description.Length == 0 ? path : description;
    }

    private const string English = "content/articles";
    private const string Spanish = "content/es/articles";

    private static string Folder(string path) => Path.GetDirectoryName(path)!.Replace('\\', '/');

    // The translation keys the Spanish articles hold: their translation_key, or their file name.
    private HashSet<string> SpanishKeys() => _articles.Where(a => Folder(a) == Spanish).Select(a =>
    {
        string? key = File.ReadAllLines(_site.Full(a)).FirstOrDefault(l => l.StartsWith("translation_key: ", StringComparison.Ordinal));
        return key is null ? Path.GetFileNameWithoutExtension(a) : key["translation_key: ".Length..];
    }).ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// A new article in <paramref name="folder"/>, linking now and then to another of its language; a Spanish one may
    /// translate an English one, by its file name or (now and then) by its translation_key.
    /// </summary>
    private string AddArticle(Random random, string folder = English, string? translationOf = null)
    {
        int n = _next++;
        bool byKey = translationOf is not null && random.Next(2) == 0;
        string path = translationOf is null || byKey ? $"{folder}/article-{n}.md" : $"{folder}/{Path.GetFileName(translationOf)}";
        string key = byKey ? $"translation_key: {Path.GetFileNameWithoutExtension(translationOf)}\n" : "";
        var topics = Topics.Where(_ => random.Next(3) == 0).DefaultIfEmpty(Topics[n % Topics.Length]);
        var published = _articles.Where(a => Folder(a) == folder && !File.ReadAllText(_site.Full(a)).Contains("draft: true", StringComparison.Ordinal)).ToList();
        string link = published.Count > 0 && random.Next(2) == 0 ? $" See [another article]({Path.GetFileName(Pick(random, published))})." : "";
        string faq = random.Next(2) == 0 ? $"faq:\n  - q: How long does {Word(random)} take?\n    a: As long as it *takes*.\n" : "";
        string bodyFaq = random.Next(3) == 0 ? (folder == Spanish ? $"\n## Preguntas frecuentes\n\n### ¿Por qué {Word(random)}?\n\nPorque {Word(random)} importa.\n"
            : $"\n## FAQ\n\n### Why {Word(random)}?\n\nBecause {Word(random)} matters.\n") : "";
        _site.Write(path, $"---\ntitle: {Word(random)} after {Word(random)} {n}\ndate: 2025-{random.Next(1, 13):00}-{random.Next(1, 28):00}\n"
            + $"topics: [{string.Join(", ", topics)}]\n{key}{faq}---\n\nFirst words about {Word(random)}.{link}\n\n## On {Word(random)}\n\n"
            + $"{Word(random)} and {Word(random)} take time.\n{bodyFaq}");
        _articles.Add(path);
        return path;
    }

    private string AddImage()
    {
        string path = $"content/images/picture-{_next++}.svg";
        _site.Write(path, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"1\" height=\"1\"/>\n");
        _images.Add(path);
        return path;
    }

    private static string Pick(Random random, List<string> items) => items[random.Next(items.Count)];

    private static string Word(Random random) => Words[random.Next(Words.Length)];

    private static string ReplaceLine(string text, string prefix, string line)
    {
        var lines = text.Split('\n').ToList();
        int index = lines.FindIndex(l => l.StartsWith(prefix, StringComparison.Ordinal));
        if (index < 0) lines.Insert(1, line);
        else lines[index] = line;
        return string.Join('\n', lines);
    }

    public void Dispose() => _site.Dispose();

    private sealed class PagesAhead : IBuildListener
    {
        public List<SiteGen.Write.OutputFile> Pages { get; } = [];

        public void EditedPagesRendered(IReadOnlyList<SiteGen.Write.OutputFile> pages) => Pages.AddRange(pages);
    }
}
