using SiteGen.Model;

namespace SiteGen.Render.Views;

/// <summary>
/// What an article's view shows of the article alone: made once per article object and site address, and
/// shared by the views of every build while the article's file is unchanged (a site's views are made anew
/// by every build, and these parts were most of their cost).
/// </summary>
internal sealed record ArticleOwnView(
    string Slug, string Url, string AbsoluteUrl, string Title, string Description, string Summary,
    string Date, string DateIso, string? Updated, string? UpdatedIso, string? Author,
    string? ReviewedBy, string? ReviewedOn, string? ReviewedOnIso, int ReadingMinutes, int WordCount,
    IReadOnlyList<TocItemView> Toc, CompactText Body, IReadOnlyList<FaqView> Faq, string? Image, string? ImageAlt, bool Scheduled, bool Crisis);
