using SiteGen.Write;

namespace SiteGen.Tests.Write;

public sealed class OutputSafetyTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("sitegen-safety-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private string? Problem(string output) =>
        OutputSafety.Problem(output, [("content", Path.Combine(_root, "content")), ("themes", Path.Combine(_root, "themes"))]);

    [Fact]
    public void Accepts_a_new_folder_beside_the_content() => Assert.Null(Problem(Path.Combine(_root, "output")));

    [Theory]
    [InlineData("content", "cannot be the content folder")]
    [InlineData("content/", "cannot be the content folder")]
    [InlineData("", "cannot hold the content folder")]
    [InlineData("content/output", "cannot be inside the content folder")]
    [InlineData("themes", "cannot be the themes folder")]
    public void Refuses_the_sources_and_their_parents(string relative, string problem)
    {
        Assert.Contains(problem, Problem(Path.Combine(_root, relative)));
    }

    [Fact]
    public void Refuses_the_root_and_home_folders()
    {
        Assert.Contains("root", Problem("/"));
        Assert.Contains("home", Problem(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile)));
    }

    [Fact]
    public void Refuses_an_existing_folder_sitegen_did_not_write()
    {
        string mine = Path.Combine(_root, "documents");
        Directory.CreateDirectory(mine);
        File.WriteAllText(Path.Combine(mine, "thesis.txt"), "years of work");

        Assert.Contains("not written by SiteGen", Problem(mine));
        File.WriteAllText(Path.Combine(mine, OutputSafety.MarkerFileName), OutputSafety.MarkerText);
        Assert.Null(Problem(mine));
    }
}
