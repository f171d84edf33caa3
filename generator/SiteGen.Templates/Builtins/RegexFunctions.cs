using System.Text.RegularExpressions;
using SiteGen.Templates.Runtime;
using SiteGen.Templates.Syntax;

namespace SiteGen.Templates.Builtins;

/// <summary>
/// The <c>regex</c> module (.NET regular expressions). Every match runs with a time limit, so a
/// pattern that backtracks catastrophically fails with a located error instead of hanging the build.
/// <c>options</c> is a string of letters: i (ignore case), m (multiline), s (single line), x (ignore pattern white space).
/// </summary>
public static class RegexFunctions
{
    internal static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(1);

    public static string Escape(string? pattern) => pattern is null ? "" : Regex.Escape(pattern);

    public static string Unescape(SourceSpan span, string? pattern) =>
        pattern is null ? "" : Run(span, pattern, () => Regex.Unescape(pattern));

    /// <summary>The first match as [whole match, group 1, group 2...]; an empty array when nothing matches.</summary>
    public static ScriptArray Match(SourceSpan span, string? text, string? pattern, string? options = null)
    {
        var regex = Create(span, pattern, options);
        var match = Run(span, pattern!, () => regex.Match(text ?? ""));
        return match.Success ? Groups(match) : [];
    }

    /// <summary>Every match, each as [whole match, group 1, group 2...].</summary>
    public static ScriptArray Matches(SourceSpan span, string? text, string? pattern, string? options = null)
    {
        var regex = Create(span, pattern, options);
        return Run(span, pattern!, () => new ScriptArray(regex.Matches(text ?? "").Select(Groups)));
    }

    /// <summary>The text with every match replaced; $1, ${name} in <paramref name="replace"/> refer to groups.</summary>
    public static string Replace(SourceSpan span, string? text, string? pattern, string? replace, string? options = null)
    {
        var regex = Create(span, pattern, options);
        return Run(span, pattern!, () => regex.Replace(text ?? "", replace ?? ""));
    }

    /// <summary>The parts of the text between matches.</summary>
    public static ScriptArray Split(SourceSpan span, string? text, string? pattern, string? options = null)
    {
        var regex = Create(span, pattern, options);
        return Run(span, pattern!, () => new ScriptArray(regex.Split(text ?? "")));
    }

    private static ScriptArray Groups(Match match) => new(match.Groups.Cast<Group>().Select(group => (object?)group.Value));

    private static Regex Create(SourceSpan span, string? pattern, string? options)
    {
        if (pattern is null) throw new ScriptRuntimeException(span, "The regex pattern cannot be null");
        var flags = RegexOptions.CultureInvariant;
        foreach (char option in options ?? "")
        {
            flags |= option switch
            {
                'i' => RegexOptions.IgnoreCase,
                'm' => RegexOptions.Multiline,
                's' => RegexOptions.Singleline,
                'x' => RegexOptions.IgnorePatternWhitespace,
                _ => throw new ScriptRuntimeException(span, $"Option `{option}` not supported for regex. Use i, m, s or x"),
            };
        }
        try
        {
            return RegexCache.Get(pattern, flags, MatchTimeout);
        }
        catch (ArgumentException e)
        {
            throw new ScriptRuntimeException(span, $"Invalid regex pattern `{pattern}`: {e.Message}");
        }
    }

    private static T Run<T>(SourceSpan span, string pattern, Func<T> action)
    {
        try
        {
            return action();
        }
        catch (RegexMatchTimeoutException)
        {
            throw new ScriptRuntimeException(span, $"The regex `{pattern}` took longer than {MatchTimeout.TotalSeconds:0.#}s to match and was stopped");
        }
        catch (ArgumentException e)
        {
            throw new ScriptRuntimeException(span, $"Invalid regex text `{pattern}`: {e.Message}");
        }
    }
}
