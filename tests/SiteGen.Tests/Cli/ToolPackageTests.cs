using System.Xml.Linq;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Cli;

/// <summary>
/// The tool package, packed as the README says, installs a native sitegen on linux-x64 that builds a site from
/// any folder with the theme it carries, to the same bytes as the build the other tests run.
/// </summary>
public class ToolPackageTests
{
    private static readonly TimeSpan PackTimeout = TimeSpan.FromMinutes(15);
    private static readonly IReadOnlyDictionary<string, string> NoEnvironment = new Dictionary<string, string>();

    [NativeToolFact]
    public void The_packed_tool_installs_the_native_sitegen_and_builds_the_sample_site()
    {
        string version = XDocument.Load(Path.Combine(SiteFixture.RepositoryRoot, "Directory.Build.props")).Descendants("Version").Single().Value;
        string root = Directory.CreateTempSubdirectory("sitegen-tool-").FullName;
        try
        {
            string packages = Path.Combine(root, "packages"), tools = Path.Combine(root, "tools");
            var pack = SiteGenProcess.Exec("dotnet", SiteFixture.RepositoryRoot, PackTimeout, NoEnvironment,
                "pack", "generator/SiteGen.Cli", "-c", "Release", "-o", packages, "--artifacts-path", Path.Combine(root, "artifacts"), "-nologo");
            Assert.True(pack.ExitCode == 0, pack.Stdout + pack.Stderr);
            Assert.Equal(
                [$"SiteGen.{version}.nupkg", $"SiteGen.any.{version}.nupkg", $"SiteGen.linux-x64.{version}.nupkg"],
                Directory.GetFiles(packages).Select(Path.GetFileName).Order(StringComparer.Ordinal));

            var install = SiteGenProcess.Exec("dotnet", root, PackTimeout, NoEnvironment,
                "tool", "install", "SiteGen", "--tool-path", tools, "--add-source", packages, "--version", version);
            Assert.True(install.ExitCode == 0, install.Stdout + install.Stderr);

            // The command is the native executable itself, not a shim that starts the .NET runtime.
            string command = Path.Combine(tools, "sitegen");
            var executable = new FileInfo(command).ResolveLinkTarget(returnFinalTarget: true) as FileInfo ?? new FileInfo(command);
            Assert.Equal("\u007fELF"u8.ToArray(), File.ReadAllBytes(executable.FullName)[..4]);
            Assert.Empty(Directory.GetFiles(executable.DirectoryName!, "*.dll"));
            Assert.True(Directory.Exists(Path.Combine(executable.DirectoryName!, "themes", "default")));

            var printed = SiteGenProcess.Exec(command, root, TimeSpan.FromSeconds(30), NoEnvironment, "--version");
            Assert.StartsWith(version, printed.Stdout.Trim());

            // A site folder with content only: the default theme comes with the tool.
            string site = Path.Combine(root, "site");
            Folders.Copy(Path.Combine(SiteFixture.RepositoryRoot, "content"), Path.Combine(site, "content"));
            var build = SiteGenProcess.Exec(command, site, TimeSpan.FromMinutes(2), NoEnvironment, "build", "--quiet");
            Assert.True(build.ExitCode == 0, build.Stdout + build.Stderr);

            string reference = Path.Combine(root, "reference");
            var referenceBuild = SiteGenProcess.Start(site, "build", "--quiet", "--output", reference);
            Assert.True(referenceBuild.ExitCode == 0, referenceBuild.Stderr);
            int built = Folders.Files(reference).Count;
            Assert.True(built > 30, $"only {built} files built");
            Folders.AssertSame(reference, Path.Combine(site, "output"));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
