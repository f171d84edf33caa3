namespace SiteGen.BrowserTests;

/// <summary>The fixture site (<see cref="FixtureSite"/>) in the browser.</summary>
public sealed class FixtureBrowserSite : BrowserSite
{
    protected override string? BasePath => FixtureSite.BasePath;

    protected override void WriteSite(string folder) => FixtureSite.WriteTo(folder);
}
