using SiteGen.Templates.Runtime;

namespace SiteGen.Templates.Builtins;

/// <summary>
/// Builds the builtin modules templates see (string, array, date, ...). Every module is frozen:
/// a template can shadow a module name with its own variable but cannot change a builtin.
/// </summary>
public static class BuiltinModules
{
    public static ScriptObject Create()
    {
        var modules = new ScriptObject();
        modules.SetValue("array", Module(typeof(ArrayFunctions)), readOnly: true);
        modules.SetValue("date", DateModule(), readOnly: true);
        modules.SetValue("html", Module(typeof(HtmlFunctions)), readOnly: true);
        modules.SetValue("math", Module(typeof(MathFunctions)), readOnly: true);
        modules.SetValue("object", Module(typeof(ObjectFunctions)), readOnly: true);
        modules.SetValue("regex", Module(typeof(RegexFunctions)), readOnly: true);
        modules.SetValue("string", Module(typeof(StringFunctions)), readOnly: true);
        modules.SetValue("timespan", Module(typeof(TimeSpanFunctions)), readOnly: true);
        modules.Freeze();
        return modules;
    }

    private static ScriptObject DateModule()
    {
        var date = Module(typeof(DateFunctions), freeze: false);
        // Plain values beside the functions; date.format is fixed because modules are shared and frozen.
        date.SetValue("default_format", DateFunctions.DefaultFormat, readOnly: true);
        date.SetValue("format", DateFunctions.DefaultFormat, readOnly: true);
        date.Freeze();
        return date;
    }

    private static ScriptObject Module(Type functions, bool freeze = true)
    {
        var module = new ScriptObject();
        module.Import(functions);
        if (freeze) module.Freeze();
        return module;
    }
}
