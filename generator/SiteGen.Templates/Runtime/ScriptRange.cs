using System.Collections;

namespace SiteGen.Templates.Runtime;

/// <summary>The value of <c>a..b</c> / <c>a..&lt;b</c>: a lazy run of integers, ascending or descending.</summary>
public sealed class ScriptRange : IReadOnlyList<object?>, IList
{
    private readonly long _start;
    private readonly int _step;

    public ScriptRange(long start, long end, bool inclusive)
    {
        _start = start;
        _step = end >= start ? 1 : -1;
        var span = Math.Abs(end - start) + (inclusive ? 1 : 0);
        Count = (int)Math.Max(0, Math.Min(span, int.MaxValue));
    }

    public int Count { get; }

    public object? this[int index] => Value(index);

    private object Value(int index)
    {
        var value = _start + (long)index * _step;
        return value is >= int.MinValue and <= int.MaxValue ? (int)value : value;
    }

    public IEnumerator<object?> GetEnumerator()
    {
        for (var i = 0; i < Count; i++) yield return Value(i);
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    object? IList.this[int index] { get => Value(index); set => throw new NotSupportedException(); }
    bool IList.IsFixedSize => true;
    bool IList.IsReadOnly => true;
    bool ICollection.IsSynchronized => false;
    object ICollection.SyncRoot => this;
    int IList.Add(object? value) => throw new NotSupportedException();
    void IList.Clear() => throw new NotSupportedException();
    bool IList.Contains(object? value) => ((IList)this).IndexOf(value) >= 0;
    int IList.IndexOf(object? value)
    {
        for (var i = 0; i < Count; i++) if (Equals(Value(i), value)) return i;
        return -1;
    }
    void IList.Insert(int index, object? value) => throw new NotSupportedException();
    void IList.Remove(object? value) => throw new NotSupportedException();
    void IList.RemoveAt(int index) => throw new NotSupportedException();
    void ICollection.CopyTo(Array array, int index)
    {
        for (var i = 0; i < Count; i++) array.SetValue(Value(i), index + i);
    }
}
