namespace SiteGen.Checks;

/// <summary>What <c>sitegen build</c> does with the checks: print findings as warnings (the default), fail on error-level ones, or skip them.</summary>
public enum CheckInBuild { Warn, Errors, Off }

/// <summary>site.yml's <c>check:</c>: the rules' severities and settings.</summary>
public sealed record CheckSettings
{
    public static readonly CheckSettings Default = new();

    /// <summary>The Flesch-Kincaid grade an article's body should not pass (NIH and the AMA: 8th grade or below).</summary>
    public double ReadabilityTarget { get; init; } = 8;

    public int MedicalReviewMaxAgeMonths { get; init; } = 12;

    /// <summary>Topics the medical-review rule is limited to; empty for every article.</summary>
    public IReadOnlyList<string> MedicalReviewTopics { get; init; } = [];

    /// <summary>Phrases never reported as stigmatizing (a center named "Clean Slate Recovery").</summary>
    public IReadOnlyList<string> StigmaAllow { get; init; } = [];

    /// <summary>More terms to report, each with what to write instead.</summary>
    public IReadOnlyDictionary<string, string> StigmaExtra { get; init; } = new Dictionary<string, string>();

    /// <summary>Severities site.yml sets, by rule id; the others keep their default.</summary>
    public IReadOnlyDictionary<string, CheckSeverity> Severities { get; init; } = new Dictionary<string, CheckSeverity>();

    /// <summary>What a build does with the findings: print them as warnings, unless site.yml says otherwise.</summary>
    public CheckInBuild InBuild { get; init; } = CheckInBuild.Warn;

    public CheckSeverity SeverityOf(ICheckRule rule) => Severities.TryGetValue(rule.Id, out var severity) ? severity : rule.DefaultSeverity;
}
