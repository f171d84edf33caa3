namespace SiteGen.ScribanConformance;

/// <summary>
/// A test that runs Scriban's own cases from ../shared/scriban-conformance beside the repository. A user's clone
/// has no such folder: the test is skipped, saying why. Under CI (CI=true) the corpus must be there, so the
/// test runs and fails without it.
/// </summary>
public sealed class ConformanceFactAttribute : FactAttribute
{
    public ConformanceFactAttribute()
    {
        bool ci = string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
        if (!ci && !File.Exists(Path.Combine(ConformanceCorpus.Root, "cases.tsv")))
            Skip = $"Scriban's conformance cases are not at {ConformanceCorpus.Root} (../shared beside the repository, as CI has it)";
    }
}
