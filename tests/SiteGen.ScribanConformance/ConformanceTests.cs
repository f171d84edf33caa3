using System.Text;
using Xunit.Abstractions;

namespace SiteGen.ScribanConformance;

/// <summary>
/// Runs Scriban's own test cases through SiteGen's Scriban setup: every case must render exactly as Scriban
/// renders it, output and error alike, so nothing SiteGen configures changes the language theme authors read
/// about in Scriban's documentation.
/// </summary>
public sealed class ConformanceTests(ITestOutputHelper output)
{
    [ConformanceFact]
    public void Every_case_renders_as_Scriban_renders_it()
    {
        var cases = ConformanceCorpus.Cases().Where(c => !c.IsNondeterministic).ToList();
        var failing = new StringBuilder();
        int outputs = 0, errors = 0, failed = 0;
        foreach (var testCase in cases)
        {
            var outcome = RunGuarded(testCase);
            var expected = ConformanceRunner.Expected(testCase);
            if (testCase.ExpectError) errors++;
            else outputs++;
            if (outcome.Actual == expected && outcome.IsError == testCase.ExpectError) continue;
            failed++;
            failing.Append("=== ").AppendLine(testCase.Input).AppendLine("--- expected").AppendLine(expected)
                .AppendLine("--- actual").AppendLine(outcome.Actual);
        }
        output.WriteLine($"{outputs} output cases and {errors} error cases, {failed} not as Scriban renders them");
        Assert.True(outputs > 200 && errors > 50, $"The corpus looks incomplete: {outputs} output and {errors} error cases");
        Assert.True(failed == 0, $"{failed} cases differ from Scriban:\n{failing}");
    }

    /// <summary>Runs a case on its own thread so a runaway template fails the case instead of hanging the suite.</summary>
    private static ConformanceRunner.Outcome RunGuarded(ConformanceCase testCase)
    {
        ConformanceRunner.Outcome? outcome = null;
        var thread = new Thread(() => outcome = ConformanceRunner.Run(testCase), 64 * 1024 * 1024) { IsBackground = true };
        thread.Start();
        return thread.Join(TimeSpan.FromSeconds(10)) && outcome is not null ? outcome : new ConformanceRunner.Outcome("TIMEOUT", false);
    }
}
