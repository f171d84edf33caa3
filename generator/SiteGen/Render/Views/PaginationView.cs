namespace SiteGen.Render.Views;

/// <summary>Where a page of a paginated list stands: <c>pagination</c> in list and FAQ layouts.</summary>
public sealed record PaginationView(int Current, int Total, string? PreviousUrl, string? NextUrl, string FirstUrl)
{
    /// <summary>Page <paramref name="number"/> of <paramref name="total"/> of the list whose first page is at <paramref name="sitePath"/>.</summary>
    public static PaginationView Of(Model.SiteConfig config, string sitePath, int number, int total) => new(
        number, total,
        number > 1 ? config.RootUrl(Pages.Paginator.PathOf(sitePath, number - 1)) : null,
        number < total ? config.RootUrl(Pages.Paginator.PathOf(sitePath, number + 1)) : null,
        config.RootUrl(sitePath));

    public bool IsFirst => Current == 1;
}
