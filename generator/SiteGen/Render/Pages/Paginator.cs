namespace SiteGen.Render.Pages;

/// <summary>One page of a paginated list: its items, its number (from 1), and its site path.</summary>
public sealed record ListPage<T>(IReadOnlyList<T> Items, int Number, int Total, string Path);

/// <summary>Splits a list into pages: the first at the list's own path, the next ones at path/page/N/.</summary>
public static class Paginator
{
    /// <param name="sitePath">The list's path: "" for the home page, "topics/grief/" for a topic.</param>
    public static IReadOnlyList<ListPage<T>> Split<T>(IReadOnlyList<T> items, int perPage, string sitePath)
    {
        if (perPage < 1) throw new ArgumentOutOfRangeException(nameof(perPage), perPage, "At least one item per page.");
        // An empty list still has a first page, saying there is nothing yet.
        int total = Math.Max(1, (items.Count + perPage - 1) / perPage);
        return Enumerable.Range(1, total)
            .Select(n => new ListPage<T>(items.Skip((n - 1) * perPage).Take(perPage).ToList(), n, total, PathOf(sitePath, n)))
            .ToList();
    }

    public static string PathOf(string sitePath, int number) => number == 1 ? sitePath : $"{sitePath}page/{number}/";
}
