using System.Diagnostics;
using System.Reflection;

namespace SiteGen.Tests.Cli;

/// <summary>Runs the built sitegen command as a separate process, as a user or CI script would.</summary>
public static class SiteGenProcess
{
    public sealed record Run(int ExitCode, string Stdout, string Stderr);

    private static readonly string CliPath = typeof(SiteGenProcess).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "SiteGenCliPath").Value!;

    public static Run Start(string workingFolder, params string[] args) => Start(workingFolder, new Dictionary<string, string>(), args);

    public static Run Start(string workingFolder, IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = workingFolder, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var (name, value) in environment) start.Environment[name] = value;
        start.ArgumentList.Add(CliPath);
        foreach (string arg in args) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromSeconds(60)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("sitegen did not finish within 60 s");
        }
        return new Run(process.ExitCode, stdout.Result, stderr.Result);
    }
}
