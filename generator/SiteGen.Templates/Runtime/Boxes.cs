namespace SiteGen.Templates.Runtime;

/// <summary>Shared boxed booleans and small integers, so comparisons and loop counters do not allocate.</summary>
internal static class Boxes
{
    public static readonly object True = true;
    public static readonly object False = false;
    private const int Low = -16;
    private static readonly object[] SmallIntegers = Enumerable.Range(Low, 1040).Select(i => (object)i).ToArray();

    public static object Bool(bool value) => value ? True : False;

    public static object Int(int value) => value >= Low && value < Low + SmallIntegers.Length ? SmallIntegers[value - Low] : value;
}
