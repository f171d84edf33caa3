using System.Xml.Linq;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Cli;

/// <summary>The version is set in one place, Directory.Build.props, and everything that names it agrees.</summary>
public class VersionTests
{
    private static string Declared() =>
        XDocument.Load(Path.Combine(SiteFixture.RepositoryRoot, "Directory.Build.props")).Descendants("Version").Single().Value;

    [Fact]
    public void The_command_prints_the_version_set_in_directory_build_props()
    {
        var run = SiteGenProcess.Start(Path.GetTempPath(), "--version");
        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith(Declared(), run.Stdout.Trim());
    }

    [Fact]
    public void A_new_sites_deploy_workflow_installs_that_version()
    {
        string folder = Directory.CreateTempSubdirectory("sitegen-version-").FullName;
        try
        {
            Assert.Equal(0, SiteGenProcess.Start(folder, "init", ".", "--host", "github").ExitCode);
            Assert.Contains($"dotnet tool install --global SiteGen --version {Declared()}\n", File.ReadAllText(Path.Combine(folder, ".github", "workflows", "deploy.yml")));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
