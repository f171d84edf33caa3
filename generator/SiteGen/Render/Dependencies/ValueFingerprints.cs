using System.Collections;
using System.Globalization;
using System.Runtime.CompilerServices;
using Scriban.Runtime;
using SiteGen.Render.Templates;

namespace SiteGen.Render.Dependencies;

/// <summary>
/// Fingerprints of the values templates are given. A view with an identity counts by its key only
/// (what a page reads of it is tracked apart); everything else counts whole, however deep.
/// </summary>
internal sealed class ValueFingerprints(ViewIndex views)
{
    // Deeper than any view graph the site builds; past it, a cycle is assumed and cut.
    private const int MaxDepth = 64;

    // Bodies and structured data are the same string objects from build to build while their article is
    // unchanged: their fingerprints are remembered for as long as the strings live.
    private const int LongText = 512;
    private static readonly ConditionalWeakTable<string, StrongBox<ulong>> LongTexts = new();
    private static readonly ConditionalWeakTable<Model.CompactText, StrongBox<ulong>> CompactTexts = new();
    private static readonly ConditionalWeakTable<IEnumerable, StrongBox<ulong>> Lists = new();
    private static readonly ConditionalWeakTable<object, StrongBox<ulong>> Records = new();
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<Type, bool> RecordTypes = new();

    public ulong Of(object? value)
    {
        var fingerprint = Fingerprint.Create();
        Add(ref fingerprint, value, 0);
        return fingerprint.Value;
    }

    /// <summary>Every member of an object with an identity, as a page that enumerates or prints it sees them.</summary>
    public ulong OfMembers(object view) => OfMembers(view, 0);

    /// <param name="listItem">True for an item of a list: the records worth remembering are items of lists kept from build to build.</param>
    private void Add(ref Fingerprint fingerprint, object? value, int depth, bool listItem = false)
    {
        if (depth > MaxDepth)
        {
            fingerprint.Add(-2);
            return;
        }
        switch (value)
        {
            case null:
                fingerprint.Add(0);
                return;
            case string text:
                fingerprint.Add(1);
                if (text.Length < LongText) fingerprint.Add(text);
                else fingerprint.Add((long)LongTexts.GetValue(text, t => new StrongBox<ulong>(Fingerprint.Of(t))).Value);
                return;
            case Model.CompactText compact:
                fingerprint.Add(17);
                fingerprint.Add((long)CompactTexts.GetValue(compact, t => new StrongBox<ulong>(t.IsUtf8
                    ? Fingerprint.Of(t.Utf8Bytes) : Fingerprint.Of(t.ToString()))).Value);
                return;
            case bool flag:
                fingerprint.Add(flag ? 3 : 2);
                return;
            case int or long or short or byte or uint or ulong or ushort or sbyte:
                fingerprint.Add(4);
                fingerprint.Add(Convert.ToInt64(value, CultureInfo.InvariantCulture));
                return;
            case double or float or decimal:
                fingerprint.Add(5);
                fingerprint.Add(Convert.ToString(value, CultureInfo.InvariantCulture));
                return;
            case DateTime time:
                fingerprint.Add(6);
                fingerprint.Add(time.Ticks);
                return;
            case DateTimeOffset time:
                fingerprint.Add(7);
                fingerprint.Add(time.UtcTicks);
                fingerprint.Add(time.Offset.Ticks);
                return;
            case Enum:
                fingerprint.Add(8);
                fingerprint.Add(value.ToString());
                return;
        }
        if (views.KeyOf(value) is { } key)
        {
            fingerprint.Add(9);
            fingerprint.Add(key);
            return;
        }
        switch (value)
        {
            case IDictionary<string, object?> dictionary:
                fingerprint.Add(10);
                foreach (var (name, item) in dictionary) AddPair(ref fingerprint, name, item, depth);
                fingerprint.Add(11);
                return;
            case IDictionary dictionary:
                fingerprint.Add(10);
                var entries = dictionary.GetEnumerator();
                while (entries.MoveNext()) AddPair(ref fingerprint, entries.Key.ToString() ?? "", entries.Value, depth);
                fingerprint.Add(11);
                return;
            case ScriptArray array:
                // Templates may change script arrays: fingerprinted afresh each time.
                fingerprint.Add(16);
                fingerprint.Add((long)OfItems(array, depth));
                return;
            case IEnumerable items:
                fingerprint.Add(12);
                // Lists of records made once per document (a table of contents, its questions) are the same
                // objects build after build; lists of views are made by every build and cheap to go through.
                fingerprint.Add((long)(items is IList { Count: > 0 } list && list[0] is { } first && IsRecord(first.GetType())
                    ? Lists.GetValue(items, kept => new StrongBox<ulong>(OfItems(kept, depth))).Value
                    : OfItems(items, depth)));
                return;
        }
        fingerprint.Add(14);
        fingerprint.Add(value.GetType().FullName);
        // Records cannot change once made: one kept from an earlier build (a FAQ item) is fingerprinted once.
        // Only list items are remembered: each remembered object costs a shared table entry, and the
        // other records (a page's info) are made anew by every build.
        if (listItem && IsRecord(value.GetType())) fingerprint.Add((long)Records.GetValue(value, record => new StrongBox<ulong>(OfMembers(record, depth))).Value);
        else AddMembers(ref fingerprint, value, depth);
    }

    private ulong OfMembers(object value, int depth)
    {
        var fingerprint = Fingerprint.Create();
        AddMembers(ref fingerprint, value, depth);
        return fingerprint.Value;
    }

    [System.Diagnostics.CodeAnalysis.UnconditionalSuppressMessage("Trimming", "IL2070", Justification = "The native build trims partially: SiteGen's own records keep their compiler-made Clone method.")]
    private static bool IsRecord(Type type) => RecordTypes.GetOrAdd(type, static t => t.GetMethod("<Clone>$") is not null);

    private ulong OfItems(IEnumerable items, int depth)
    {
        var fingerprint = Fingerprint.Create();
        foreach (object? item in items) Add(ref fingerprint, item, depth + 1, listItem: true);
        return fingerprint.Value;
    }

    private void AddMembers(ref Fingerprint fingerprint, object value, int depth)
    {
        foreach (var (name, item) in ViewTypes.Members(value.GetType()).TrackedValues(value)) AddPair(ref fingerprint, name, item, depth);
        fingerprint.Add(15);
    }

    private void AddPair(ref Fingerprint fingerprint, string name, object? item, int depth)
    {
        fingerprint.Add(name);
        Add(ref fingerprint, item, depth + 1);
    }
}
