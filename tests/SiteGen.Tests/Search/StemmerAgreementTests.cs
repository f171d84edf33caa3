using SiteGen.PostProcess.Search;

namespace SiteGen.Tests.Search;

/// <summary>The browser finds only what the index holds: search-text.js must split and stem as the C# side does.</summary>
public sealed class StemmerAgreementTests
{
    private const string StemEachLine = """
        const text = require(process.argv[1]).forLanguage(process.argv[3]);
        const lines = require("fs").readFileSync(process.argv[2], "utf8").split("\n");
        for (const line of lines) {
          if (line === "" || line.startsWith("#")) continue;
          console.log(line + "\t" + text.words(line).map(text.stem).join(" "));
        }
        """;

    [NodeFact]
    public void Javascript_and_csharp_give_the_same_stems_for_the_word_list() =>
        Agree("stemmer-words.txt", "en", SearchLanguage.English);

    [NodeFact]
    public void Javascript_and_csharp_give_the_same_spanish_stems_for_the_spanish_word_list() =>
        Agree("stemmer-words-es.txt", "es", SearchLanguage.Spanish);

    private static void Agree(string list, string language, SearchLanguage csharp)
    {
        var listPath = RepoPaths.TestFile(list);
        var lines = File.ReadAllLines(listPath).Where(l => l.Length > 0 && !l.StartsWith('#')).ToList();
        var fromNode = NodeRunner.Run(StemEachLine, RepoPaths.SearchScript("search-text.js"), listPath, language)
            .Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.True(lines.Count >= 300, "the shared word list should hold a few hundred words");
        Assert.Equal(lines.Count, fromNode.Length);
        var disagreements = lines.Zip(fromNode)
            .Select(pair => (Expected: pair.First + "\t" + string.Join(' ', SearchTokenizer.Words(pair.First).Select(csharp.Stem)), Actual: pair.Second))
            .Where(pair => pair.Expected != pair.Actual)
            .ToList();
        Assert.True(disagreements.Count == 0, "C# vs JS:\n" + string.Join('\n', disagreements.Select(d => d.Expected + "  |  " + d.Actual)));
    }
}
