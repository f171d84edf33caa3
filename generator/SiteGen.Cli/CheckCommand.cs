using System.CommandLine;
using System.Globalization;
using SiteGen.Checks;
using SiteGen.Checks.Formats;

namespace SiteGen.Cli;

/// <summary>sitegen check: the review of wording, reading level, medical review, safety and accessibility an article needs before it goes live.</summary>
public static class CheckCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var source = CommandOptions.Source();
        var format = new Option<string>("--format") { Description = "text (the default), json, or github (annotations for a pull request).", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json", "github");
        var strict = new Option<bool>("--strict") { Description = "Exit 1 on any finding, warnings included." };
        var today = new Option<string?>("--today") { Description = "The date to measure review ages against (YYYY-MM-DD); default: today." };
        today.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string?>() is { } text && !DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
                result.AddError($"--today must be a date such as 2026-12-06, not '{text}'");
        });
        var report = new Option<string?>("--report") { Description = "Also write a page for editors (self-contained HTML) to this file." };

        var command = new Command("check", "Check the content's wording, reading level, reviews, crisis lines, alt text, headings, links and metadata.")
        {
            source, format, strict, today, report,
        };
        command.SetAction(parsed =>
        {
            string folder = parsed.GetValue(source)!;
            var date = parsed.GetValue(today) is { } text ? DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture) : DateOnly.FromDateTime(DateTime.Now);
            var result = ContentChecker.Run(folder, date);
            stdout.Write(parsed.GetValue(format) switch
            {
                "json" => JsonFormat.Write(result),
                "github" => GithubFormat.Write(result, folder),
                _ => TextFormat.Write(result, folder),
            });
            if (parsed.GetValue(report) is { } page)
            {
                try
                {
                    File.WriteAllText(page, HtmlReport.Write(result, date));
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    stderr.WriteLine($"sitegen: cannot write the report {page}: {e.Message}");
                    return (int)ExitCode.Usage;
                }
            }
            bool failed = result.Errors > 0 || (parsed.GetValue(strict) && result.Findings.Count > 0);
            return (int)(failed ? ExitCode.ContentErrors : ExitCode.Success);
        });
        return command;
    }
}
