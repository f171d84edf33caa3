namespace SiteGen.Parse;

/// <summary>A source cut into its YAML front matter and its Markdown body, with where each starts.</summary>
/// <param name="YamlFirstLine">The 1-based file line of the first YAML line (the line after the opening '---').</param>
/// <param name="BodyFirstLine">The 1-based file line of the first body line.</param>
public sealed record FrontMatterSplit(string Yaml, int YamlFirstLine, string Body, int BodyFirstLine);
