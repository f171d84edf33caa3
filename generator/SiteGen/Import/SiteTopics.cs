using SiteGen.Parse;
using YamlDotNet.RepresentationModel;

namespace SiteGen.Import;

/// <summary>
/// Adds imported topics' display names to site.yml's <c>topics:</c>. The file is an editor's, notes and all, so it is
/// never rewritten: a site.yml without <c>topics:</c> gets the block appended; one that has it is left as it is, and
/// the entries it lacks are returned for the editor to add.
/// </summary>
public static class SiteTopics
{
    /// <returns>What to tell the editor: the lines added, or the lines to add by hand; empty when nothing is missing.</returns>
    public static string Add(string siteYml, IReadOnlyDictionary<string, string> topics)
    {
        if (topics.Count == 0) return "";
        string text = File.Exists(siteYml) ? File.ReadAllText(siteYml) : "";
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlDotNet.Core.YamlException)
        {
            return "site.yml could not be read; add these topics to it:\n" + Block(topics);
        }
        var root = stream.Documents.FirstOrDefault()?.RootNode as YamlMappingNode;
        var existing = root?.Children.FirstOrDefault(c => (c.Key as YamlScalarNode)?.Value == "topics").Value as YamlMappingNode;
        if (root is not null && existing is not null)
        {
            var missing = topics.Where(t => !existing.Children.Keys.OfType<YamlScalarNode>().Any(k => k.Value == t.Key)).ToDictionary();
            return missing.Count == 0 ? "" : "site.yml has topics: add these imported ones to it:\n" + Block(missing);
        }
        if (root?.Children.Keys.OfType<YamlScalarNode>().Any(k => k.Value == "topics") == true)
            return "site.yml's topics: is not a mapping; add these imported ones to it:\n" + Block(topics);
        File.AppendAllText(siteYml, (text.Length == 0 || text.EndsWith('\n') ? "" : "\n") + "\n# The topics' names, imported from WordPress's categories and tags.\n" + Block(topics));
        return $"added {topics.Count} topics to {siteYml}";
    }

    private static string Block(IReadOnlyDictionary<string, string> topics) =>
        "topics:\n" + string.Concat(topics.Select(t => $"  {t.Key}: {YamlText.Quoted(t.Value)}\n"));
}
