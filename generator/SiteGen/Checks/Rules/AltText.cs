using System.Text.RegularExpressions;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using SiteGen.Parse.Markdown;

namespace SiteGen.Checks.Rules;

/// <summary>Images need alt text that says what they show: not empty, not a file name, not a word like "image".</summary>
public sealed partial class AltText : ICheckRule
{
    public string Id => "alt-text";

    public CheckSeverity DefaultSeverity => CheckSeverity.Warning;

    [GeneratedRegex(@"^(image|img|photo|photograph|picture|pic|graphic|icon|banner|screenshot|untitled)(\s*\d+)?$|\.(jpe?g|png|gif|webp|svg)$|^(img|dsc|pxl)[_-]?\d+", RegexOptions.IgnoreCase)]
    private static partial Regex Meaningless();

    public IEnumerable<RuleFinding> Check(CheckedDocument document, CheckContext context)
    {
        foreach (var image in document.Parts.Links.Where(l => l.IsImage))
        {
            string alt = InlineText.Of(image);
            if (Problem(alt) is { } problem)
            {
                var (line, column) = document.BodyPosition(image.Span.Start);
                yield return new RuleFinding(line, column, problem, "describe what the image shows, in a sentence");
            }
        }
        if (document.Front.Image is not null && Problem(document.Front.ImageAlt?.Trim() ?? "") is { } front)
        {
            var (line, column) = document.Fields.Of("image");
            yield return new RuleFinding(line, column, "image_alt: " + front, "image_alt: what the image shows, in a sentence");
        }
    }

    private static string? Problem(string alt) =>
        alt.Length == 0 ? "an image without alt text: a reader who cannot see it learns nothing"
        : Meaningless().IsMatch(alt) ? $"alt text '{alt}' does not say what the image shows"
        : null;
}
