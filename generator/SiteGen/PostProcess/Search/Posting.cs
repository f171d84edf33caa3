namespace SiteGen.PostProcess.Search;

/// <summary>A section where a term occurs, with the term's precomputed score there.</summary>
internal readonly record struct Posting(int Section, int Score, int Page);
