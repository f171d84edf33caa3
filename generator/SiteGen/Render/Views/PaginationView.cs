namespace SiteGen.Render.Views;

/// <summary>Where a page of a paginated list stands: <c>pagination</c> in list layouts.</summary>
public sealed record PaginationView(int Current, int Total, string? PreviousUrl, string? NextUrl, string FirstUrl)
{
    public bool IsFirst => Current == 1;
}
