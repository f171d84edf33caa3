using SiteGen.Templates.Builtins;
using SiteGen.Templates.Runtime;
using SiteGen.Templates.Syntax;

namespace SiteGen.Templates.Tests.Builtins;

public class ObjectFunctionsTests
{
    private static readonly SourceSpan At = new("page.html", 4, 9);

    private static readonly TemplateContext Context = new();

    public sealed class HostPage
    {
        public string Title { get; init; } = "Help";
        public string Describe() => "not data";
    }

    private static IEnumerable<int> Lazy()
    {
        yield return 1;
    }

    [Fact]
    public void Default_replaces_only_null_and_the_empty_string()
    {
        Assert.Equal("x", ObjectFunctions.Default(null, "x"));
        Assert.Equal("x", ObjectFunctions.Default("", "x"));
        Assert.Equal(" ", ObjectFunctions.Default(" ", "x"));
        Assert.Equal(false, ObjectFunctions.Default(false, "x"));
    }

    [Fact]
    public void Keys_of_a_host_object_are_its_readable_properties_and_never_its_methods()
    {
        Assert.Equal(["title"], ObjectFunctions.Keys(Context, new HostPage()));
        Assert.Equal(["Help"], ObjectFunctions.Values(Context, new HostPage()));
        Assert.False(ObjectFunctions.HasKey(Context, new HostPage(), "describe"));
    }

    [Fact]
    public void Lists_strings_and_numbers_have_no_keys()
    {
        Assert.Empty(ObjectFunctions.Keys(Context, new ScriptArray { 1, 2 }));
        Assert.Empty(ObjectFunctions.Keys(Context, "text"));
        Assert.Empty(ObjectFunctions.Values(Context, 42));
    }

    [Fact]
    public void HasValue_is_false_for_a_member_holding_null()
    {
        var obj = new ScriptObject { ["a"] = null, ["b"] = 0 };
        Assert.True(ObjectFunctions.HasKey(Context, obj, "a"));
        Assert.False(ObjectFunctions.HasValue(Context, obj, "a"));
        Assert.True(ObjectFunctions.HasValue(Context, obj, "b"));
    }

    [Fact]
    public void Keys_and_values_keep_member_order()
    {
        var obj = new ScriptObject { ["z"] = 1, ["a"] = 2 };
        Assert.Equal(["z", "a"], ObjectFunctions.Keys(Context, obj));
        Assert.Equal([1, 2], ObjectFunctions.Values(Context, obj));
    }

    [Fact]
    public void Typeof_and_kind_classify_template_values()
    {
        var range = new ScriptRange(1, 5, inclusive: true);
        Assert.Equal("iterator", ObjectFunctions.Typeof(range));
        Assert.Equal("range", ObjectFunctions.Kind(range));
        Assert.Equal("array", ObjectFunctions.Typeof(new ScriptArray()));
        Assert.Equal("iterator", ObjectFunctions.Typeof(Lazy()));
        Assert.Equal("object", ObjectFunctions.Typeof(new ScriptObject()));
        Assert.Equal("long", ObjectFunctions.Kind(5L));
        Assert.Equal("bigint", ObjectFunctions.Kind(System.Numerics.BigInteger.One));
        Assert.Equal("number", ObjectFunctions.Typeof(1.5m));
        Assert.Equal("object", ObjectFunctions.Typeof(new DateTime(2020, 1, 1)));
        Assert.Null(ObjectFunctions.Kind(null));
    }

    [Fact]
    public void Size_counts_characters_items_or_members()
    {
        Assert.Equal(2, ObjectFunctions.Size("é!"));
        Assert.Equal(1, ObjectFunctions.Size(Lazy()));
        Assert.Equal(1, ObjectFunctions.Size(new ScriptObject { ["a"] = 1 }));
        Assert.Equal(0, ObjectFunctions.Size(3.5));
    }

    [Fact]
    public void FromJson_builds_objects_arrays_and_numbers_of_the_right_size()
    {
        var value = Assert.IsType<ScriptObject>(ObjectFunctions.FromJson(At, """{"a": [1, 5000000000, 1.5, "x", null, true], "b": {}}"""));
        Assert.Equal([1, 5000000000L, 1.5, "x", null, true], Assert.IsType<ScriptArray>(value["a"]));
        Assert.Empty(Assert.IsType<ScriptObject>(value["b"]));
    }

    [Fact]
    public void FromJson_of_malformed_json_is_a_located_error()
    {
        var error = Assert.Throws<ScriptRuntimeException>(() => ObjectFunctions.FromJson(At, "{ \"a\": "));
        Assert.Equal(At, error.Span);
    }

    [Fact]
    public void ToJson_keeps_unicode_but_escapes_html_sensitive_characters()
    {
        var obj = new ScriptObject { ["name"] = "Café </script>", ["n"] = new ScriptArray { 1, 2.5, null } };
        Assert.Equal("""{"name":"Café \u003C/script\u003E","n":[1,2.5,null]}""", ObjectFunctions.ToJson(Context, At, obj));
    }

    [Fact]
    public void ToJson_round_trips_through_from_json()
    {
        const string json = """{"title":"Help","tags":["a","b"],"count":3,"ok":false}""";
        Assert.Equal(json, ObjectFunctions.ToJson(Context, At, ObjectFunctions.FromJson(At, json)));
    }

    [Fact]
    public void ToJson_of_a_self_containing_object_is_a_located_error()
    {
        var obj = new ScriptObject();
        obj["self"] = obj;
        Assert.Equal(At, Assert.Throws<ScriptRuntimeException>(() => ObjectFunctions.ToJson(Context, At, obj)).Span);
    }
}
