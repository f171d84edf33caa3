using Markdig;
using Markdig.Extensions.AutoIdentifiers;

namespace SiteGen.Parse.Markdown;

/// <summary>Builds the Markdown pipelines of a build. A pipeline is immutable and thread-safe, so every document shares it.</summary>
public static class MarkdownPipelineFactory
{
    /// <param name="autoLinks">Bare URLs become links; without it the pipeline is only for text that
    /// <see cref="AutoLinkText.MayContain"/> clears, where it gives the same result faster.</param>
    /// <param name="reservedIds">Ids the theme's own elements use, which no heading may take.</param>
    public static MarkdownPipeline Create(bool allowRawHtml, string baseUrl, bool autoLinks = true, ReservedIds? reservedIds = null)
    {
        var builder = new MarkdownPipelineBuilder()
            .UsePipeTables()
            .UseFootnotes()
            .UseTaskLists();
        if (autoLinks) builder.UseAutoLinks();
        // GitHub's scheme so ids match what editors see on GitHub. HeadingIds gives them (unique, none the theme's) and
        // must come first: Markdig's extension then only lets [Heading text] link to a heading.
        builder.Extensions.Add(new HeadingIds(reservedIds ?? ReservedIds.None));
        builder.UseAutoIdentifiers(AutoIdentifierOptions.GitHub);
        builder.Extensions.AddIfNotAlready(new ExternalLinkExtension(baseUrl));
        // DisableHtml turns HTML blocks and inline tags into text, which the renderer escapes.
        if (!allowRawHtml) builder.DisableHtml();
        return builder.Build();
    }
}
