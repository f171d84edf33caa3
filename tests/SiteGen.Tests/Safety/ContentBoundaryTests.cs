using SiteGen.Diagnostics;
using SiteGen.Safety;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Safety;

/// <summary>The content folder and each theme are boundaries: nothing outside them is published, and no special file is opened.</summary>
public class ContentBoundaryTests
{
    private static void Link(SiteFixture site, string path, string target)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(site.Full(path))!);
        File.CreateSymbolicLink(site.Full(path), target);
    }

    private static ContentError FailsWithOne(SiteFixture site, string path, string messagePart)
    {
        File.WriteAllText(Path.Combine(site.Root, "earlier.txt"), "");
        var result = site.Build();
        Assert.False(result.Succeeded);
        var error = Assert.Single(site.ErrorsIn(path));
        Assert.Contains(messagePart, error.Message);
        return error;
    }

    [Fact]
    public void A_link_to_a_file_outside_the_content_folder_is_an_error_and_nothing_is_published()
    {
        using var site = SiteFixture.Create(SiteFixture.Article("a"));
        site.Write("secret.txt", "not for the web");
        Link(site, "content/images/secret.txt", site.Full("secret.txt"));
        FailsWithOne(site, "content/images/secret.txt", "outside the content folder");
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public void A_link_to_an_ancestor_folder_is_refused_instead_of_walked_without_end()
    {
        using var site = SiteFixture.Create(SiteFixture.Article("a"));
        Link(site, "content/images/up", "..");
        FailsWithOne(site, "content/images/up", "never end");
    }

    [Fact]
    public void Links_that_point_at_each_other_are_refused()
    {
        using var site = SiteFixture.Create(SiteFixture.Article("a"));
        Link(site, "content/images/one", "two");
        Link(site, "content/images/two", "one");
        site.Build();
        Assert.Contains("leads nowhere", Assert.Single(site.ErrorsIn("content/images/one")).Message);
    }

    [Fact]
    public void A_link_to_a_device_is_refused_without_reading_it()
    {
        if (!File.Exists("/dev/zero")) return; // no devices to link to on this system
        using var site = SiteFixture.Create(SiteFixture.Article("a"));
        Link(site, "content/images/zero.bin", "/dev/zero");
        FailsWithOne(site, "content/images/zero.bin", "outside the content folder");
    }

    [Fact]
    public void A_fifo_named_like_an_article_is_an_error_not_a_hang()
    {
        if (!OperatingSystem.IsLinux()) return; // FIFOs are made with mkfifo below; FileKinds tells them apart on Linux
        using var site = SiteFixture.Create(SiteFixture.Article("a"));
        Directory.CreateDirectory(site.Full("content/articles"));
        MakeFifo(site.Full("content/articles/pipe.md"));
        var task = Task.Run(() => site.Build());
        Assert.True(task.Wait(TimeSpan.FromSeconds(60)), "the build hung on a FIFO");
        Assert.Contains("FIFO", Assert.Single(site.ErrorsIn("content/articles/pipe.md")).Message);
    }

    [Fact]
    public void A_link_inside_the_content_folder_is_followed()
    {
        using var site = SiteFixture.Create(SiteFixture.Article("a", "![Hands](../images/alias.png)"));
        site.Write("content/images/real.txt", "words");
        Link(site, "content/images/alias.txt", "real.txt");
        site.WriteBytes("content/images/real.png", TestImages.Encode(TestImages.Picture(40, 30), SkiaSharp.SKEncodedImageFormat.Png));
        Link(site, "content/images/alias.png", "real.png");
        site.BuildOk();
        Assert.Equal("words", site.ReadOutput("images/alias.txt"));
        Assert.True(site.OutputExists("images/alias.png"));
    }

    [Fact]
    public void A_link_in_a_theme_to_a_file_outside_it_is_refused()
    {
        using var site = SiteFixture.Create(("content/site.yml", "title: T\nbase_url: https://example.org/\ntheme: mine\n"), SiteFixture.Article("a"));
        site.Write("themes/mine/theme.yml", "name: Mine\nextends: default\n");
        site.Write("outside.html", "<p>outside</p>");
        Link(site, "themes/mine/partials/footer.html", site.Full("outside.html"));
        site.Build();
        Assert.Contains("outside theme 'mine'", Assert.Single(site.ErrorsIn("themes/mine/partials/footer.html")).Message);
    }

    [Fact]
    public void The_walk_reports_kinds_without_opening()
    {
        if (!OperatingSystem.IsLinux()) return;
        Assert.Equal(FileKind.CharacterDevice, FileKinds.Of("/dev/null"));
        Assert.Equal(FileKind.Directory, FileKinds.Of("/"));
        Assert.Equal(FileKind.Missing, FileKinds.Of("/no/such/file"));
    }

    [Fact]
    public void A_folders_listing_gives_each_entry_the_kind_a_stat_of_it_gives()
    {
        if (!OperatingSystem.IsLinux()) return; // the listing's kinds are Linux's d_type; elsewhere each entry is asked
        using var site = Support.SiteFixture.Create(("content/articles/a.md", "x"), ("content/articles/sub/b.md", "y"));
        string folder = site.Full("content/articles");
        File.CreateSymbolicLink(Path.Combine(folder, "link.md"), "a.md");
        MakeFifo(Path.Combine(folder, "pipe"));

        var listed = FileKinds.List(folder).ToDictionary(e => e.Name, e => e.Kind);

        Assert.Equal(["a.md", "link.md", "pipe", "sub"], listed.Keys.Order(StringComparer.Ordinal));
        foreach (var (name, kind) in listed) Assert.Equal(FileKinds.Of(Path.Combine(folder, name)), kind ?? FileKinds.Of(Path.Combine(folder, name)));
        Assert.Equal([FileKind.Regular, FileKind.SymbolicLink, FileKind.Fifo, FileKind.Directory], new[] { "a.md", "link.md", "pipe", "sub" }.Select(n => listed[n]));
        Assert.ThrowsAny<IOException>(() => FileKinds.List(Path.Combine(folder, "missing")));
    }

    private static void MakeFifo(string path)
    {
        using var mkfifo = System.Diagnostics.Process.Start("mkfifo", path);
        mkfifo.WaitForExit();
        Assert.Equal(0, mkfifo.ExitCode);
    }
}
