namespace SiteGen.Render.Views;

/// <summary>
/// Marks a view property whose value is made at each read from another member of the view (an article's
/// body, decoded from its compact form). Templates read the property; change tracking fingerprints the
/// member it is made from, so that checking whether a page is current does not make the value again.
/// </summary>
/// <param name="source">The member the value is made from: a property of the view, public or not.</param>
[AttributeUsage(AttributeTargets.Property)]
internal sealed class MadeFromAttribute(string source) : Attribute
{
    public string Source { get; } = source;
}
