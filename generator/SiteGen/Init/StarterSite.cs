using System.Reflection;
using System.Text;
using SiteGen.Parse;

namespace SiteGen.Init;

/// <summary>A file of the starter site: its path in the new site's folder ('/' separators) and its text.</summary>
public sealed record StarterFile(string Path, string Text);

/// <summary>
/// The files of a new site, filled in from <see cref="StarterOptions"/>: the starter site in Init/Starter (carried in
/// the assembly), the host's deploy file, and the host's publishing steps in the editors' README. Pure: nothing is written.
/// </summary>
public static class StarterSite
{
    private const string Prefix = "starter/";

    public static IReadOnlyList<StarterFile> Files(StarterOptions options)
    {
        var values = Values(options);
        var files = Resources("site/")
            .Select(r => new StarterFile(SitePath(r.Path), Fill(r.Text, values)))
            .ToList();
        string host = options.Host.ToString().ToLowerInvariant();
        foreach (var (path, text) in Resources($"hosts/{host}/").Where(r => r.Path != "publish.md"))
            files.Add(new StarterFile(HostPath(path), Fill(text, values)));
        return [.. files.OrderBy(f => f.Path, StringComparer.Ordinal)];
    }

    private static Dictionary<string, string> Values(StarterOptions options)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["title"] = options.Title,
            ["title_yaml"] = YamlText.Quoted(options.Title),
            ["author_yaml"] = YamlText.Quoted("The team at " + options.Title),
            ["base_url_yaml"] = YamlText.Quoted(options.BaseUrl),
            ["today"] = options.Today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["version"] = options.Version,
            ["organization_phone"] = options.Phone is { } phone ? $"  phone: {YamlText.Quoted(phone)}" : "  # phone: \"(555) 010-0100\"",
            ["contact_phone"] = options.Phone is { } number && PhoneNumber.Parse(number).TelUri is { } tel
                ? $"Call us at [{number}]({tel})."
                : "Write here how people can reach you: your phone number, your email address and your opening hours.",
        };
        string host = options.Host.ToString().ToLowerInvariant();
        values["publish"] = Fill(Resources($"hosts/{host}/").Single(r => r.Path == "publish.md").Text, values).TrimEnd();
        return values;
    }

    // Files a folder listing hides, or that a build of SiteGen itself would take for its own, are stored under other names.
    private static string SitePath(string path) => path == "gitignore" ? ".gitignore" : path;

    private static string HostPath(string path) => path == "deploy.yml" ? ".github/workflows/deploy.yml" : path;

    private static string Fill(string text, IReadOnlyDictionary<string, string> values)
    {
        var filled = new StringBuilder(text);
        foreach (var (key, value) in values) filled.Replace($"@@{key}@@", value);
        return filled.ToString();
    }

    private static IEnumerable<(string Path, string Text)> Resources(string folder)
    {
        var assembly = typeof(StarterSite).Assembly;
        foreach (string name in assembly.GetManifestResourceNames().Order(StringComparer.Ordinal))
        {
            // MSBuild names resources with the system's separator.
            string path = name.Replace('\\', '/');
            if (!path.StartsWith(Prefix + folder, StringComparison.Ordinal)) continue;
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream, Encoding.UTF8);
            yield return (path[(Prefix + folder).Length..], reader.ReadToEnd());
        }
    }
}
