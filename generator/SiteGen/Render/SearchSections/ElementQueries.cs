using AngleSharp.Dom;

namespace SiteGen.Render.SearchSections;

/// <summary>
/// The few lookups the indexer makes, written as tree walks: AngleSharp parses a CSS selector string on
/// every QuerySelector call, which cost more than parsing the page itself when run for every page.
/// </summary>
internal static class ElementQueries
{
    /// <summary>The first descendant (document order) with this tag name and this class, each when given.</summary>
    public static IElement? First(IElement root, string? localName, string? className = null)
    {
        for (var child = root.FirstElementChild; child is not null; child = child.NextElementSibling)
        {
            if ((localName is null || child.LocalName == localName) && (className is null || HasClass(child, className))) return child;
            if (First(child, localName, className) is { } found) return found;
        }
        return null;
    }

    /// <summary>Every descendant with this tag name and class, in document order.</summary>
    public static void All(IElement root, string localName, string className, List<IElement> found)
    {
        for (var child = root.FirstElementChild; child is not null; child = child.NextElementSibling)
        {
            if (child.LocalName == localName && HasClass(child, className)) found.Add(child);
            All(child, localName, className, found);
        }
    }

    /// <summary>Whether the class attribute lists the class as a whole word, without building a token list.</summary>
    public static bool HasClass(IElement element, string className) =>
        element.GetAttribute("class") is { } classes && ClassNames.Contains(classes, className);

    /// <summary>Whether an element between <paramref name="element"/> and <paramref name="root"/> (both included) matches.</summary>
    public static bool InsideOf(IElement element, IElement root, Func<IElement, bool> match)
    {
        for (IElement? at = element; at is not null; at = at.ParentElement)
        {
            if (match(at)) return true;
            if (at == root) return false;
        }
        return false;
    }
}
