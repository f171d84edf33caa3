namespace SiteGen.PostProcess.Search;

/// <summary>The stemmed, stop-word-free terms of one section, per field.</summary>
internal sealed class SectionTerms
{
    private readonly string[][] fields;

    private SectionTerms(string[][] fields) => this.fields = fields;

    public string[] Terms(SearchField field) => fields[(int)field];

    public static SectionTerms Of(string pageTitle, SearchSection section, TermCache terms)
    {
        var fields = new string[SearchFieldWeights.All.Length][];
        fields[(int)SearchField.Title] = section.Kind == SectionKind.Page ? terms.Analyze(pageTitle) : [];
        fields[(int)SearchField.Heading] = section.Kind == SectionKind.Heading ? terms.Analyze(section.Heading ?? "") : [];
        fields[(int)SearchField.Question] = section.Kind == SectionKind.Faq ? terms.Analyze(section.Heading ?? "") : [];
        fields[(int)SearchField.Body] = terms.Analyze(section.Text);
        return new SectionTerms(fields);
    }
}
