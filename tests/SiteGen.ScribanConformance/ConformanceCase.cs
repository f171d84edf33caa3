namespace SiteGen.ScribanConformance;

/// <summary>One row of the corpus index (cases.tsv).</summary>
public sealed record ConformanceCase(string Input, string Expected, string Suite, string Mode, bool ExpectError, string Flags)
{
    public bool Scientific => Mode == "scientific";
    public bool IsNondeterministic => Flags.Contains("nondeterministic", StringComparison.Ordinal);
    public bool IsClockDependent => Flags.Contains("clock-dependent", StringComparison.Ordinal);
}
