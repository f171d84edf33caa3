namespace SiteGen.Templates.Syntax;

/// <summary>Binding strength of binary operators, loosest first.</summary>
internal static class Precedence
{
    public const int Lowest = 0;
    public const int Coalesce = 1;
    public const int Or = 2;
    public const int And = 3;
    public const int BitOr = 4;
    public const int BitAnd = 5;
    public const int Equality = 6;
    public const int Relational = 7;
    public const int Range = 8;
    public const int Shift = 9;
    public const int Additive = 10;
    public const int Multiplicative = 11;
    public const int Power = 12;
}
