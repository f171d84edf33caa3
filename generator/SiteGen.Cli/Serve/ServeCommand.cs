using Spectre.Console;
using System.CommandLine;
using SiteGen.Build;

namespace SiteGen.Cli.Serve;

/// <summary>sitegen serve: its options, and running the live preview until Ctrl+C.</summary>
public static class ServeCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var source = CommandOptions.Source();
        var theme = new Option<string?>("--theme") { Description = "A theme name to use instead of site.yml's (looked up in themes/ beside the content folder, then among SiteGen's own)." };
        var port = new Option<int>("--port", "-p") { Description = "The port to serve on at 127.0.0.1; 0 picks a free one.", DefaultValueFactory = _ => ServeOptions.DefaultPort };
        var verbose = new Option<bool>("--verbose", "-v") { Description = "Also print how long each stage of every build took." };
        var open = new Option<bool>("--open") { Description = "Open the preview in the system's browser once it serves." };
        port.Validators.Add(result =>
        {
            // A value that is not a number is the parser's error already; reading it here would throw.
            if (result.Tokens.Count > 0 && !int.TryParse(result.Tokens[^1].Value, out _)) return;
            if (result.GetValueOrDefault<int>() is < 0 or > 65535) result.AddError("--port must be between 0 and 65535");
        });

        var command = new Command("serve", "Preview the site, drafts included, at http://127.0.0.1:PORT/: rebuilt on every change to the content or theme, open pages reloaded.")
        {
            source, theme, port, open, verbose,
        };
        command.SetAction(async (parsed, cancel) =>
        {
            var options = new ServeOptions { SourceFolder = parsed.GetValue(source)!, Theme = parsed.GetValue(theme), Port = parsed.GetValue(port), Open = parsed.GetValue(open), Verbose = parsed.GetValue(verbose) };
            // SIGTERM (a process manager, `kill`, `timeout`) stops the preview as Ctrl+C does. The command
            // line library's own hook relies on the runtime raising ProcessExit, which the native build does not.
            using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancel);
            using var terminate = System.Runtime.InteropServices.PosixSignalRegistration.Create(System.Runtime.InteropServices.PosixSignal.SIGTERM, signal =>
            {
                signal.Cancel = true;
                stop.Cancel();
            });
            return (int)await RunAsync(options, stdout, stderr, stop.Token);
        });
        return command;
    }

    // As `sitegen build`: a person at a terminal sees the first build's stages; logs and pipes get plain lines.
    private static bool ShowsProgress(TextWriter stdout) => !Console.IsOutputRedirected && ReferenceEquals(stdout, Console.Out);

    /// <summary>Serves until <paramref name="cancel"/> fires (Ctrl+C), then removes the preview's files.</summary>
    public static async Task<ExitCode> RunAsync(ServeOptions options, TextWriter stdout, TextWriter stderr, CancellationToken cancel)
    {
        if (!Directory.Exists(options.SourceFolder))
        {
            stderr.WriteLine($"sitegen: the content folder '{options.SourceFolder}' does not exist");
            return ExitCode.Usage;
        }
        LivePreview preview;
        try
        {
            preview = ShowsProgress(stdout)
                ? await AnsiConsole.Status().Spinner(Spinner.Known.Dots).StartAsync("Building", context =>
                    LivePreview.StartAsync(options with { FirstBuildStage = stage => context.Status($"Building: {stage}") }, stdout, stderr, cancel))
                : await LivePreview.StartAsync(options, stdout, stderr, cancel);
        }
        catch (IOException e) when (!cancel.IsCancellationRequested)
        {
            stderr.WriteLine($"sitegen: cannot serve on 127.0.0.1:{options.Port}: {e.Message}; choose another port with --port");
            return ExitCode.Usage;
        }
        catch (OperationCanceledException)
        {
            return ExitCode.Success;
        }

        await using (preview)
        {
            preview.ReleaseFirstReport();
            stdout.WriteLine($"Serving {options.SourceFolder} at {preview.Url} (drafts and scheduled articles included); press Ctrl+C to stop.");
            if (options.Open && BrowserLauncher.Open(preview.Url) is { } problem)
                stderr.WriteLine($"sitegen: could not open a browser ({problem}); open {preview.Url} yourself");
            try
            {
                await Task.Delay(Timeout.Infinite, cancel);
            }
            catch (OperationCanceledException)
            {
            }
        }
        return ExitCode.Success;
    }
}
