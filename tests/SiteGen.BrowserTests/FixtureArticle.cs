namespace SiteGen.BrowserTests;

/// <summary>An article of a fixture site, in the parts the default theme renders.</summary>
public sealed record FixtureArticle(
    string Slug,
    string Title,
    IReadOnlyList<string> Topics,
    string Intro,
    IReadOnlyList<(string Id, string Heading, string Text)> Sections,
    IReadOnlyList<(string Id, string Question, string Answer)> Faq);
