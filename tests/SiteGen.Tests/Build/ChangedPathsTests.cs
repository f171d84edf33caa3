using SiteGen.Build.Incremental;

namespace SiteGen.Tests.Build;

public class ChangedPathsTests
{
    private static readonly string Root = Path.Combine(Path.GetTempPath(), "changed-paths");

    private static string At(string relative) => Path.Combine(Root, relative);

    [Fact]
    public void A_named_file_and_the_files_under_a_named_folder_have_changed()
    {
        var changed = ChangedPaths.Of([At("content/articles/trust.md"), At("content/images") + Path.DirectorySeparatorChar]);

        Assert.True(changed.Names(At("content/articles/trust.md")));
        Assert.True(changed.Names(At("content/images/photos/kitchen.jpg")));
        Assert.False(changed.Names(At("content/articles/amends.md")));
        // A name that begins like a named folder is another file.
        Assert.False(changed.Names(At("content/images-old/kitchen.jpg")));
        Assert.False(changed.Names(At("content/articles/trust.md.bak")));
    }

    [Fact]
    public void Only_known_changes_let_a_file_go_unexamined()
    {
        var known = ChangedPaths.Of([At("content/articles/trust.md")]);

        Assert.True(known.Known);
        Assert.False(known.MayHaveChanged(At("content/articles/amends.md")));
        Assert.True(known.MayHaveChanged(At("content/articles/trust.md")));
        Assert.False(ChangedPaths.Unknown.Known);
        Assert.True(ChangedPaths.Unknown.MayHaveChanged(At("content/articles/amends.md")));
        Assert.False(ChangedPaths.Unknown.Names(At("content/articles/amends.md")));
    }

    [Fact]
    public void Paths_are_compared_in_full_form()
    {
        var changed = ChangedPaths.Of([Path.Combine(Root, "content", "..", "content", "site.yml")]);

        Assert.True(changed.Names(At("content/site.yml")));
    }
}
