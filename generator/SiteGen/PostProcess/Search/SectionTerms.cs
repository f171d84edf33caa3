using SiteGen.Render.SearchSections;
namespace SiteGen.PostProcess.Search;

/// <summary>
/// The terms of one section per field, as <see cref="TermCache"/> ids: each distinct term with how often
/// it occurs there, and the field's length in terms, which is all BM25F needs of the text. One array
/// per section: <c>[end of field 0..3, length of field 0..3, terms…]</c>, fields in <see cref="SearchField"/>
/// order, terms in order of first occurrence. A term met once in its field (most of them) is one int, <c>id × 2</c>;
/// any other is two, <c>id × 2 + 1</c> and its count. Every section's terms are held at once while the postings are
/// laid out: at 100,000 articles, over a million sections, the search stage's largest memory.
/// </summary>
internal sealed class SectionTerms
{
    private const int FieldCount = 4;
    private const int Header = FieldCount * 2;

    private readonly int[] data;

    private SectionTerms(int[] data) => this.data = data;

    public int Length(SearchField field) => data[FieldCount + (int)field];

    /// <summary>The field's distinct terms, each with how often it occurs there.</summary>
    public TermCounts Counts(SearchField field)
    {
        var start = field == 0 ? Header : data[(int)field - 1];
        return new TermCounts(data.AsSpan(start, data[(int)field] - start));
    }

    /// <summary>A field's (id, count) pairs, read from their one- or two-int form.</summary>
    public ref struct TermCounts(ReadOnlySpan<int> terms)
    {
        private readonly ReadOnlySpan<int> _terms = terms;
        private int _next;

        public (int Id, int Count) Current { get; private set; }

        public readonly TermCounts GetEnumerator() => this;

        public bool MoveNext()
        {
            if (_next >= _terms.Length) return false;
            int term = _terms[_next++];
            Current = (term >> 1, (term & 1) == 0 ? 1 : _terms[_next++]);
            return true;
        }
    }

    public static SectionTerms Of(string pageTitle, SearchSection section, TermCache terms, Scratch scratch)
    {
        var pairs = scratch.Pairs;
        pairs.Clear();
        for (var i = 0; i < Header; i++) pairs.Add(0);
        Count(section.Kind == SectionKind.Page ? pageTitle : "", SearchField.Title, terms, scratch);
        Count(section.Kind == SectionKind.Heading ? section.Heading : "", SearchField.Heading, terms, scratch);
        Count(section.Kind == SectionKind.Faq ? section.Heading : "", SearchField.Question, terms, scratch);
        Count(section.TextChars(ref scratch.Chars), SearchField.Body, terms, scratch);
        return new SectionTerms(Packed(pairs));
    }

    // From the pairs as counted (header, then id, count, id, count…) to the form kept.
    private static int[] Packed(List<int> pairs)
    {
        var length = Header;
        for (var i = Header; i < pairs.Count; i += 2) length += pairs[i + 1] == 1 ? 1 : 2;
        var data = new int[length];
        int at = Header, start = Header;
        for (var field = 0; field < FieldCount; field++)
        {
            for (var i = start; i < pairs[field]; i += 2)
            {
                int id = pairs[i], count = pairs[i + 1];
                if (count == 1) data[at++] = id << 1;
                else
                {
                    data[at++] = (id << 1) | 1;
                    data[at++] = count;
                }
            }
            start = pairs[field];
            data[field] = at;
            data[FieldCount + field] = pairs[FieldCount + field];
        }
        return data;
    }

    private static void Count(ReadOnlySpan<char> text, SearchField field, TermCache terms, Scratch scratch)
    {
        var (ids, pairs) = (scratch.Ids, scratch.Pairs);
        ids.Clear();
        terms.AddIds(text, ids);
        var fieldStart = pairs.Count;
        foreach (var id in ids)
        {
            var at = scratch.PairOf(id);
            if (at < 0)
            {
                scratch.SetPairOf(id, pairs.Count);
                pairs.Add(id);
                pairs.Add(1);
            }
            else pairs[at + 1]++;
        }
        for (var i = fieldStart; i < pairs.Count; i += 2) scratch.SetPairOf(pairs[i], -1);
        pairs[(int)field] = pairs.Count;
        pairs[FieldCount + (int)field] = ids.Count;
    }

    /// <summary>Buffers one thread reuses from section to section.</summary>
    internal sealed class Scratch
    {
        public readonly List<int> Ids = [];
        public readonly List<int> Pairs = [];
        public char[] Chars = new char[4096];
        // Where a term's pair is in Pairs while a field is counted, plus one (0: not yet met).
        private int[] pairOf = new int[1024];

        public int PairOf(int id) => id < pairOf.Length ? pairOf[id] - 1 : -1;

        public void SetPairOf(int id, int at)
        {
            if (id >= pairOf.Length) Array.Resize(ref pairOf, Math.Max(pairOf.Length * 2, id + 1));
            pairOf[id] = at + 1;
        }
    }
}
