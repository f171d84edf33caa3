using SiteGen.Build;
using SiteGen.Render;
using SiteGen.Tests.Support;
using SiteGen.Write;

namespace SiteGen.Tests.Build;

/// <summary>
/// What a rebuild tells its listener and when: the pages of the documents an editor just saved, rendered
/// ahead of the rest of the site with the bytes the build then writes, then the files the build changed.
/// </summary>
public sealed class RebuildListenerTests : IDisposable
{
    private readonly SiteFixture _site = SiteFixture.Create(
        SiteFixture.Article("trust", "Trust returns through small promises kept.", "description: On trust.\ntopics: [trust]", "2025-01-03"),
        SiteFixture.Article("amends", "Amends are made in deeds.", "description: On amends.\ntopics: [trust]", "2025-01-02"),
        SiteFixture.Article("boundaries", "Boundaries protect the relationship.", "description: On boundaries.", "2025-01-01"),
        ("content/pages/about.md", "---\ntitle: About us\n---\n\nWe are a small team.\n"),
        ("content/site.yml", "title: Test Site\nbase_url: https://example.org/\ntheme: custom\n"),
        ("themes/custom/theme.yml", "name: Custom\nextends: default\n"),
        ("themes/custom/partials/footer.html", "<footer class=\"site-footer\"><p>{{ site.title }}</p></footer>\n"));

    [Fact]
    public void A_first_build_renders_nothing_ahead_and_names_no_changed_file()
    {
        var listener = new RecordingListener();

        AssertSucceeded(Session().Build(listener: listener));

        Assert.Equal(["written: everything"], listener.Calls);
    }

    [Fact]
    public void A_saved_article_is_rendered_ahead_with_the_bytes_the_build_then_writes()
    {
        var session = BuiltSession();
        string path = Edit("content/articles/trust.md", "Trust returns through small promises kept, one day at a time.");
        var listener = new RecordingListener(_site.Output);

        var result = session.Build([path], listener);

        AssertSucceeded(result);
        Assert.Equal(["edited: articles/trust/index.html", "written", "search index written"], listener.Calls.Select(c => c.Split(" (")[0]));
        var page = Assert.Single(listener.Edited);
        Assert.Contains("one day at a time", System.Text.Encoding.UTF8.GetString(page.Content.Span));
        // Told before the build wrote it, and then written with exactly those bytes.
        Assert.False(listener.EditedPageWasOnDiskWhenTold);
        Assert.Equal(page.Content.ToArray(), File.ReadAllBytes(Path.Combine(_site.Output, page.Path)));
        Assert.Contains("articles/trust/index.html", listener.Changed!);
    }

    [Fact]
    public void A_file_saved_without_a_change_shows_nothing_ahead()
    {
        var session = BuiltSession();
        var listener = new RecordingListener();

        AssertSucceeded(session.Build([_site.Full("content/articles/trust.md")], listener));

        Assert.Empty(listener.Edited);
        Assert.DoesNotContain("articles/trust/index.html", listener.Changed!);
    }

    [Fact]
    public void An_edited_page_of_content_pages_goes_ahead_too()
    {
        var session = BuiltSession();
        _site.Write("content/pages/about.md", "---\ntitle: About us\n---\n\nWe are a team of five.\n");
        var listener = new RecordingListener();

        AssertSucceeded(session.Build([_site.Full("content/pages/about.md")], listener));

        Assert.Equal("about/index.html", Assert.Single(listener.Edited).Path);
    }

    [Fact]
    public void A_template_edit_or_an_unnamed_change_sends_no_page_ahead()
    {
        var session = BuiltSession();
        _site.Write("themes/custom/partials/footer.html", "<footer class=\"site-footer\"><p>{{ site.title }}, changed</p></footer>\n");
        var listener = new RecordingListener();

        AssertSucceeded(session.Build([_site.Full("themes/custom/partials/footer.html")], listener));

        Assert.Empty(listener.Edited);
        Assert.Contains("articles/trust/index.html", listener.Changed!);
    }

    [Fact]
    public void A_change_to_more_files_than_go_ahead_renders_them_with_the_rest()
    {
        var session = BuiltSession();
        var changed = new List<string>();
        for (int i = 0; i <= SiteGen.Render.Dependencies.EditedPages.MostAhead; i++)
        {
            _site.Write($"content/articles/new-{i}.md", $"---\ntitle: New {i}\ndate: 2025-02-0{i % 9 + 1}\n---\n\nNew words.\n");
            changed.Add(_site.Full($"content/articles/new-{i}.md"));
        }
        var listener = new RecordingListener();

        AssertSucceeded(session.Build(changed, listener));

        Assert.Empty(listener.Edited);
        Assert.Contains("articles/new-0/index.html", listener.Changed!);
    }

    [Fact]
    public void A_rebuild_that_fails_after_rendering_ahead_writes_nothing()
    {
        var session = BuiltSession();
        var before = File.ReadAllBytes(Path.Combine(_site.Output, "articles/trust/index.html"));
        // The edited page renders, but its raw HTML links to a page the site does not have: the link check fails the build.
        string path = Edit("content/articles/trust.md", "Trust returns. <a href=\"/no-such-page/\">More</a>");
        var listener = new RecordingListener();

        var result = session.Build([path], listener);

        Assert.False(result.Succeeded);
        Assert.Contains(result.Errors, e => e.Message.Contains("/no-such-page/", StringComparison.Ordinal));
        Assert.Equal("articles/trust/index.html", Assert.Single(listener.Edited).Path);
        Assert.DoesNotContain(listener.Calls, c => c.StartsWith("written", StringComparison.Ordinal));
        Assert.Equal(before, File.ReadAllBytes(Path.Combine(_site.Output, "articles/trust/index.html")));
    }

    [Fact]
    public void A_rebuild_told_what_changed_reads_only_those_files()
    {
        var session = BuiltSession();
        Edit("content/articles/amends.md", "Amends, edited without the watcher seeing it.");
        string trust = Edit("content/articles/trust.md", "Trust, edited and seen.");

        AssertSucceeded(session.Build([trust]));

        Assert.Contains("edited and seen", Page("articles/trust/index.html"));
        Assert.DoesNotContain("without the watcher", Page("articles/amends/index.html"));
        // Not told what changed, the next build compares every file's size and time.
        AssertSucceeded(session.Build());
        Assert.Contains("without the watcher", Page("articles/amends/index.html"));
    }

    [Fact]
    public void A_folder_named_as_changed_stands_for_every_file_in_it()
    {
        var session = BuiltSession();
        Edit("content/articles/amends.md", "Amends, in a folder that changed.");

        AssertSucceeded(session.Build([_site.Full("content/articles")]));

        Assert.Contains("in a folder that changed", Page("articles/amends/index.html"));
    }

    private string Edit(string path, string body)
    {
        string text = File.ReadAllText(_site.Full(path));
        _site.Write(path, text[..(text.IndexOf("---\n\n", 4, StringComparison.Ordinal) + 5)] + body + "\n");
        return _site.Full(path);
    }

    private string Page(string path) => File.ReadAllText(Path.Combine(_site.Output, path));

    /// <summary>A session that has made its first build, ready for the rebuild a test is about.</summary>
    private BuildSession BuiltSession()
    {
        var session = Session();
        AssertSucceeded(session.Build());
        return session;
    }

    private BuildSession Session() => new(new BuildOptions
    {
        SourceFolder = _site.Content,
        OutputFolder = _site.Output,
        ThemeRoots = [Path.Combine(_site.Root, "themes"), SiteFixture.RepositoryThemes],
    }, incremental: true);

    private static void AssertSucceeded(BuildResult result) =>
        Assert.True(result.Succeeded, "the build failed:\n" + string.Join("\n", result.Errors));

    public void Dispose() => _site.Dispose();

    /// <summary>Records each call, and what the output folder held when the edited pages were handed over.</summary>
    private sealed class RecordingListener(string? output = null) : IBuildListener
    {
        public List<string> Calls { get; } = [];
        public List<OutputFile> Edited { get; } = [];
        public IReadOnlyList<string>? Changed { get; private set; }
        public bool EditedPageWasOnDiskWhenTold { get; private set; }

        public void EditedPagesRendered(IReadOnlyList<OutputFile> pages)
        {
            Edited.AddRange(pages);
            Calls.Add("edited: " + string.Join(", ", pages.Select(p => p.Path)));
            EditedPageWasOnDiskWhenTold = output is not null && pages.Any(p =>
                File.ReadAllBytes(Path.Combine(output, p.Path)).AsSpan().SequenceEqual(p.Content.Span));
        }

        public void PagesWritten(IReadOnlyList<string>? changed)
        {
            Changed = changed;
            Calls.Add(changed is null ? "written: everything" : $"written ({changed.Count} files)");
        }

        public void SearchIndexWritten(IReadOnlyList<string> changed) => Calls.Add($"search index written ({changed.Count} files)");
    }
}
