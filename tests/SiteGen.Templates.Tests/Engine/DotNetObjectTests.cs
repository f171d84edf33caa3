using SiteGen.Templates.Runtime;

namespace SiteGen.Templates.Tests.Engine;

public sealed class DotNetObjectTests
{
    public sealed class Article
    {
        public string Title { get; set; } = "Finding a counsellor";
        public int ReadingMinutes { get; init; } = 4;
        public DateTime PublishedOn { get; init; } = new(2026, 3, 1);
        [ScriptMemberName("url")] public string Permalink { get; init; } = "/finding-a-counsellor/";
        [ScriptMemberIgnore] public string EditorNotes { get; init; } = "private";
        public Type Kind => typeof(Article);
        public string Secret() => "method";
        public List<string> Tags { get; } = ["family", "support"];
    }

    private static ScriptObject Globals(object value) => new() { ["article"] = value };

    [Fact]
    public void Properties_are_renamed_to_snake_case()
    {
        var output = TemplateRunner.Render("{{ article.title }}|{{ article.reading_minutes }}|{{ article.url }}|{{ article.tags | array.join ', ' }}", globals: Globals(new Article()));

        Assert.Equal("Finding a counsellor|4|/finding-a-counsellor/|family, support", output);
    }

    [Fact]
    public void A_dictionary_of_any_value_type_lists_its_entries()
    {
        var names = new Dictionary<string, string> { ["trust"] = "Rebuilding trust", ["amends"] = "Making amends" };

        var output = TemplateRunner.Render("{{ article | object.keys | array.join ',' }};{{ article | object.values | array.join ',' }}", globals: Globals(names));

        Assert.Equal("trust,amends;Rebuilding trust,Making amends", output);
    }

    [Fact]
    public void Ignored_members_methods_and_reflection_members_are_not_visible()
    {
        var output = TemplateRunner.Render("[{{ article.editor_notes }}{{ article.permalink }}{{ article.secret }}{{ article.kind }}{{ article.get_type }}]", globals: Globals(new Article()));

        Assert.Equal("[]", output);
    }

    [Fact]
    public void Methods_of_dotnet_objects_cannot_be_called()
    {
        Action<TemplateContext> strict = c => c.StrictVariables = true;

        Assert.Contains("`get_type`", TemplateRunner.RenderError("{{ 'x'.get_type }}", strict).Message);
        Assert.Contains("`to_string`", TemplateRunner.RenderError("{{ article.to_string }}", strict, Globals(new Article())).Message);
        Assert.Contains("`GetType`", TemplateRunner.RenderError("{{ article.GetType }}", strict, Globals(new Article())).Message);
        Assert.Contains("function", TemplateRunner.RenderError("{{ article.title 1 }}", globals: Globals(new Article())).Message);
    }

    [Fact]
    public void Writable_properties_can_be_assigned_with_conversion()
    {
        var article = new Article();

        TemplateRunner.Render("{{ article.title = 42 }}", globals: Globals(article));

        Assert.Equal("42", article.Title);
    }

    [Fact]
    public void Init_only_and_read_only_members_cannot_be_assigned()
    {
        var article = new Article();

        var error = TemplateRunner.RenderError("{{ article.reading_minutes = 9 }}", globals: Globals(article));

        Assert.Equal("page.html(1,12) : error : Cannot set the member `reading_minutes` of this object", error.Message);
        Assert.Equal(4, article.ReadingMinutes);
    }

    [Fact]
    public void Accessor_table_is_built_once_per_type()
    {
        var template = Template.Parse("{{ item.title }}{{ item.count }}");
        Assert.Equal("a1", Render(template, new CachedProbe { Title = "a", Count = 1 }));
        var builds = TypeAccessor.Builds;

        for (var i = 0; i < 20; i++) Render(template, new CachedProbe { Title = "b", Count = i });

        Assert.Equal(builds, TypeAccessor.Builds);
    }

    private static string Render(Template template, object item)
    {
        var context = new TemplateContext();
        context.PushGlobal(new ScriptObject { ["item"] = item });
        return template.Render(context);
    }

    public sealed class CachedProbe
    {
        public string Title { get; init; } = "";
        public int Count { get; init; }
    }

    [Fact]
    public void Dictionaries_and_enumerables_are_readable()
    {
        var globals = new ScriptObject
        {
            ["meta"] = new Dictionary<string, object?> { ["author"] = "Sam" },
            ["counts"] = new Dictionary<string, int> { ["visits"] = 3 },
            ["numbers"] = Enumerable.Range(1, 3),
        };

        var output = TemplateRunner.Render("{{ meta.author }} {{ counts.visits }} {{ for n in numbers }}{{ n }}{{ end }} {{ numbers }}", globals: globals);

        Assert.Equal("Sam 3 123 [1, 2, 3]", output);
    }

    [Fact]
    public void Custom_member_renamer_is_honoured()
    {
        var output = TemplateRunner.Render("{{ article.Title }}", c => c.MemberRenamer = member => member.Name, Globals(new Article()));

        Assert.Equal("Finding a counsellor", output);
    }

    public sealed record Topic(string Title);

    [Fact]
    public void One_member_expression_reads_objects_of_different_kinds_in_turn()
    {
        // The same `item.title` node meets one .NET type, another twice, a script object, then the first type again.
        var items = new ScriptArray { new Article(), new Topic("Family"), new Topic("Trust"), new ScriptObject { ["title"] = "Scripted" }, new Article { Title = "Again" } };

        var output = TemplateRunner.Render("{{ for item in items }}{{ item.title }};{{ end }}", globals: new ScriptObject { ["items"] = items });

        Assert.Equal("Finding a counsellor;Family;Trust;Scripted;Again;", output);
    }
}
