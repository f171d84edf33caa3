using System.CommandLine;
using System.Reflection;
using SiteGen.Init;
using SiteGen.Parse;

namespace SiteGen.Cli;

/// <summary>sitegen init [DIR]: a new site that builds and previews at once, with its settings explained in place.</summary>
public static class InitCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var folder = new Argument<string>("folder") { Description = "Where to make the site (default: the current folder).", DefaultValueFactory = _ => "." };
        var title = new Option<string?>("--title") { Description = "The site's name (default: made from the folder's name)." };
        var baseUrl = new Option<string>("--base-url") { Description = "The address the site will be published at.", DefaultValueFactory = _ => "https://example.org/" };
        var phone = new Option<string?>("--phone") { Description = "Your organization's phone number, for the contact page and search engines." };
        var host = new Option<string>("--host") { Description = "Add the deploy file of github (Pages), netlify or cloudflare (Pages), or none.", DefaultValueFactory = _ => "none" };
        host.AcceptOnlyFromAmong("github", "netlify", "cloudflare", "none");
        var force = new Option<bool>("--force") { Description = "Add the starter files to a folder that is not empty, never overwriting a file." };
        var command = new Command("init", "Create a new site: settings, an example article, pages, a theme to change, and a README for editors.")
        {
            folder, title, baseUrl, phone, host, force,
        };
        command.SetAction(parsed =>
        {
            string target = parsed.GetValue(folder)!;
            string name = parsed.GetValue(title) ?? TitleFrom(target);
            string? url = BaseUrl.Normalize(parsed.GetValue(baseUrl)!);
            string? number = parsed.GetValue(phone);
            string? problem =
                string.IsNullOrWhiteSpace(name) ? "--title must not be empty" :
                url is null ? "--base-url: " + BaseUrl.Problem(parsed.GetValue(baseUrl)!) :
                number is not null && PhoneNumber.Parse(number).Problem is { } bad ? $"--phone '{number}': {bad}" : null;
            if (problem is not null)
            {
                stderr.WriteLine("sitegen: " + problem);
                return (int)ExitCode.Usage;
            }
            var options = new StarterOptions(name.Trim(), url!, number?.Trim(), Enum.Parse<StarterHost>(parsed.GetValue(host)!, ignoreCase: true),
                DateOnly.FromDateTime(DateTime.Now), Version());
            CreatedSite created;
            try
            {
                created = SiteCreator.Create(target, StarterSite.Files(options), parsed.GetValue(force));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                stderr.WriteLine($"sitegen: cannot write the site in {target}: {e.Message}");
                return (int)ExitCode.Usage;
            }
            if (created.Refused is { } refused)
            {
                stderr.WriteLine("sitegen: " + refused);
                return (int)ExitCode.Usage;
            }
            foreach (string kept in created.Kept) stdout.WriteLine($"  kept     {kept} (already there)");
            foreach (string written in created.Written) stdout.WriteLine($"  created  {written}");
            string cd = Path.GetFullPath(target) == Path.GetFullPath(".") ? "" : $"cd {target} && ";
            stdout.WriteLine($"Made the site \"{options.Title}\" in {target}. Preview it with `{cd}sitegen serve`; README.md says what to do next.");
            return (int)ExitCode.Success;
        });
        return command;
    }

    // "cedar-hollow_recovery" → "Cedar Hollow Recovery"; the current folder is named by its own name.
    private static string TitleFrom(string folder)
    {
        string name = Path.GetFileName(Path.GetFullPath(folder).TrimEnd(Path.DirectorySeparatorChar));
        var words = name.Split(['-', '_', ' ', '.'], StringSplitOptions.RemoveEmptyEntries);
        return words.Length == 0 ? "Recovery Resources" : string.Join(' ', words.Select(w => char.ToUpperInvariant(w[0]) + w[1..]));
    }

    // The version without the commit it was built from, as a package manager names it.
    private static string Version()
    {
        string version = typeof(InitCommand).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "1.0.0";
        int plus = version.IndexOf('+');
        return plus < 0 ? version : version[..plus];
    }
}
