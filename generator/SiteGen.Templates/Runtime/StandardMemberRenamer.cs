using System.Reflection;
using System.Text;

namespace SiteGen.Templates.Runtime;

/// <summary>Scriban's default naming of .NET members: <c>MyProperty</c> becomes <c>my_property</c>.</summary>
public static class StandardMemberRenamer
{
    public static string Rename(MemberInfo member) =>
        member.GetCustomAttribute<ScriptMemberNameAttribute>()?.Name ?? ToSnakeCase(member.Name);

    public static string ToSnakeCase(string name)
    {
        var builder = new StringBuilder(name.Length + 4);
        var previousUpper = true;
        foreach (var c in name)
        {
            if (char.IsUpper(c))
            {
                if (!previousUpper) builder.Append('_');
                builder.Append(char.ToLowerInvariant(c));
                previousUpper = true;
            }
            else
            {
                builder.Append(c);
                previousUpper = c == '_';
            }
        }
        return builder.ToString();
    }
}
