using Markdig;
using Markdig.Extensions.AutoIdentifiers;

namespace SiteGen.Parse.Markdown;

/// <summary>Builds the Markdown pipelines of a build. A pipeline is immutable and thread-safe, so every document shares it.</summary>
public static class MarkdownPipelineFactory
{
    /// <param name="autoLinks">Bare URLs become links; without it the pipeline is only for text that
    /// <see cref="AutoLinkText.MayContain"/> clears, where it gives the same result faster.</param>
    public static MarkdownPipeline Create(bool allowRawHtml, string baseUrl, bool autoLinks = true)
    {
        var builder = new MarkdownPipelineBuilder()
            .UsePipeTables()
            .UseFootnotes()
            .UseTaskLists();
        if (autoLinks) builder.UseAutoLinks();
        // GitHub's scheme so ids match what editors see on GitHub; Markdig keeps them unique within a document.
        builder.UseAutoIdentifiers(AutoIdentifierOptions.GitHub);
        builder.Extensions.AddIfNotAlready(new ExternalLinkExtension(baseUrl));
        // DisableHtml turns HTML blocks and inline tags into text, which the renderer escapes.
        if (!allowRawHtml) builder.DisableHtml();
        return builder.Build();
    }
}
