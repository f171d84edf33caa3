namespace SiteGen.Safety;

/// <summary>
/// A layout's or partial's name is a name, not a path: letters, digits, '-' and '_', in folders separated by '/'.
/// So <c>layout: ../../x</c> or <c>include "/etc/x"</c> can only ever mean a file inside the theme.
/// </summary>
public static class TemplateNames
{
    public const int MaxLength = 100;

    /// <summary>Why <paramref name="name"/> is not a template name, or null when it is one.</summary>
    public static string? Problem(string name)
    {
        if (name.Length == 0) return "is empty";
        if (name.Length > MaxLength) return $"is longer than {MaxLength} characters";
        if (name.StartsWith('/') || name.EndsWith('/') || name.Contains("//", StringComparison.Ordinal))
            return "is not a name: use letters, digits, '-' and '_', with '/' only between folder names (no leading, trailing or double '/')";
        foreach (char c in name)
            if (!(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '/'))
                return $"is not a name: '{c}' is not allowed; use letters, digits, '-', '_' and '/' between folder names";
        return null;
    }
}
