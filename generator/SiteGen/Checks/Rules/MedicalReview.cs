namespace SiteGen.Checks.Rules;

/// <summary>
/// Health content is reviewed and dated (search engines and regulators look for it): an article needs
/// <c>reviewed_by</c> and <c>reviewed_on</c>, and a review no older than the limit, counted from today.
/// </summary>
public sealed class MedicalReview : ICheckRule
{
    public string Id => "medical-review";

    public CheckSeverity DefaultSeverity => CheckSeverity.Warning;

    public bool ReadsBody => false;

    public IEnumerable<RuleFinding> Check(CheckedDocument document, CheckContext context)
    {
        if (!document.IsArticle) yield break;
        var topics = context.Settings.MedicalReviewTopics;
        if (topics.Count > 0 && !document.Front.Topics.Any(topics.Contains)) yield break;
        var (line, column) = document.Fields.OfKey("title");
        if (string.IsNullOrWhiteSpace(document.Front.ReviewedBy))
            yield return new RuleFinding(line, column, "no reviewed_by: say who reviewed this article", "reviewed_by: Dr. Name, MD");
        if (document.Front.ReviewedOn is not { } on)
        {
            yield return new RuleFinding(line, column, "no reviewed_on: say when it was last reviewed", $"reviewed_on: {context.Today:yyyy-MM-dd}");
            yield break;
        }
        var reviewed = DateOnly.FromDateTime(on.Date);
        int max = context.Settings.MedicalReviewMaxAgeMonths;
        if (reviewed.AddMonths(max) < context.Today)
        {
            var (l, c) = document.Fields.Of("reviewed_on");
            yield return new RuleFinding(l, c, $"last reviewed on {reviewed:yyyy-MM-dd}, more than {max} months ago", "have it reviewed again, then update reviewed_on");
        }
    }
}
