namespace SiteGen.Render.Templates;

/// <summary>Told what one page's render reads of the views and which partials it includes (see <see cref="ThemeContext.Observer"/>).</summary>
public interface IRenderObserver
{
    /// <summary>The member name is as templates write it; <see cref="AllMembers"/> when every member was read (an enumeration or a print).</summary>
    void MemberRead(object target, string member);

    /// <summary>The path of an included template, as the theme's loader resolved it.</summary>
    void TemplateIncluded(string templatePath);

    public const string AllMembers = "*";
}
