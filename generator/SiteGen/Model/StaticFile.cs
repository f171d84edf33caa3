namespace SiteGen.Model;

/// <summary>A file copied as it is: an image beside an article, a file of content/images/, a theme asset.</summary>
/// <param name="SourceFullPath">Where it is on disk.</param>
/// <param name="OutputPath">Where it goes, relative to the output folder, with '/' separators.</param>
public sealed record StaticFile(string SourceFullPath, string OutputPath);
