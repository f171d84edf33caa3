using SiteGen.Diagnostics;
using SiteGen.Load;

namespace SiteGen.Parse;

/// <summary>The first parse pass: front matter of every source, in parallel, in the sources' order.</summary>
public static class FrontMatterReader
{
    public static IReadOnlyList<SourceDocument> ReadAll(IReadOnlyList<SourceFile> files, DocumentKind kind, ErrorList errors)
    {
        var documents = new SourceDocument?[files.Count];
        Parallel.For(0, files.Count, i => documents[i] = Read(files[i], kind, errors));
        return documents.OfType<SourceDocument>().ToList();
    }

    public static SourceDocument? Read(SourceFile file, DocumentKind kind, ErrorList errors)
    {
        var split = FrontMatterSplitter.Split(file.DisplayPath, file.Text, errors);
        if (split is null) return null;
        string fileName = Path.GetFileNameWithoutExtension(file.RelativePath);
        var front = FrontMatterParser.Parse(file.DisplayPath, fileName, split, kind, errors);
        return front is null ? null : new SourceDocument(file, kind, front, split);
    }
}
