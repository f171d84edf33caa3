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

    public static Run Start(string workingFolder, IReadOnlyDictionary<string, string> environment, params string[] args) =>
        Exec("dotnet", workingFolder, TimeSpan.FromSeconds(60), environment, [CliPath, .. args]);

    /// <summary>Runs any program (dotnet pack, an installed sitegen) and waits for it, killing it after the timeout.</summary>
    public static Run Exec(string program, string workingFolder, TimeSpan timeout, IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var start = new ProcessStartInfo(program) { WorkingDirectory = workingFolder, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var (name, value) in environment) start.Environment[name] = value;
        foreach (string arg in args) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{Path.GetFileName(program)} did not finish within {timeout.TotalSeconds:0} s");
        }
        return new Run(process.ExitCode, stdout.Result, stderr.Result);
    }
}
