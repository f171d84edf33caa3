using Scriban.Runtime;
using SiteGen.Render.Dependencies;
using SiteGen.Render.Templates;
using SiteGen.Render.Views;
using SiteGen.Render.Links;

namespace SiteGen.Tests.Templates;

/// <summary>What a render is recorded to depend on: the members of views it read, through every way a template reads them.</summary>
public sealed class ReadRecorderTests
{
    private static HashSet<string> Reads(string template, MenuItemView card)
    {
        var recorder = new Recorder();
        var globals = new ScriptObject { ["card"] = card };
        TemplateHarness.Render(template, globals, observer: recorder);
        return recorder.Reads;
    }

    [Theory]
    [InlineData("{{ card.title }}", "title")]
    [InlineData("{{ card?.url }}", "url")]
    [InlineData("{{ card | object.keys | array.join ',' }}", IRenderObserver.AllMembers)]
    [InlineData("{{ [card] | array.map 'title' | array.join ',' }}", "title")]
    [InlineData("{{ for item in [card] }}{{ item.external }}{{ end }}", "external")]
    public void Every_way_of_reading_a_member_is_recorded(string template, string member) =>
        Assert.Contains(member, Reads(template, new MenuItemView("T", "/u/", false)));

    [Fact]
    public void Members_that_are_not_read_are_not_recorded()
    {
        var reads = Reads("{{ if true }}{{ card.title }}{{ card.title }}{{ end }}", new MenuItemView("T", "/u/", false));
        Assert.Equal(["title"], reads);
    }

    [Fact]
    public void A_page_is_current_only_while_what_it_read_is_unchanged()
    {
        // The planner's rule: job, templates and every read value as they were.
        var templates = new TemplateFingerprints();
        var table = new DependencyTable();
        int missing = table.IdOf("missing-view", "title");
        var record = new PageRecord(7, new PageDependencies([missing], [1], []), 0,
            new SiteGen.Render.Links.CheckedPage("a.html", [], "layout"), null, new InlineHashes([], []));
        var memory = new RenderMemory(0, new Dictionary<string, ulong>(), new Dictionary<string, PageRecord>(), table, PlanCache.For(new SiteGen.Model.SiteConfig { Title = "t", BaseUrl = "https://example.org/" }, null), 0);
        var values = new DependencyValues(ViewIndex.Empty, table);

        Assert.False(memory.IsCurrent(record, 7, values, templates));
        var unread = record with { Dependencies = new PageDependencies([], [], []) };
        Assert.True(memory.IsCurrent(unread, 7, values, templates));
        Assert.False(memory.IsCurrent(unread, 8, values, templates));
        Assert.False(memory.IsCurrent(unread with { Dependencies = null }, 7, values, templates));
    }

    private sealed class Recorder : IRenderObserver
    {
        public HashSet<string> Reads { get; } = [];

        public void MemberRead(object target, string member) => Reads.Add(member);

        public void TemplateIncluded(string templatePath)
        {
        }
    }
}
