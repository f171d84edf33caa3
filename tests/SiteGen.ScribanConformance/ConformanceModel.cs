using Scriban;
using Scriban.Runtime;

namespace SiteGen.ScribanConformance;

/// <summary>The globals every corpus case renders with, as the upstream runner defines them.</summary>
public static class ConformanceModel
{
    public static ScriptObject Create()
    {
        var model = new ScriptObject();
        model.SetValue("page", Object(("title", "This is a title")), readOnly: false);
        model.SetValue("user", Object(("name", "John")), readOnly: false);
        model.SetValue("product", Object(("title", "Orange"), ("type", "fruit")), readOnly: false);
        var products = new ScriptArray();
        foreach (var (title, type) in new[]
                 {
                     ("Orange", "fruit"), ("Banana", "fruit"), ("Apple", "fruit"), ("Computer", "electronics"),
                     ("Mobile Phone", "electronics"), ("Table", "furniture"), ("Sofa", "furniture"),
                 })
            products.Add(Object(("title", title), ("type", type)));
        model.SetValue("products", products, readOnly: false);
        model.Import(typeof(HostFunctions));
        return model;
    }

    private static ScriptObject Object(params (string Name, object Value)[] members)
    {
        var obj = new ScriptObject();
        foreach (var (name, value) in members) obj.SetValue(name, value, readOnly: false);
        return obj;
    }

    /// <summary>The three host functions of the upstream test model.</summary>
    public static class HostFunctions
    {
        public static string SpecialConcatStrings(string? a = "default_a", string? b = "default_b", string? c = "default_c") =>
            $"a: {a}, b: {b}, c: {c}";

        public static string SpecialConcatStringAndParams(TemplateContext context, string? a, params object?[] args) =>
            $"a: {a}" + string.Concat(args.Select((v, i) => $", v{i}: {context.ObjectToString(v)}"));

        public static string SpecialConcatParams(TemplateContext context, params object?[] args) =>
            string.Join(", ", args.Select((v, i) => $"v{i}: {context.ObjectToString(v)}"));
    }
}
