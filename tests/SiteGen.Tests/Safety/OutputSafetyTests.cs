using SiteGen.Tests.Support;
using SiteGen.Write;

namespace SiteGen.Tests.Safety;

/// <summary>The output folder: a link to it is followed, and the swap of old site for new never leaves the place empty.</summary>
public class OutputSafetyTests
{
    [Fact]
    public void An_output_folder_that_is_a_link_is_followed_and_stays_a_link()
    {
        using var site = SiteFixture.Create(SiteFixture.Article("a"));
        string real = Path.Combine(site.Root, "real");
        site.BuildOk(o => o with { OutputFolder = real });
        File.CreateSymbolicLink(site.Output, real);
        site.Write("content/articles/b.md", "---\ntitle: B\ndate: 2025-01-02\n---\nBody.\n");

        site.BuildOk();

        Assert.NotNull(new FileInfo(site.Output).LinkTarget);
        Assert.True(File.Exists(Path.Combine(real, "articles/b/index.html")));
    }

    [Fact]
    public void A_build_killed_between_the_two_renames_is_recovered_by_the_next()
    {
        using var site = SiteFixture.Create(SiteFixture.Article("a"));
        site.BuildOk();
        // What the fallback swap leaves when killed after moving the old site aside.
        string aside = Path.Combine(site.Root, ".output.old-killed");
        Directory.Move(site.Output, aside);

        FolderSwap.Recover(site.Output, [aside]);

        Assert.True(File.Exists(Path.Combine(site.Output, "articles/a/index.html")));
        Assert.False(Directory.Exists(aside));
    }

    [Fact]
    public void The_exchange_swaps_both_folders_whole()
    {
        string root = Directory.CreateTempSubdirectory("sitegen-swap-").FullName;
        try
        {
            string place = Path.Combine(root, "out"), fresh = Path.Combine(root, "new");
            Directory.CreateDirectory(place);
            Directory.CreateDirectory(fresh);
            File.WriteAllText(Path.Combine(place, "old.txt"), "old");
            File.WriteAllText(Path.Combine(fresh, "new.txt"), "new");

            FolderSwap.Exchange(fresh, place, Path.Combine(root, "aside"));

            Assert.True(File.Exists(Path.Combine(place, "new.txt")));
            Assert.True(File.Exists(Path.Combine(fresh, "old.txt")));
            Assert.False(Directory.Exists(Path.Combine(root, "aside")));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public void Only_a_lock_held_elsewhere_is_called_another_build()
    {
        Assert.True(StagingFolder.IsHeldElsewhere(new IOException("locked", 11)));
        Assert.False(StagingFolder.IsHeldElsewhere(new IOException("Read-only file system", 30)));
    }
}
