using System.Diagnostics;

namespace SiteGen.Tests.Search;

/// <summary>Runs a node script and returns what it printed.</summary>
internal static class NodeRunner
{
    public static string? Executable { get; } = Support.ProgramPath.Find("node");

    public static string Run(string script, params string[] args)
    {
        var start = new ProcessStartInfo(Executable ?? throw new InvalidOperationException("node is not installed"))
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add("-e");
        start.ArgumentList.Add(script);
        foreach (var arg in args) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0) throw new InvalidOperationException("node failed: " + error);
        return output.Result;
    }
}
