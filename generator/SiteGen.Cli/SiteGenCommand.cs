using System.CommandLine;
using System.CommandLine.Help;
using SiteGen.Diagnostics;

namespace SiteGen.Cli;

/// <summary>The sitegen command: its subcommands, and the one place parse errors become exit code 2.</summary>
public static class SiteGenCommand
{
    public static ExitCode Run(string[] args, TextWriter? stdout = null, TextWriter? stderr = null)
    {
        stdout ??= Console.Out;
        stderr ??= Console.Error;
        // A named root (not RootCommand, which takes the executable's name) so help always says "sitegen".
        var root = new Command("sitegen", "SiteGen: builds a fast, private static website from Markdown articles.")
        {
            new HelpOption(),
            new VersionOption(),
            InitCommand.Create(stdout, stderr),
            BuildCommand.Create(stdout, stderr),
            NewCommand.Create(stdout, stderr),
            ImportCommand.Create(stdout, stderr),
            Serve.ServeCommand.Create(stdout, stderr),
            CheckCommand.Create(stdout, stderr),
        };
        // A bare `sitegen` is someone finding out what it does: the help answers that.
        if (args.Length == 0) args = ["--help"];
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0 && !AsksForHelp(args))
        {
            foreach (var error in parsed.Errors) stderr.WriteLine("sitegen: " + error.Message);
            foreach (string token in parsed.UnmatchedTokens)
                if (Suggestions.Closest(token, NamesFor(token, parsed.CommandResult.Command)) is { } meant)
                    stderr.WriteLine($"sitegen: did you mean '{meant}' instead of '{token}'?");
            stderr.WriteLine("Run 'sitegen --help' for usage.");
            return ExitCode.Usage;
        }
        return (ExitCode)parsed.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr });
    }

    /// <summary>What a mistyped word could have meant: an option of the command it was given to, or a command.</summary>
    private static IEnumerable<string> NamesFor(string token, Command command) => token.StartsWith('-')
        ? command.Options.SelectMany(o => o.Aliases.Prepend(o.Name))
        : command.Subcommands.Where(c => !c.Hidden).Select(c => c.Name);

    private static bool AsksForHelp(string[] args) => args.Any(a => a is "--help" or "-h" or "-?");
}
