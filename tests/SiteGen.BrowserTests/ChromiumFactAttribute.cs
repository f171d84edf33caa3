namespace SiteGen.BrowserTests;

/// <summary>A test that drives the system's Chromium; skipped, saying how to install it, where it is missing.</summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public const string ExecutablePath = "/usr/bin/chromium";

    public ChromiumFactAttribute()
    {
        if (!File.Exists(ExecutablePath))
        {
            Skip = $"{ExecutablePath} not found: install Debian's chromium with `apt-get install -y chromium` "
                + "(or run tests/SiteGen.BrowserTests/install-chromium.sh) to run the browser tests.";
        }
    }
}
