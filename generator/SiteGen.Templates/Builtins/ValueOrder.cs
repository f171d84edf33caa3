using System.Collections;
using SiteGen.Templates.Runtime;

namespace SiteGen.Templates.Builtins;

/// <summary>
/// Equality and ordering of template values for array.sort/uniq/contains. Equality is the
/// language's <c>==</c> (1 == 1.0). Strings order case-insensitively, lower case first on ties,
/// the same on every machine (no culture data needed). Values of different kinds order by kind:
/// null, booleans, numbers, strings, dates, intervals, other objects, then lists.
/// </summary>
internal sealed class ValueOrder : IComparer<object?>, IEqualityComparer<object?>
{
    public static readonly ValueOrder Instance = new();

    public new bool Equals(object? x, object? y) => ScriptOperators.AreEqual(x, y);

    // Equal numbers of different types must hash alike, so numbers hash by their double value.
    public int GetHashCode(object? value) => value switch
    {
        null => 0,
        _ when ScriptValue.IsNumber(value) => NumberMath.ToDouble(value).GetHashCode(),
        _ => value.GetHashCode(),
    };

    public int Compare(object? x, object? y)
    {
        int rankX = Rank(x), rankY = Rank(y);
        if (rankX != rankY) return rankX.CompareTo(rankY);
        return (x, y) switch
        {
            (null, null) => 0,
            (bool a, bool b) => a.CompareTo(b),
            (string a, string b) => CompareStrings(a, b),
            (DateTime a, DateTime b) => a.CompareTo(b),
            (TimeSpan a, TimeSpan b) => a.CompareTo(b),
            _ when ScriptValue.IsNumber(x) => NumberMath.Compare(x!, y!),
            (IComparable a, _) when a.GetType() == y!.GetType() => a.CompareTo(y),
            _ => 0,
        };
    }

    public static int CompareStrings(string a, string b)
    {
        int primary = string.Compare(a, b, StringComparison.OrdinalIgnoreCase);
        if (primary != 0) return primary;
        // Same letters, different case: lower case first, as in common dictionary order.
        return -string.CompareOrdinal(a, b);
    }

    private static int Rank(object? value) => value switch
    {
        null => 0,
        bool => 1,
        _ when ScriptValue.IsNumber(value) => 2,
        string => 3,
        DateTime => 4,
        TimeSpan => 5,
        IEnumerable and not IDictionary<string, object?> and not IDictionary => 7,
        _ => 6,
    };
}
