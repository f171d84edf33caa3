namespace SiteGen.Templates.Runtime;

/// <summary>Gives a member the name templates see, instead of its snake_case default.</summary>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Property | AttributeTargets.Field)]
public sealed class ScriptMemberNameAttribute(string name) : Attribute
{
    public string Name { get; } = name;
}

/// <summary>Keeps a public member out of what templates see.</summary>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Property | AttributeTargets.Field)]
public sealed class ScriptMemberIgnoreAttribute : Attribute;
