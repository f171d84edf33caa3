namespace SiteGen.BrowserTests.Benchmarks;

/// <summary>A measurement run on demand only: set SITEGEN_SEARCH_BENCH to a make-corpus folder.</summary>
public sealed class BenchmarkFactAttribute : FactAttribute
{
    public const string CorpusVariable = "SITEGEN_SEARCH_BENCH";

    public BenchmarkFactAttribute()
    {
        if (Environment.GetEnvironmentVariable(CorpusVariable) is not { Length: > 0 })
        {
            Skip = $"benchmark: set {CorpusVariable} to a folder made by shared/bench/make-corpus (see docs/search.md)";
        }
        else if (!File.Exists(ChromiumFactAttribute.ExecutablePath))
        {
            Skip = $"benchmark: {ChromiumFactAttribute.ExecutablePath} is missing (apt-get install -y chromium)";
        }
    }
}
