using SiteGen.Cli.Serve;

namespace SiteGen.Tests.Serve;

/// <summary>Preview folders: one left by a killed preview is removed by the next, one still in use is not.</summary>
public class PreviewFolderTests
{
    [Fact]
    public void A_folder_nobody_holds_is_removed_and_one_in_use_is_kept()
    {
        string parent = Directory.CreateTempSubdirectory("sitegen-previews-").FullName;
        try
        {
            // What a preview killed with SIGKILL leaves: its folder and its lock file, held by no one.
            string abandoned = Directory.CreateDirectory(Path.Combine(parent, "sitegen-serve-killed")).FullName;
            File.WriteAllText(Path.Combine(abandoned, ".lock"), "");
            string running = Directory.CreateDirectory(Path.Combine(parent, "sitegen-serve-running")).FullName;
            using var held = new FileStream(Path.Combine(running, ".lock"), FileMode.Create, FileAccess.ReadWrite, FileShare.None);
            string other = Directory.CreateDirectory(Path.Combine(parent, "someone-else")).FullName;

            PreviewFolder.RemoveAbandoned(parent);

            Assert.False(Directory.Exists(abandoned));
            Assert.True(Directory.Exists(running));
            Assert.True(Directory.Exists(other));
        }
        finally
        {
            Directory.Delete(parent, recursive: true);
        }
    }

    [Fact]
    public void A_preview_folder_is_kept_while_its_preview_runs()
    {
        using var folder = PreviewFolder.Create();
        PreviewFolder.RemoveAbandoned(Path.GetDirectoryName(folder.Root)!);
        Assert.True(Directory.Exists(folder.Root));
    }
}
