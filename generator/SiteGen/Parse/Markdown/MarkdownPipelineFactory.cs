using Markdig;
using Markdig.Extensions.AutoIdentifiers;

namespace SiteGen.Parse.Markdown;

/// <summary>Builds the one Markdown pipeline of a build. A pipeline is immutable and thread-safe, so every document shares it.</summary>
public static class MarkdownPipelineFactory
{
    public static MarkdownPipeline Create(bool allowRawHtml, string baseUrl)
    {
        var builder = new MarkdownPipelineBuilder()
            .UsePipeTables()
            .UseFootnotes()
            .UseTaskLists()
            .UseAutoLinks()
            // GitHub's scheme so ids match what editors see on GitHub; Markdig keeps them unique within a document.
            .UseAutoIdentifiers(AutoIdentifierOptions.GitHub);
        builder.Extensions.AddIfNotAlready(new ExternalLinkExtension(baseUrl));
        // DisableHtml turns HTML blocks and inline tags into text, which the renderer escapes.
        if (!allowRawHtml) builder.DisableHtml();
        return builder.Build();
    }
}
