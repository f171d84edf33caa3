using SiteGen.Model;
using SiteGen.Write;

namespace SiteGen.Tests.Write;

public sealed class SiteWriterTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("sitegen-writer-").FullName;

    private string Output => Path.Combine(_root, "site", "output");

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void Writes_files_and_copies_and_leaves_no_staging_folder()
    {
        string source = Path.Combine(_root, "photo.jpg");
        File.WriteAllText(source, "jpeg");

        SiteWriter.Write(Output, [OutputFile.FromText("index.html", "<p>home"), OutputFile.FromText("articles/a/index.html", "a")], [new StaticFile(source, "images/photo.jpg")]);

        Assert.Equal("<p>home", File.ReadAllText(Path.Combine(Output, "index.html")));
        Assert.Equal("a", File.ReadAllText(Path.Combine(Output, "articles/a/index.html")));
        Assert.Equal("jpeg", File.ReadAllText(Path.Combine(Output, "images/photo.jpg")));
        Assert.True(File.Exists(Path.Combine(Output, OutputSafety.MarkerFileName)));
        Assert.Equal(["output"], Directory.GetFileSystemEntries(Path.GetDirectoryName(Output)!).Select(Path.GetFileName));
    }

    [Fact]
    public void Folders_left_by_a_killed_build_are_cleared_by_the_next_one()
    {
        string parent = Path.GetDirectoryName(Output)!;
        Directory.CreateDirectory(Path.Combine(parent, ".output.staging-killed1", "articles"));
        Directory.CreateDirectory(Path.Combine(parent, ".output.old-killed2"));
        Directory.CreateDirectory(Path.Combine(parent, ".other.staging-notours"));

        SiteWriter.Write(Output, [OutputFile.FromText("index.html", "home")], []);

        Assert.Equal([".other.staging-notours", "output"],
            Directory.GetFileSystemEntries(parent).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_second_build_into_the_same_folder_waits_its_turn_instead_of_racing()
    {
        using (var first = StagingFolder.Create(Output))
        {
            var error = Assert.Throws<IOException>(() => SiteWriter.Write(Output, [OutputFile.FromText("b.html", "b")], []));
            Assert.Contains("another build is writing", error.Message);

            first.Add(OutputFile.FromText("a.html", "a"));
            first.Commit();
        }

        Assert.True(File.Exists(Path.Combine(Output, "a.html")));
        SiteWriter.Write(Output, [OutputFile.FromText("c.html", "c")], []);
        Assert.True(File.Exists(Path.Combine(Output, "c.html")));
    }

    [Fact]
    public void A_second_build_replaces_the_whole_site()
    {
        SiteWriter.Write(Output, [OutputFile.FromText("old.html", "old")], []);
        SiteWriter.Write(Output, [OutputFile.FromText("new.html", "new")], []);

        Assert.False(File.Exists(Path.Combine(Output, "old.html")));
        Assert.True(File.Exists(Path.Combine(Output, "new.html")));
        Assert.Single(Directory.GetFileSystemEntries(Path.GetDirectoryName(Output)!));
    }

    [Fact]
    public void A_failed_write_leaves_the_previous_site_as_it_was()
    {
        SiteWriter.Write(Output, [OutputFile.FromText("index.html", "previous")], []);

        // A copy whose source is gone fails half-way through filling the staging folder.
        var failing = new StaticFile(Path.Combine(_root, "vanished.jpg"), "images/vanished.jpg");
        Assert.ThrowsAny<IOException>(() => SiteWriter.Write(Output, [OutputFile.FromText("index.html", "next")], [failing]));

        Assert.Equal("previous", File.ReadAllText(Path.Combine(Output, "index.html")));
        Assert.Single(Directory.GetFileSystemEntries(Path.GetDirectoryName(Output)!));
    }

    [Theory]
    [InlineData("../escape.html")]
    [InlineData("/etc/passwd")]
    [InlineData("a/../../escape.html")]
    [InlineData("a\\b.html")]
    public void Refuses_paths_that_leave_the_output_folder(string path)
    {
        Assert.Throws<InvalidOperationException>(() => SiteWriter.Write(Output, [OutputFile.FromText(path, "x")], []));
        Assert.False(File.Exists(Path.Combine(_root, "site", "escape.html")));
        Assert.False(Directory.Exists(Output));
    }

    [Fact]
    public void A_staging_folder_takes_files_from_many_threads_and_vanishes_unless_committed()
    {
        SiteWriter.Write(Output, [OutputFile.FromText("index.html", "previous")], []);

        using (var staging = StagingFolder.Create(Output))
        {
            Parallel.For(0, 200, i => staging.Add(OutputFile.FromText($"articles/a{i}/index.html", $"page {i}")));
            Assert.Equal(200, Directory.GetFiles(staging.Path, "*.html", SearchOption.AllDirectories).Length);
            Assert.Throws<IOException>(() => staging.Add(OutputFile.FromText("articles/a7/index.html", "again")));
        }

        Assert.Equal("previous", File.ReadAllText(Path.Combine(Output, "index.html")));
        Assert.Single(Directory.GetFileSystemEntries(Path.GetDirectoryName(Output)!));
    }
}
