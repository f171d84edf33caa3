namespace SiteGen.Templates.Runtime;

/// <summary>The <c>empty</c>/<c>blank</c> keyword: equal to any empty string, array, object or null.</summary>
public sealed class EmptyValue
{
    public static readonly EmptyValue Instance = new();

    private EmptyValue() { }

    public override string ToString() => "";
}
