using System.Diagnostics;
using System.Runtime.InteropServices;

namespace SiteGen.Cli.Serve;

/// <summary>Opens the preview in the system's browser (<c>sitegen serve --open</c>): the desktop's own opener, nothing downloaded.</summary>
public static class BrowserLauncher
{
    /// <summary>The program and arguments that open <paramref name="url"/> on a system: xdg-open, open, or the Windows shell.</summary>
    public static (string Program, string[] Arguments) CommandFor(OSPlatform system, Uri url) =>
        system == OSPlatform.Windows ? ("cmd", ["/c", "start", "", url.ToString()])
        : system == OSPlatform.OSX ? ("open", [url.ToString()])
        : ("xdg-open", [url.ToString()]);

    /// <returns>Null when the browser was asked to open, else why it could not be (the preview serves on all the same).</returns>
    public static string? Open(Uri url)
    {
        var system = RuntimeInformation.IsOSPlatform(OSPlatform.Windows) ? OSPlatform.Windows
            : RuntimeInformation.IsOSPlatform(OSPlatform.OSX) ? OSPlatform.OSX : OSPlatform.Linux;
        var (program, arguments) = CommandFor(system, url);
        try
        {
            var start = new ProcessStartInfo(program) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (string argument in arguments) start.ArgumentList.Add(argument);
            using var process = Process.Start(start);
            return process is null ? $"{program} did not start" : null;
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            return $"{program}: {e.Message}";
        }
    }
}
