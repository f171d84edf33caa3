using System.Globalization;
using SiteGen.Templates.Runtime;
using SiteGen.Templates.Syntax;

namespace SiteGen.Templates.Builtins;

/// <summary>Turns a culture name given by a template (e.g. "en-GB") into a CultureInfo.</summary>
internal static class Cultures
{
    /// <summary>
    /// Returns the named culture, or <paramref name="fallback"/> when no name is given. When the
    /// process runs with invariant globalization (no culture data at all), names are accepted and
    /// resolve to the invariant culture, so templates written for a culture still render.
    /// </summary>
    public static CultureInfo Resolve(SourceSpan span, string? name, CultureInfo fallback)
    {
        if (string.IsNullOrEmpty(name)) return fallback;
        try
        {
            return CultureInfo.GetCultureInfo(name);
        }
        catch (CultureNotFoundException)
        {
            if (IsGlobalizationInvariant) return CultureInfo.InvariantCulture;
            throw new ScriptRuntimeException(span, $"Unknown culture `{name}`");
        }
    }

    private static bool IsGlobalizationInvariant =>
        AppContext.TryGetSwitch("System.Globalization.Invariant", out bool on) && on
        || Environment.GetEnvironmentVariable("DOTNET_SYSTEM_GLOBALIZATION_INVARIANT") is "1" or "true";
}
