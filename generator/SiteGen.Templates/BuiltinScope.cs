using SiteGen.Templates.Loading;
using SiteGen.Templates.Runtime;

namespace SiteGen.Templates;

/// <summary>The read-only scope under every render: builtin modules, <c>include</c> and <c>include_join</c>.</summary>
internal static class BuiltinScope
{
    private static readonly Lazy<ScriptObject> SharedScope = new(Create, LazyThreadSafetyMode.ExecutionAndPublication);

    public static ScriptObject Shared => SharedScope.Value;

    private static ScriptObject Create()
    {
        var scope = CreateModules();
        if (!scope.ContainsKey("empty")) scope.SetValue("empty", EmptyValue.Instance, readOnly: true);
        if (!scope.ContainsKey("blank")) scope.SetValue("blank", EmptyValue.Instance, readOnly: true);
        scope.SetValue("include", IncludeFunctions.Include, readOnly: true);
        scope.SetValue("include_join", IncludeFunctions.IncludeJoin, readOnly: true);
        scope.Freeze();
        return scope;
    }

    private static ScriptObject CreateModules()
    {
        var scope = new ScriptObject();
        foreach (var (name, module) in Builtins.BuiltinModules.Create()) scope.SetValue(name, module, readOnly: true);
        return scope;
    }
}
