using SiteGen.Diagnostics;
using SiteGen.Load;

namespace SiteGen.Parse;

/// <summary>The first parse pass: read each source and its front matter, in parallel, keeping the sources' order.</summary>
public static class FrontMatterReader
{
    public static IReadOnlyList<SourceDocument> ReadAll(IReadOnlyList<ContentSource> sources, DocumentKind kind, ErrorList errors)
    {
        var documents = new SourceDocument?[sources.Count];
        Parallel.For(0, sources.Count, i => documents[i] = Read(sources[i], kind, errors));
        return documents.OfType<SourceDocument>().ToList();
    }

    /// <summary>The document, keeping only its body of the file's text; null after adding errors.</summary>
    public static SourceDocument? Read(ContentSource source, DocumentKind kind, ErrorList errors)
    {
        string display = source.DisplayPath;
        using var text = ContentLoader.ReadPooled(source.FullPath, display, errors);
        return text is null ? null : Read(source.RelativePath, display, text.Span, kind, errors);
    }

    private static SourceDocument? Read(string relativePath, string displayPath, ReadOnlySpan<char> text, DocumentKind kind, ErrorList errors)
    {
        var split = FrontMatterSplitter.Split(displayPath, text, errors);
        if (split is null) return null;
        string fileName = Path.GetFileNameWithoutExtension(relativePath);
        var front = FrontMatterParser.Parse(displayPath, fileName, split, kind, errors);
        return front is null ? null : new SourceDocument(relativePath, displayPath, kind, front, split.Body, split.BodyFirstLine);
    }
}
