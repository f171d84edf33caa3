namespace SiteGen.Checks;

/// <summary>One rule of <c>sitegen check</c>. Rules are pure: a document (and the site around it) in, findings out.</summary>
public interface ICheckRule
{
    string Id { get; }

    CheckSeverity DefaultSeverity { get; }

    /// <summary>
    /// Whether the rule reads the body. A rule that reads only front matter may also depend on the other documents or
    /// on today, so a build runs it on every document each time instead of keeping its findings with the body's.
    /// </summary>
    bool ReadsBody => true;

    /// <summary>The rule's findings in one document; the severity is set by the caller.</summary>
    IEnumerable<RuleFinding> Check(CheckedDocument document, CheckContext context);
}

/// <summary>A finding as a rule makes it, before its severity and rule id are set.</summary>
public readonly record struct RuleFinding(int Line, int Column, string Message, string? Suggestion = null);

/// <summary>What rules know besides the document: the settings, today, the site's languages and helplines, every document (for duplicates).</summary>
public sealed record CheckContext(CheckSettings Settings, DateOnly Today, Model.SiteConfig Site, IReadOnlyList<Parse.SourceDocument> All)
{
    /// <summary>The code of the language a document is written in: that of its language folder, or the site's default.</summary>
    public string LanguageOf(Parse.SourceDocument document) => Site.InLanguageOf(document.LanguagePrefix).Language;

    /// <summary>Whether the pages of a document's language show a crisis line (each language's own, or the site's).</summary>
    public bool HasCrisisLine(CheckedDocument document) => Site.InLanguageOf(document.Source.LanguagePrefix).CrisisLine is not null;

    private readonly Lazy<ILookup<string, string>> _titles = new(() => ByText(All, d => d.Front.Title));
    private readonly Lazy<ILookup<string, string>> _descriptions = new(() => ByText(All, d => d.Front.Description));

    /// <summary>The files of every document by its title, compared without case or surrounding spaces; made once for all documents.</summary>
    public ILookup<string, string> Titles => _titles.Value;

    /// <summary>The files of every document by its description, as <see cref="Titles"/>.</summary>
    public ILookup<string, string> Descriptions => _descriptions.Value;

    public static string Key(string text) => text.Trim().ToLowerInvariant();

    private static ILookup<string, string> ByText(IReadOnlyList<Parse.SourceDocument> all, Func<Parse.SourceDocument, string?> text) =>
        all.Where(d => !string.IsNullOrWhiteSpace(text(d))).ToLookup(d => Key(text(d)!), d => d.SourcePath, StringComparer.Ordinal);
}
