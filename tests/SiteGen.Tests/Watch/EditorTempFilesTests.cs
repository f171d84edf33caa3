using SiteGen.Watch;

namespace SiteGen.Tests.Watch;

public class EditorTempFilesTests
{
    [Theory]
    [InlineData("content/articles/.trust.md.swp")]
    [InlineData("content/articles/.trust.md.swo")]
    [InlineData("content/articles/.trust.md.swx")]
    [InlineData("content/articles/trust.md~")]
    [InlineData("content/articles/.#trust.md")]
    [InlineData("content/articles/#trust.md#")]
    [InlineData("content/articles/4913")]
    [InlineData("themes/default/layouts/base.html___jb_tmp___")]
    public void Editor_files_written_while_saving_are_temporary(string path) =>
        Assert.True(EditorTempFiles.IsTemporary(path));

    [Theory]
    [InlineData("content/articles/trust.md")]
    [InlineData("content/site.yml")]
    [InlineData("content/articles/4913.md")]
    [InlineData("content/articles/swap.md")]
    [InlineData("content/images/diagram.swift")]
    [InlineData("themes/default/assets/css/site.css")]
    [InlineData("content/articles/#hashtag.md")]
    public void Site_files_are_not_temporary(string path) =>
        Assert.False(EditorTempFiles.IsTemporary(path));
}
