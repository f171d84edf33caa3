namespace SiteGen.Build;

/// <summary>
/// Which documents a build publishes: drafts only when asked for (<c>--drafts</c>), and articles dated later than
/// <see cref="Now"/> only when asked for (<c>--future</c>; the live preview shows both).
/// </summary>
public sealed record Publication(bool IncludeDrafts, bool IncludeFuture, DateTimeOffset Now);

/// <summary>The documents a build leaves out, and the scheduled articles it shows ahead of their date.</summary>
/// <param name="Unpublished">Drafts and scheduled articles left out, by source path.</param>
/// <param name="Scheduled">Of those, the articles dated later than now, with their date.</param>
/// <param name="ShownEarly">Articles dated later than now that this build publishes all the same (<c>--future</c>, the preview).</param>
/// <param name="Expired">Articles whose <c>expires</c> has passed: taken down, their address left to a redirect or the 404 page.</param>
public sealed record LeftOut(IReadOnlySet<string> Unpublished, IReadOnlyDictionary<string, DateTimeOffset> Scheduled, IReadOnlySet<string> ShownEarly,
    IReadOnlyList<SiteGen.Parse.SourceDocument> Expired);
