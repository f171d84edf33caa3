namespace SiteGen.Parse.Markdown;

/// <summary>Element ids a page already has before its content: exact ids, and prefixes of ids a template numbers (faq-group- for faq-group-1, faq-group-2...).</summary>
public sealed class ReservedIds(IReadOnlySet<string> exact, IReadOnlyList<string> prefixes)
{
    public static readonly ReservedIds None = new(new HashSet<string>(), []);

    public IReadOnlySet<string> Exact { get; } = exact;

    public IReadOnlyList<string> Prefixes { get; } = prefixes;

    public bool Contains(string id)
    {
        if (Exact.Contains(id)) return true;
        // Only the numbered form is taken: faq-group-1 is, faq-group-1-1 (what it becomes) is free.
        foreach (string prefix in Prefixes)
            if (id.Length > prefix.Length && id.StartsWith(prefix, StringComparison.Ordinal) && id.AsSpan(prefix.Length).IndexOfAnyExceptInRange('0', '9') < 0)
                return true;
        return false;
    }
}
