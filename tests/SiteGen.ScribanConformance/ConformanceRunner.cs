using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;
using SiteGen.Render.Templates;

namespace SiteGen.ScribanConformance;

/// <summary>
/// Runs one corpus case the way the upstream runner does, through SiteGen's own Scriban context (its member
/// access, include, direct calls, loader hooks and limits), and returns the text to compare. Only strict names are off:
/// Scriban's cases print a missing name as nothing, where a theme's is an error.
/// </summary>
public static class ConformanceRunner
{
    public sealed record Outcome(string Actual, bool IsError);

    public static Outcome Run(ConformanceCase testCase)
    {
        var lexer = testCase.Scientific ? new LexerOptions { Lang = ScriptLang.Scientific } : LexerOptions.Default;
        // Parsed as SiteGen parses a theme's templates (its direct calls in place).
        var template = DirectCalls.Parse(ConformanceCorpus.Read(testCase.Input), "text", lexer);
        if (template.HasErrors) return new Outcome(string.Join("\n", template.Messages), IsError: true);
        var context = new ThemeContext(new NoTemplates(), _ => null, TemplateLimits.Default, strict: false);
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

    private sealed class NoTemplates : ITemplateLoader
    {
        public string? GetPath(TemplateContext context, SourceSpan callerSpan, string templateName) => null;

        public string? Load(TemplateContext context, SourceSpan callerSpan, string templatePath) => null;

        public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) => new((string?)null);
    }
}
