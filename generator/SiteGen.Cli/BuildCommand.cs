using System.CommandLine;
using SiteGen.Build;

namespace SiteGen.Cli;

/// <summary>sitegen build: its options and how they become <see cref="BuildOptions"/>.</summary>
public static class BuildCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var source = CommandOptions.Source();
        var output = new Option<string>("--output", "-o") { Description = "The folder to write the site to; replaced whole by each successful build.", DefaultValueFactory = _ => "output" };
        output.Validators.Add(result =>
        {
            if (string.IsNullOrWhiteSpace(result.GetValueOrDefault<string>())) result.AddError("--output needs a folder");
        });
        var theme = new Option<string?>("--theme") { Description = "A theme name to use instead of site.yml's (looked up in themes/ beside the content folder, then among SiteGen's own)." };
        var baseUrl = CommandOptions.BaseUrlOverride();
        var drafts = new Option<bool>("--drafts") { Description = "Also publish articles marked draft: true (for previews)." };
        var future = new Option<bool>("--future") { Description = "Also publish articles dated later than today, shown with a 'scheduled' mark (for previews)." };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "Print errors only; no progress or summary." };
        var verbose = new Option<bool>("--verbose", "-v") { Description = "Also print how long each stage of the build took." };

        var command = new Command("build", "Build the site from the content folder into the output folder.")
        {
            source, output, theme, baseUrl, drafts, future, quiet, verbose,
        };
        command.SetAction(parsed =>
        {
            var options = new BuildOptions
            {
                SourceFolder = parsed.GetValue(source)!,
                OutputFolder = parsed.GetValue(output)!,
                Theme = parsed.GetValue(theme),
                BaseUrl = parsed.GetValue(baseUrl),
                IncludeDrafts = parsed.GetValue(drafts),
                IncludeFuture = parsed.GetValue(future),
            };
            var report = new BuildReport(stdout, stderr, parsed.GetValue(quiet), parsed.GetValue(verbose));
            return (int)report.Run(options);
        });
        return command;
    }
}
