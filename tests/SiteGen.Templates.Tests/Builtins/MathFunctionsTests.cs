using System.Numerics;
using SiteGen.Templates.Builtins;
using SiteGen.Templates.Runtime;
using SiteGen.Templates.Syntax;

namespace SiteGen.Templates.Tests.Builtins;

public class MathFunctionsTests
{
    private static readonly SourceSpan At = new("page.html", 2, 5);
    private static readonly TemplateContext Context = new();

    [Fact]
    public void Abs_keeps_the_type_and_widens_the_smallest_integer()
    {
        Assert.Equal(15.5, MathFunctions.Abs(Context, At, -15.5));
        Assert.Equal(-(long)int.MinValue, MathFunctions.Abs(Context, At, int.MinValue));
        Assert.Null(MathFunctions.Abs(Context, At, null));
    }

    [Theory]
    [InlineData(-7, 2, -4)]
    [InlineData(7, 2, 3)]
    [InlineData(8.4, 2, 4)]
    public void DividedBy_an_integer_rounds_the_quotient_down(double value, int divisor, int expected)
    {
        Assert.Equal(expected, MathFunctions.DividedBy(Context, At, value, divisor));
    }

    [Fact]
    public void DividedBy_a_double_keeps_the_fraction()
    {
        Assert.Equal(3.5, MathFunctions.DividedBy(Context, At, 7, 2.0));
    }

    [Fact]
    public void Dividing_an_integer_by_zero_is_a_located_error()
    {
        var error = Assert.Throws<ScriptRuntimeException>(() => MathFunctions.DividedBy(Context, At, 1, 0));
        Assert.Equal(At, error.Span);
        Assert.Throws<ScriptRuntimeException>(() => MathFunctions.Modulo(Context, At, 1, 0));
    }

    [Fact]
    public void Integer_operations_widen_instead_of_overflowing()
    {
        Assert.Equal((long)int.MaxValue + 1, MathFunctions.Plus(Context, At, int.MaxValue, 1));
        Assert.Equal(new BigInteger(long.MaxValue) * 2, MathFunctions.Times(Context, At, long.MaxValue, 2));
        Assert.Equal(5, MathFunctions.Minus(Context, At, 7L, 2));
    }

    [Fact]
    public void A_floating_point_operand_makes_a_double()
    {
        Assert.Equal(1.5, MathFunctions.Modulo(Context, At, 3.5, 2));
        Assert.Equal(3.5, MathFunctions.Plus(Context, At, 1, 2.5));
    }

    [Fact]
    public void Operations_with_null_give_null()
    {
        Assert.Null(MathFunctions.Plus(Context, At, null, 1));
        Assert.Null(MathFunctions.DividedBy(Context, At, 1, null));
    }

    [Fact]
    public void Round_rounds_half_to_even()
    {
        Assert.Equal(2.0, MathFunctions.Round(2.5));
        Assert.Equal(4.0, MathFunctions.Round(3.5));
        Assert.Equal(-2.0, MathFunctions.Round(-2.5));
        Assert.Equal(4.57, MathFunctions.Round(4.5678, 2));
    }

    [Fact]
    public void Format_uses_the_invariant_culture_by_default()
    {
        Assert.Equal("1,234.50", MathFunctions.Format(Context, At, 1234.5, "N2"));
        Assert.Equal("", MathFunctions.Format(Context, At, null, "N2"));
    }

    [Fact]
    public void Format_of_a_non_number_or_with_a_bad_format_is_a_located_error()
    {
        Assert.Equal(At, Assert.Throws<ScriptRuntimeException>(() => MathFunctions.Format(Context, At, true, "N2")).Span);
        Assert.Equal(At, Assert.Throws<ScriptRuntimeException>(() => MathFunctions.Format(Context, At, 5, "Q")).Span);
    }

    [Fact]
    public void Random_stays_within_its_bounds_and_rejects_reversed_bounds()
    {
        for (int i = 0; i < 200; i++) Assert.InRange(MathFunctions.Random(At, 1, 4), 1, 3);
        Assert.Throws<ScriptRuntimeException>(() => MathFunctions.Random(At, 5, 1));
    }

    [Fact]
    public void Uuid_is_a_new_guid_each_time()
    {
        var first = MathFunctions.Uuid();
        Assert.True(Guid.TryParse(first, out _));
        Assert.NotEqual(first, MathFunctions.Uuid());
    }
}
