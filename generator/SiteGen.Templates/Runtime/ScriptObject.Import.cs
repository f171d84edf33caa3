using System.Reflection;

namespace SiteGen.Templates.Runtime;

public partial class ScriptObject
{
    /// <summary>
    /// Imports a value: for a <see cref="Type"/>, its public static methods become functions named in
    /// snake_case; for an object, its public properties and fields become members (never its methods).
    /// </summary>
    public void Import(object source)
    {
        if (source is Type type) { ImportType(type); return; }
        foreach (var (name, value) in MemberAccess.Members(source)) SetValue(name, value, readOnly: false);
    }

    /// <summary>Imports one delegate as a function under the given name.</summary>
    public void Import(string name, Delegate function) => SetValue(name, MethodFunction.ForDelegate(name, function), readOnly: false);

    private void ImportType(Type type)
    {
        foreach (var method in type.GetMethods(BindingFlags.Public | BindingFlags.Static))
        {
            if (method.IsSpecialName || method.IsGenericMethodDefinition || method.IsDefined(typeof(ScriptMemberIgnoreAttribute))) continue;
            var function = MethodFunction.ForStatic(method);
            if (!ContainsKey(function.Name)) SetValue(function.Name, function, readOnly: false);
        }
    }
}
