using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;
using SiteGen.Images;

namespace SiteGen.Render.Templates;

/// <summary>
/// <c>image.resize src width</c> for theme authors: the URL of the image at <c>src</c> (its URL, as
/// <c>article.image</c> gives it, or its path under the content folder) at most <c>width</c> pixels wide, made
/// once per build and cached like every other size. An image the stage does not know is an error at the call.
/// </summary>
internal sealed class ImageResize(SiteImages? images, string basePath) : IScriptCustomFunction
{
    public const int MaxWidth = 4000;

    /// <summary>The <c>image</c> object templates see.</summary>
    public static ScriptObject Object(SiteImages? images, string basePath)
    {
        var image = new ScriptObject();
        image.SetValue("resize", new ImageResize(images, basePath), readOnly: true);
        image.IsReadOnly = true;
        return image;
    }

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        var span = callerContext?.Span ?? context.CurrentSpan;
        if (arguments.Count != 2) throw new ScriptRuntimeException(span, "image.resize takes the image and a width: image.resize article.image 600");
        string src = context.ObjectToString(arguments[0]) ?? "";
        int width = context.ToInt(span, arguments[1]);
        if (width is < 1 or > MaxWidth) throw new ScriptRuntimeException(span, $"image.resize: the width must be between 1 and {MaxWidth}, not {width}");
        string path = src.StartsWith(basePath, StringComparison.Ordinal) ? src[basePath.Length..] : src.TrimStart('/');
        var variant = images?.Resize(Uri.UnescapeDataString(path), width)
            ?? throw new ScriptRuntimeException(span, $"image.resize: '{src}' is not a JPEG, PNG or WebP image of the site");
        return basePath + variant.OutputPath;
    }

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        new(Invoke(context, callerContext, arguments, blockStatement));

    public ScriptParameterInfo GetParameterInfo(int index) => new(typeof(object), index == 0 ? "src" : "width");

    public int RequiredParameterCount => 2;

    public int ParameterCount => 2;

    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.None;

    public Type ReturnType => typeof(string);
}
