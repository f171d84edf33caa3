using System.Runtime.InteropServices;
using SiteGen.Cli.Serve;

namespace SiteGen.Tests.Serve;

public sealed class BrowserLauncherTests
{
    private static readonly Uri Preview = new("http://127.0.0.1:4000/");

    [Fact]
    public void Each_system_opens_the_preview_with_its_own_opener()
    {
        Assert.Equal("xdg-open http://127.0.0.1:4000/", Line(OSPlatform.Linux));
        Assert.Equal("open http://127.0.0.1:4000/", Line(OSPlatform.OSX));
        Assert.Equal("cmd /c start  http://127.0.0.1:4000/", Line(OSPlatform.Windows));
    }

    [Fact]
    public void Serve_takes_open_as_an_option()
    {
        var stderr = new StringWriter();
        var parsed = new System.CommandLine.RootCommand { ServeCommand.Create(new StringWriter(), stderr) }.Parse(["serve", "--open", "--port", "0", "--source", Path.GetTempPath()]);

        Assert.Empty(parsed.Errors);
    }

    private static string Line(OSPlatform system)
    {
        var (program, arguments) = BrowserLauncher.CommandFor(system, Preview);
        return string.Join(' ', [program, .. arguments]);
    }
}
