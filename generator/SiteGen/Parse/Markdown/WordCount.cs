using System.Numerics;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace SiteGen.Parse.Markdown;

/// <summary>Counts words: runs of characters that are not white space (<see cref="char.IsWhiteSpace"/>).</summary>
public static class WordCount
{
    /// <summary>The words that start in <paramref name="text"/>; <paramref name="inWord"/> carries whether the
    /// text before ended inside a word, so text given in pieces counts as if whole.</summary>
    public static int Of(ReadOnlySpan<char> text, ref bool inWord)
    {
        int count = 0;
        int i = 0;
        // Prose is mostly ASCII, where white space is tab to carriage return and space: eight characters at a
        // time, a word starting at each non-space after a space. Blocks with other characters go one by one.
        if (Vector128.IsHardwareAccelerated)
        {
            var chars = MemoryMarshal.Cast<char, ushort>(text);
            for (; i + Vector128<ushort>.Count <= chars.Length; i += Vector128<ushort>.Count)
            {
                var block = Vector128.Create(chars.Slice(i, Vector128<ushort>.Count));
                if ((block & Vector128.Create((ushort)0xFF80)) != Vector128<ushort>.Zero)
                {
                    for (int j = i; j < i + Vector128<ushort>.Count; j++) Step(text[j], ref inWord, ref count);
                    continue;
                }
                var space = Vector128.Equals(block, Vector128.Create((ushort)' '))
                    | Vector128.LessThanOrEqual(block - Vector128.Create((ushort)'\t'), Vector128.Create((ushort)('\r' - '\t')));
                uint spaces = space.ExtractMostSignificantBits();
                uint words = ~spaces & ((1u << Vector128<ushort>.Count) - 1);
                uint afterSpace = (spaces << 1) | (inWord ? 0u : 1u);
                count += BitOperations.PopCount(words & afterSpace);
                inWord = (words >> (Vector128<ushort>.Count - 1)) != 0;
            }
        }
        for (; i < text.Length; i++) Step(text[i], ref inWord, ref count);
        return count;
    }

    private static void Step(char c, ref bool inWord, ref int count)
    {
        bool wordChar = !char.IsWhiteSpace(c);
        if (wordChar && !inWord) count++;
        inWord = wordChar;
    }
}
