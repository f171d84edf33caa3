using System.Globalization;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;
using SiteGen.Languages;

namespace SiteGen.Render.Templates;

/// <summary>
/// <c>t "key"</c> for theme authors: the theme's word for <c>key</c> in the page's language, from its i18n files
/// (see <see cref="InterfaceText"/>). <c>t "min_read" article.reading_minutes</c> counts (plural form, <c>{count}</c>);
/// <c>t "newer" {title: article.next.title}</c> fills named placeholders. The result is HTML: the word as the theme wrote
/// it (markup allowed, as in a template) with every value escaped, so content can never become markup through it.
/// A word no i18n file has, or a placeholder left unfilled, is an error at the call, as a missing variable is.
/// </summary>
/// <param name="defaultLanguage">Where a missing word belongs first: every language falls back to it.</param>
internal sealed class TranslateFunction(InterfaceText text, string defaultLanguage) : IScriptCustomFunction
{
    public const string Name = "t";

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        var span = callerContext?.Span ?? context.CurrentSpan;
        if (arguments.Count is < 1 or > 2)
            throw new ScriptRuntimeException(span, "t takes a word's key, and a count or an object of values: t \"min_read\" article.reading_minutes");
        string key = context.ObjectToString(arguments[0]) ?? "";
        // A page reads the words of these files: editing one renders again the pages that use it.
        if (context is ThemeContext { Observer: { } observer })
            foreach (string file in text.Files) observer.TemplateIncluded(file);

        long? count = null;
        Dictionary<string, string>? values = null;
        if (arguments.Count == 2)
        {
            if (arguments[1] is IScriptObject named)
            {
                values = new Dictionary<string, string>(StringComparer.Ordinal);
                foreach (string name in named.GetMembers())
                {
                    named.TryGetValue(context, span, name, out object? value);
                    // A count that is not a number ("{count}" for a script to fill) is a value like any other.
                    if (name == "count" && value is int or long or double or float or decimal) count = context.ToInt(span, value);
                    else values[name] = System.Net.WebUtility.HtmlEncode(context.ObjectToString(value) ?? "");
                }
            }
            else count = context.ToInt(span, arguments[1]);
        }

        string form = text.Form(key, count)
            ?? throw new ScriptRuntimeException(span, $"t: the theme has no word '{key}' in any language; add {key}: to the theme's i18n/{defaultLanguage}.yml"
                + Diagnostics.Suggestions.DidYouMean(key, text.Keys));
        if (InterfaceText.Placeholders(form).FirstOrDefault(p => !(p == "count" && count is not null) && !(values?.ContainsKey(p) ?? false)) is { } unfilled)
            throw new ScriptRuntimeException(span, unfilled == "count"
                ? $"t: '{key}' counts something: give the count, t \"{key}\" n"
                : $"t: '{key}' needs a value for {{{unfilled}}}: t \"{key}\" {{{unfilled}: ...}}");
        return InterfaceText.Fill(form, count, values);
    }

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        new(Invoke(context, callerContext, arguments, blockStatement));

    public ScriptParameterInfo GetParameterInfo(int index) => new(typeof(object), index == 0 ? "key" : "values");

    public int RequiredParameterCount => 1;

    public int ParameterCount => 2;

    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.None;

    public Type ReturnType => typeof(string);
}
