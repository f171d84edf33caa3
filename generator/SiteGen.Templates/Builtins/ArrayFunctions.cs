using System.Collections;
using SiteGen.Templates.Runtime;
using SiteGen.Templates.Syntax;

namespace SiteGen.Templates.Builtins;

/// <summary>
/// The <c>array</c> module. Functions never modify their input: each returns a new array.
/// A null list behaves as an empty one, except where the language returns null (see each function).
/// </summary>
public static class ArrayFunctions
{
    /// <summary>A new list with <paramref name="value"/> added at the end.</summary>
    public static ScriptArray Add(IEnumerable? list, object? value)
    {
        var result = Copy(list);
        result.Add(value);
        return result;
    }

    /// <summary>A new list with the items of <paramref name="list2"/> after those of <paramref name="list1"/>.</summary>
    public static IEnumerable? AddRange(IEnumerable? list1, IEnumerable? list2)
    {
        if (list2 is null) return list1;
        var result = Copy(list1);
        result.AddRange(Items(list2));
        return result;
    }

    /// <summary>The list without its null items; null stays null.</summary>
    public static ScriptArray? Compact(IEnumerable? list) =>
        list is null ? null : new ScriptArray(Items(list).Where(item => item is not null));

    /// <summary>Both lists one after the other; when one is null the other is returned as is.</summary>
    public static IEnumerable? Concat(IEnumerable? list1, IEnumerable? list2)
    {
        if (list1 is null) return list2;
        if (list2 is null) return list1;
        var result = Copy(list1);
        result.AddRange(Items(list2));
        return result;
    }

    /// <summary>
    /// Returns the next item of the list each time it is called within a render. Calls with the
    /// same items (or the same <paramref name="group"/> name) share one position.
    /// </summary>
    public static object? Cycle(TemplateContext context, IEnumerable? list, string? group = null)
    {
        if (list is null) return null;
        var items = Items(list).ToList();
        if (items.Count == 0) return null;
        var key = group ?? string.Join(",", items.Select(context.ObjectToString));
        return items[CycleState.Next(context, key, items.Count)];
    }

    /// <summary>True when <paramref name="function"/>, called with an item followed by <paramref name="args"/>, is true for any item.</summary>
    public static bool Any(TemplateContext context, SourceSpan span, IEnumerable? list, IScriptFunction function, params object?[] args)
    {
        if (list is null) return false;
        foreach (var item in list)
        {
            if (context.ToBool(span, context.Call(span, function, [item, .. args]))) return true;
        }
        return false;
    }

    /// <summary>A list of the results of <paramref name="function"/> applied to each item.</summary>
    public static ScriptArray Each(TemplateContext context, SourceSpan span, IEnumerable? list, IScriptFunction function)
    {
        var result = new ScriptArray();
        foreach (var item in Items(list)) result.Add(context.Call(span, function, item));
        return result;
    }

    /// <summary>The items for which <paramref name="function"/> returns a true value.</summary>
    public static ScriptArray Filter(TemplateContext context, SourceSpan span, IEnumerable? list, IScriptFunction function)
    {
        var result = new ScriptArray();
        foreach (var item in Items(list))
        {
            if (context.ToBool(span, context.Call(span, function, item))) result.Add(item);
        }
        return result;
    }

    public static object? First(IEnumerable? list) => list switch
    {
        null => null,
        IList indexed => indexed.Count > 0 ? indexed[0] : null,
        _ => Items(list).FirstOrDefault(),
    };

    public static object? Last(IEnumerable? list) => list switch
    {
        null => null,
        IList indexed => indexed.Count > 0 ? indexed[^1] : null,
        _ => Items(list).LastOrDefault(),
    };

    /// <summary>
    /// A new list with <paramref name="value"/> inserted at <paramref name="index"/>; a negative index
    /// inserts at the start, an index past the end pads the list with nulls.
    /// </summary>
    public static ScriptArray InsertAt(TemplateContext context, SourceSpan span, IEnumerable? list, int index, object? value)
    {
        var result = Copy(list);
        index = Math.Max(index, 0);
        while (result.Count < index)
        {
            // Padding is sized by the template, so it counts against the loop limit.
            context.StepLoop(span);
            result.Add(null);
        }
        result.Insert(index, value);
        return result;
    }

    /// <summary>
    /// The items printed as the language prints them, separated by <paramref name="delimiter"/>;
    /// <paramref name="function"/>, when given, transforms each item's text first.
    /// </summary>
    public static string Join(TemplateContext context, SourceSpan span, IEnumerable? list, string? delimiter, IScriptFunction? function = null)
    {
        if (list is null) return string.Empty;
        var texts = Items(list).Select(item =>
        {
            var text = context.ObjectToString(item);
            return function is null ? text : context.ObjectToString(context.Call(span, function, text));
        });
        return string.Join(delimiter ?? string.Empty, texts);
    }

    /// <summary>The first <paramref name="count"/> items; null stays null.</summary>
    public static ScriptArray? Limit(IEnumerable? list, int count) =>
        list is null ? null : new ScriptArray(Items(list).Take(Math.Max(count, 0)));

    /// <summary>The value of <paramref name="member"/> for each item that has it.</summary>
    public static ScriptArray Map(TemplateContext context, IEnumerable? list, string? member)
    {
        var result = new ScriptArray();
        if (member is null) return result;
        foreach (var item in Items(list))
        {
            if (Members.TryGet(context, item, member, out var value)) result.Add(value);
        }
        return result;
    }

    /// <summary>The items after the first <paramref name="index"/>; a negative index keeps them all; null stays null.</summary>
    public static ScriptArray? Offset(IEnumerable? list, int index) =>
        list is null ? null : new ScriptArray(Items(list).Skip(Math.Max(index, 0)));

    /// <summary>A new list without the item at <paramref name="index"/>; a negative index counts from the end.</summary>
    public static ScriptArray RemoveAt(IEnumerable? list, int index)
    {
        var result = Copy(list);
        if (index < 0) index += result.Count;
        if (index >= 0 && index < result.Count) result.RemoveAt(index);
        return result;
    }

    public static ScriptArray Reverse(IEnumerable? list)
    {
        var result = Copy(list);
        result.Reverse();
        return result;
    }

    public static int Size(IEnumerable? list) => list switch
    {
        null => 0,
        ICollection collection => collection.Count,
        _ => Items(list).Count(),
    };

    /// <summary>
    /// The items in ascending order of their value, or of the value of <paramref name="member"/>
    /// in each item. The sort is stable. A single value that is not a list sorts to a list of itself.
    /// </summary>
    public static ScriptArray Sort(TemplateContext context, object? list, string? member = null)
    {
        if (list is null) return new ScriptArray();
        if (list is string || list is not IEnumerable items) return new ScriptArray { list };
        var order = ValueOrder.Instance;
        IEnumerable<object?> sorted = string.IsNullOrEmpty(member)
            ? Items(items).OrderBy(item => item, order)
            : Items(items).OrderBy(item => Members.TryGet(context, item, member, out var value) ? value : null, order);
        return new ScriptArray(sorted);
    }

    /// <summary>The items without repeats, in first-seen order; null stays null.</summary>
    public static ScriptArray? Uniq(IEnumerable? list) =>
        list is null ? null : new ScriptArray(Items(list).Distinct(ValueOrder.Instance));

    public static bool Contains(IEnumerable? list, object? item) =>
        list is not null && Items(list).Contains(item, ValueOrder.Instance);

    private static IEnumerable<object?> Items(IEnumerable? list) => list?.Cast<object?>() ?? [];

    private static ScriptArray Copy(IEnumerable? list) => new(Items(list));
}
