namespace SiteGen.Diagnostics;

/// <summary>
/// The "did you mean" of an error: the known name closest to a misspelt one, when it is close enough to be the
/// one meant (a letter or two wrong, missing, extra or swapped), else nothing.
/// </summary>
public static class Suggestions
{
    /// <returns>The closest candidate, or null when none is within reach (ties go to the first in order).</returns>
    public static string? Closest(string typed, IEnumerable<string> candidates)
    {
        string? best = null;
        int bestDistance = int.MaxValue;
        int reach = Math.Max(1, Math.Min(2, typed.Length / 3));
        foreach (string candidate in candidates)
        {
            if (candidate == typed) continue;
            int distance = Distance(typed.ToLowerInvariant(), candidate.ToLowerInvariant());
            if (distance <= reach && distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }
        return best;
    }

    /// <summary>"; did you mean `title`?", or nothing.</summary>
    public static string DidYouMean(string typed, IEnumerable<string> candidates) =>
        Closest(typed, candidates) is { } name ? $"; did you mean `{name}`?" : "";

    // Optimal string alignment: insertions, deletions, substitutions and swaps of neighbours each count one.
    private static int Distance(string a, string b)
    {
        if (Math.Abs(a.Length - b.Length) > 2) return int.MaxValue;
        var rows = new int[3][];
        for (int r = 0; r < 3; r++) rows[r] = new int[b.Length + 1];
        for (int j = 0; j <= b.Length; j++) rows[0][j] = j;
        for (int i = 1; i <= a.Length; i++)
        {
            int[] current = rows[i % 3], previous = rows[(i - 1) % 3], before = rows[(i + 1) % 3];
            current[0] = i;
            for (int j = 1; j <= b.Length; j++)
            {
                int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    current[j] = Math.Min(current[j], before[j - 2] + 1);
            }
        }
        return rows[a.Length % 3][b.Length];
    }
}
