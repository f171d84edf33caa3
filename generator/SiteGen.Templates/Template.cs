using System.Text;
using SiteGen.Templates.Runtime;
using SiteGen.Templates.Syntax;

namespace SiteGen.Templates;

/// <summary>
/// A parsed template. Parse once, render many times, from several threads at once (each with its own
/// <see cref="TemplateContext"/>): the tree is never modified by rendering.
/// </summary>
public sealed class Template
{
    private Template(string sourcePath, BlockStatement body, IReadOnlyList<LogMessage> messages)
    {
        SourcePath = sourcePath;
        Body = body;
        Messages = messages;
    }

    public string SourcePath { get; }

    /// <summary>Every parse error, in source order of discovery; empty when the template is valid.</summary>
    public IReadOnlyList<LogMessage> Messages { get; }

    public bool HasErrors => Messages.Count > 0;

    internal BlockStatement Body { get; }

    /// <summary>Parses a template. In <paramref name="scientific"/> mode <c>|</c> is an operator, not a pipe.</summary>
    public static Template Parse(string text, string? sourcePath = null, bool scientific = false)
    {
        var messages = new List<LogMessage>();
        var path = sourcePath ?? "<input>";
        var body = Parser.Parse(text, path, scientific, scriptOnly: false, messages);
        return new Template(path, body, messages);
    }

    /// <summary>Parses code without the <c>{{ }}</c> delimiters (as used by <c>object.eval</c>).</summary>
    public static Template ParseScript(string script, string? sourcePath = null)
    {
        var messages = new List<LogMessage>();
        var path = sourcePath ?? "<input>";
        var body = Parser.Parse(script, path, scientific: false, scriptOnly: true, messages);
        return new Template(path, body, messages);
    }

    public string Render(TemplateContext context)
    {
        var output = new StringBuilder();
        Render(context, output);
        return output.ToString();
    }

    public void Render(TemplateContext context, TextWriter writer)
    {
        var output = new StringBuilder();
        Render(context, output);
        writer.Write(output);
    }

    /// <summary>Renders into <paramref name="output"/>; a host can reuse one builder across renders.</summary>
    public void Render(TemplateContext context, StringBuilder output)
    {
        if (HasErrors) throw new InvalidOperationException("The template has errors: " + string.Join(Environment.NewLine, Messages));
        context.RenderTemplate(this, output);
    }

    /// <summary>Renders with a fresh context whose globals are the members of <paramref name="model"/>.</summary>
    public string Render(object? model = null)
    {
        var context = new TemplateContext();
        var globals = new ScriptObject();
        if (model is not null) globals.Import(model);
        context.PushGlobal(globals);
        return Render(context);
    }
}
