namespace SiteGen.Templates;

/// <summary>
/// Told what a render reads from the host: each member of a .NET object (not of script objects, arrays
/// or dictionaries, which belong to the render) and each template it includes. A host that re-renders
/// only what changed uses it to learn what each output depends on.
/// </summary>
public interface IRenderObserver
{
    /// <summary>The member name is as templates write it; <see cref="AllMembers"/> when every member was read (an enumeration or a print).</summary>
    void MemberRead(object target, string member);

    /// <summary>The path of an included template, as the template loader resolved it.</summary>
    void TemplateIncluded(string templatePath);

    public const string AllMembers = "*";
}
