using SiteGen.Diagnostics;
using SiteGen.Load;

namespace SiteGen.Parse;

/// <summary>The first parse pass: read each source and its front matter, in parallel, keeping the sources' order.</summary>
public static class FrontMatterReader
{
    public static IReadOnlyList<SourceDocument> ReadAll(IReadOnlyList<ContentSource> sources, DocumentKind kind, ErrorList errors)
    {
        var documents = new SourceDocument?[sources.Count];
        Parallel.For(0, sources.Count, i => documents[i] = ContentLoader.Read(sources[i], errors) is { } file ? Read(file, kind, errors) : null);
        return documents.OfType<SourceDocument>().ToList();
    }

    /// <summary>The document, keeping only its body of the file's text; null after adding errors.</summary>
    public static SourceDocument? Read(SourceFile file, DocumentKind kind, ErrorList errors)
    {
        var split = FrontMatterSplitter.Split(file.DisplayPath, file.Text, errors);
        if (split is null) return null;
        string fileName = Path.GetFileNameWithoutExtension(file.RelativePath);
        var front = FrontMatterParser.Parse(file.DisplayPath, fileName, split, kind, errors);
        return front is null ? null : new SourceDocument(file.RelativePath, file.DisplayPath, kind, front, split.Body, split.BodyFirstLine);
    }
}
