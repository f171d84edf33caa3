using SiteGen.Templates.Loading;
using SiteGen.Templates.Runtime;
using SiteGen.Templates.Syntax;

namespace SiteGen.Templates.Tests.Conformance;

/// <summary>Runs one corpus case the way the upstream runner does and returns the text to compare.</summary>
public static class ConformanceRunner
{
    public sealed record Outcome(string Actual, bool IsError);

    public static Outcome Run(ConformanceCase testCase)
    {
        var template = Template.Parse(ConformanceCorpus.Read(testCase.Input), "text", testCase.Scientific);
        if (template.HasErrors) return new Outcome(string.Join("\n", template.Messages), IsError: true);
        var context = new TemplateContext { LoopLimit = 1000, RecursionLimit = 100, NewLine = "\n", TemplateLoader = new NoTemplates() };
        context.PushGlobal(ConformanceModel.Create());
        try
        {
            return new Outcome(template.Render(context).Replace("\r\n", "\n"), IsError: false);
        }
        catch (ScriptRuntimeException error)
        {
            return new Outcome(error.Message, IsError: true);
        }
        catch (Exception error)
        {
            return new Outcome($"CRASH {error.GetType().Name}: {error.Message}", IsError: false);
        }
    }

    public static string Expected(ConformanceCase testCase)
    {
        var expected = ConformanceCorpus.Read(testCase.Expected);
        return testCase.IsClockDependent ? expected.Replace("2026", DateTime.Now.Year.ToString()) : expected;
    }

    /// <summary>The <c>(line,col)</c> of the first message of an error output.</summary>
    public static string? FirstPosition(string errorText)
    {
        var open = errorText.IndexOf('(');
        var close = errorText.IndexOf(')');
        return open >= 0 && close > open ? errorText[open..(close + 1)] : null;
    }

    private sealed class NoTemplates : ITemplateLoader
    {
        public string? GetPath(TemplateContext context, SourceSpan callerSpan, string templateName) => null;
        public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath) => throw new FileNotFoundException(templatePath);
    }
}
