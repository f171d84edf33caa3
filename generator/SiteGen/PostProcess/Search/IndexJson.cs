using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using SiteGen.Render.SearchSections;

namespace SiteGen.PostProcess.Search;

/// <summary>The JSON of the index files, written by hand for compact, byte-for-byte stable output.</summary>
internal static class IndexJson
{
    // The files are fetched as data, never embedded in HTML, so only JSON itself needs escaping.
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    // Each thread writes its files into one buffer: a fresh one per file grew by doubling from 256 bytes every time.
    [ThreadStatic] private static ArrayBufferWriter<byte>? _buffer;

    public static byte[] Write(Action<Utf8JsonWriter> write)
    {
        var buffer = _buffer ??= new ArrayBufferWriter<byte>(64 * 1024);
        buffer.ResetWrittenCount();
        using (var writer = new Utf8JsonWriter(buffer, Options)) write(writer);
        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>A term's postings as one flat array of (section, score, page) triples, best first.</summary>
    public static void WritePostings(Utf8JsonWriter writer, string term, Posting[] postings)
    {
        writer.WriteStartArray(term);
        foreach (var p in postings)
        {
            writer.WriteNumberValue(p.Section);
            writer.WriteNumberValue(p.Score);
            writer.WriteNumberValue(p.Page);
        }
        writer.WriteEndArray();
    }

    public static byte[] Shard(IEnumerable<string> terms, IReadOnlyDictionary<string, Posting[]> postings) => Write(w =>
    {
        w.WriteStartObject();
        foreach (var term in terms) WritePostings(w, term, postings[term]);
        w.WriteEndObject();
    });

    /// <summary>The bytes of a shard holding only this term, counted rather than written: shards are planned on every term's size.</summary>
    public static int PostingsByteCount(string term, Posting[] postings)
    {
        // {"term":[n,n,n,...]}: terms are letters and digits, which JSON writes as they are.
        var bytes = System.Text.Encoding.UTF8.GetByteCount(term) + 7 + Math.Max(0, postings.Length * 3 - 1);
        foreach (var p in postings) bytes += Digits(p.Section) + Digits(p.Score) + Digits(p.Page);
        return bytes;
    }

    private static int Digits(int n)
    {
        var digits = 1;
        for (; n >= 10; n /= 10) digits++;
        return digits;
    }

    /// <summary>A run of sections as an array of what each result shows.</summary>
    public static byte[] Fragments(IEnumerable<(SearchPage Page, SearchSection Section)> sections, int maxTextChars) => Write(w =>
    {
        w.WriteStartArray();
        foreach (var (page, section) in sections) WriteFragment(w, page, section, maxTextChars);
        w.WriteEndArray();
    });

    private static void WriteFragment(Utf8JsonWriter w, SearchPage page, SearchSection section, int maxTextChars)
    {
        w.WriteStartObject();
        w.WriteString("url", section.Url);
        w.WriteString("title", page.Title);
        if (section.Heading is not null) w.WriteString("heading", section.Heading);
        w.WriteString("kind", section.Kind.ToString().ToLowerInvariant());
        w.WriteString("text", Truncate(section.Text, maxTextChars));
        w.WriteEndObject();
    }

    internal static string Truncate(string text, int maxChars)
    {
        if (text.Length <= maxChars) return text;
        // Never cut a surrogate pair in half: the JSON writer would reject the lone half.
        return text[..(char.IsHighSurrogate(text[maxChars - 1]) ? maxChars - 1 : maxChars)];
    }

    /// <summary>
    /// A term's first results as <see cref="FirstPages"/> ranks them: each a section's fragment with its
    /// id, the snippet's words instead of the whole text, and <c>cut</c>: 1 when words were left out
    /// before them, 2 after, 3 both.
    /// </summary>
    public static byte[] FirstPage(IEnumerable<(int Id, SearchPage Page, SearchSection Section, (string Text, bool CutBefore, bool CutAfter) Snippet)> results) => Write(w =>
    {
        w.WriteStartArray();
        foreach (var (id, page, section, snippet) in results)
        {
            w.WriteStartObject();
            w.WriteNumber("id", id);
            w.WriteString("url", section.Url);
            w.WriteString("title", page.Title);
            if (section.Heading is not null) w.WriteString("heading", section.Heading);
            w.WriteString("kind", section.Kind.ToString().ToLowerInvariant());
            w.WriteString("text", snippet.Text);
            w.WriteNumber("cut", (snippet.CutBefore ? 1 : 0) | (snippet.CutAfter ? 2 : 0));
            w.WriteEndObject();
        }
        w.WriteEndArray();
    });

    /// <summary>A file of the typo table: each key with the shard keys it leads to.</summary>
    public static byte[] TypoRoutes(IEnumerable<string> keys, IReadOnlyDictionary<string, SortedSet<string>> routes) => Write(w =>
    {
        w.WriteStartObject();
        foreach (var key in keys)
        {
            w.WriteStartArray(key);
            foreach (var shard in routes[key]) w.WriteStringValue(shard);
            w.WriteEndArray();
        }
        w.WriteEndObject();
    });

    public static byte[] IntArray(IEnumerable<int> values) => Write(w =>
    {
        w.WriteStartArray();
        foreach (var v in values) w.WriteNumberValue(v);
        w.WriteEndArray();
    });
}
