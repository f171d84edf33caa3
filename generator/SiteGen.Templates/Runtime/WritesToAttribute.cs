namespace SiteGen.Templates.Runtime;

/// <summary>
/// Names the streaming form of a builtin: a method of the same class taking a StringBuilder first
/// and then the same parameters, appending what the builtin would return.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class WritesToAttribute(string methodName) : Attribute
{
    public string MethodName { get; } = methodName;
}
