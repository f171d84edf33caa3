using System.Numerics;
using SiteGen.Templates.Builtins;
using SiteGen.Templates.Runtime;

namespace SiteGen.Templates.Tests.Builtins;

public class ArrayFunctionsTests
{
    private static readonly TemplateContext Context = new();

    private static ScriptArray List(params object?[] items) => new(items);

    private static IEnumerable<object?> Lazy(params object?[] items)
    {
        foreach (var item in items) yield return item;
    }

    [Fact]
    public void Functions_return_new_lists_and_leave_the_input_unchanged()
    {
        var input = List(3, 1, 2);
        ArrayFunctions.Add(input, 4);
        ArrayFunctions.RemoveAt(input, 0);
        ArrayFunctions.Reverse(input);
        ArrayFunctions.Sort(Context, input);
        Assert.Equal([3, 1, 2], input);
    }

    [Theory]
    [InlineData(-1, new[] { 1, 2 })]
    [InlineData(-3, new[] { 2, 3 })]
    [InlineData(-4, new[] { 1, 2, 3 })]
    [InlineData(3, new[] { 1, 2, 3 })]
    public void RemoveAt_counts_negative_indexes_from_the_end_and_ignores_indexes_out_of_range(int index, int[] expected)
    {
        Assert.Equal(expected.Cast<object?>(), ArrayFunctions.RemoveAt(List(1, 2, 3), index));
    }

    [Fact]
    public void InsertAt_with_a_negative_index_inserts_at_the_start()
    {
        Assert.Equal([9, 1, 2], ArrayFunctions.InsertAt(Context, default, List(1, 2), -5, 9));
    }

    [Fact]
    public void Limit_and_offset_treat_negative_counts_as_zero()
    {
        Assert.Empty(ArrayFunctions.Limit(List(1, 2), -1)!);
        Assert.Equal([1, 2], ArrayFunctions.Offset(List(1, 2), -1)!);
    }

    [Fact]
    public void Sort_orders_numbers_by_value_whatever_their_type()
    {
        var sorted = ArrayFunctions.Sort(Context, List(10L, 2.5, 3, new BigInteger(1), 2.5m));
        Assert.Equal([new BigInteger(1), 2.5, 2.5m, 3, 10L], sorted);
    }

    [Fact]
    public void Sort_orders_strings_ignoring_case_with_lower_case_first_on_ties()
    {
        Assert.Equal(["apple", "Apple", "banana", "Cherry"], ArrayFunctions.Sort(Context, List("Cherry", "Apple", "banana", "apple")));
    }

    [Fact]
    public void Sort_puts_null_first_and_groups_values_of_different_kinds()
    {
        Assert.Equal([null, true, 1, "a"], ArrayFunctions.Sort(Context, List("a", 1, null, true)));
    }

    [Fact]
    public void Sort_by_member_is_stable_and_puts_items_without_the_member_first()
    {
        var first = new ScriptObject { ["n"] = 1, ["id"] = "first" };
        var second = new ScriptObject { ["n"] = 1, ["id"] = "second" };
        var missing = new ScriptObject { ["id"] = "missing" };
        Assert.Equal([missing, first, second], ArrayFunctions.Sort(Context, List(first, missing, second), "n"));
    }

    [Fact]
    public void Sort_of_a_string_is_a_list_of_that_string_not_of_its_characters()
    {
        Assert.Equal(["cba"], ArrayFunctions.Sort(Context, "cba"));
    }

    [Fact]
    public void Uniq_and_contains_treat_equal_numbers_of_different_types_as_equal()
    {
        Assert.Equal([1, "1"], ArrayFunctions.Uniq(List(1, 1L, 1.0, "1")));
        Assert.True(ArrayFunctions.Contains(List(1, 2), 2L));
        Assert.False(ArrayFunctions.Contains(List(1, 2), "2"));
    }

    [Fact]
    public void Map_skips_items_that_do_not_have_the_member()
    {
        var items = List(new ScriptObject { ["a"] = 1 }, new ScriptObject { ["b"] = 2 }, 5, null, new ScriptObject { ["a"] = null });
        Assert.Equal([1, null], ArrayFunctions.Map(Context, items, "a"));
    }

    [Fact]
    public void First_last_and_size_work_on_lazy_sequences()
    {
        Assert.Equal(1, ArrayFunctions.First(Lazy(1, 2, 3)));
        Assert.Equal(3, ArrayFunctions.Last(Lazy(1, 2, 3)));
        Assert.Equal(3, ArrayFunctions.Size(Lazy(1, 2, 3)));
        Assert.Null(ArrayFunctions.First(Lazy()));
    }

    [Fact]
    public void Null_lists_give_null_or_empty_results_as_the_language_defines()
    {
        Assert.Null(ArrayFunctions.Compact(null));
        Assert.Null(ArrayFunctions.Uniq(null));
        Assert.Null(ArrayFunctions.Limit(null, 2));
        Assert.Empty(ArrayFunctions.Reverse(null));
        Assert.Equal(0, ArrayFunctions.Size(null));
        Assert.False(ArrayFunctions.Contains(null, null));
    }
}
