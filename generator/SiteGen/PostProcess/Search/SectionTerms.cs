namespace SiteGen.PostProcess.Search;

/// <summary>The stemmed, stop-word-free terms of one section, per field, as <see cref="TermCache"/> ids.</summary>
internal sealed class SectionTerms
{
    private readonly int[][] fields;

    private SectionTerms(int[][] fields) => this.fields = fields;

    public int[] Terms(SearchField field) => fields[(int)field];

    public static SectionTerms Of(string pageTitle, SearchSection section, TermCache terms)
    {
        var fields = new int[SearchFieldWeights.All.Length][];
        fields[(int)SearchField.Title] = section.Kind == SectionKind.Page ? terms.AnalyzeIds(pageTitle) : [];
        fields[(int)SearchField.Heading] = section.Kind == SectionKind.Heading ? terms.AnalyzeIds(section.Heading ?? "") : [];
        fields[(int)SearchField.Question] = section.Kind == SectionKind.Faq ? terms.AnalyzeIds(section.Heading ?? "") : [];
        fields[(int)SearchField.Body] = terms.AnalyzeIds(section.Text);
        return new SectionTerms(fields);
    }
}
