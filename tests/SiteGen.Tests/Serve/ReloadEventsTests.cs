using System.Text.Json;
using SiteGen.Cli.Serve;
using SiteGen.Diagnostics;

namespace SiteGen.Tests.Serve;

public class ReloadEventsTests
{
    [Fact]
    public void A_reload_names_its_pages_and_counts_a_new_version_of_the_site()
    {
        var events = new ReloadEvents();
        using var page = events.Subscribe();
        Drain(page);

        events.Reload(["articles/trust/index.html"]);
        events.Reload([]);
        events.Reload(null);

        var sent = Drain(page);
        Assert.Equal(2, sent.Count);
        Assert.Equal((1, "[\"articles/trust/index.html\"]"), Reload(sent[0]));
        Assert.Equal((2, "null"), Reload(sent[1]));
        using var late = events.Subscribe();
        Assert.Contains("\"version\":2", Drain(late)[0]);
    }

    [Fact]
    public void A_build_after_a_failed_one_reloads_every_page_to_clear_its_errors()
    {
        var events = new ReloadEvents();
        using var page = events.Subscribe();
        events.BuildSucceeded(["index.html"]);
        events.BuildFailed([new ContentError("content/articles/trust.md", 3, 7, "'date' is missing")]);
        Drain(page);

        events.BuildSucceeded(["articles/trust/index.html"]);
        events.BuildSucceeded(["articles/amends/index.html"]);

        var sent = Drain(page);
        Assert.Equal("null", Reload(sent[0]).Pages);
        Assert.Equal("[\"articles/amends/index.html\"]", Reload(sent[1]).Pages);
        Assert.Equal(3, events.Builds);
    }

    [Fact]
    public void Each_page_is_sent_the_findings_of_the_pages_it_stands_for()
    {
        var events = new ReloadEvents();
        using var early = events.Subscribe(["articles/a/index.html"]);
        Drain(early);
        var finding = new FindingMessage("content/articles/a.md", 8, 12, "stigma-language", "warning", "'addict' labels a person", "say: person with a substance use disorder");

        events.Checked(new Dictionary<string, IReadOnlyList<FindingMessage>> { ["articles/a/index.html"] = [finding], ["articles/b/index.html"] = [] },
            new HashSet<string> { "articles/a/index.html" });
        using var b = events.Subscribe(["articles/b/index.html"]);
        using var home = events.Subscribe(["index.html"]);
        using var unnamed = events.Subscribe();

        var sent = Findings(Assert.Single(Drain(early)));
        Assert.True(sent.GetProperty("edited").GetBoolean());
        var only = Assert.Single(sent.GetProperty("findings").EnumerateArray());
        Assert.Equal(("stigma-language", 8, 12), (only.GetProperty("rule").GetString(), only.GetProperty("line").GetInt32(), only.GetProperty("column").GetInt32()));
        // A page of a document without findings is told so (its panel goes); a page of none is told nothing.
        var none = Findings(Drain(b)[1]);
        Assert.Empty(none.GetProperty("findings").EnumerateArray());
        Assert.False(none.GetProperty("edited").GetBoolean());
        Assert.Single(Drain(home));
        Assert.Single(Drain(unnamed));
    }

    private static JsonElement Findings(string message)
    {
        Assert.StartsWith("event: findings\ndata: ", message);
        return JsonDocument.Parse(message["event: findings\ndata: ".Length..].Trim()).RootElement;
    }

    private static List<string> Drain(ReloadEvents.Subscription page)
    {
        var messages = new List<string>();
        while (page.Messages.TryRead(out string? message)) messages.Add(message);
        return messages;
    }

    private static (int Version, string Pages) Reload(string message)
    {
        Assert.StartsWith("event: reload\ndata: ", message);
        var data = JsonDocument.Parse(message["event: reload\ndata: ".Length..].Trim()).RootElement;
        return (data.GetProperty("version").GetInt32(), data.GetProperty("pages").GetRawText());
    }
}
