namespace SiteGen.Render.SearchSections;

/// <summary>Class attribute matching as CSS does it: the class as a whole word of the list.</summary>
internal static class ClassNames
{
    public static bool Contains(ReadOnlySpan<char> classList, string className)
    {
        foreach (var range in classList.SplitAny(" \t\n\r\f"))
        {
            if (classList[range].SequenceEqual(className)) return true;
        }
        return false;
    }
}
