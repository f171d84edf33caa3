namespace SiteGen.Parse;

/// <summary>Articles (content/articles/) need a date and may carry topics and an FAQ; pages (content/pages/) need only a title.</summary>
public enum DocumentKind
{
    Article,
    Page,
}
