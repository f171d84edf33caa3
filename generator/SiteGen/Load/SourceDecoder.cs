using System.Buffers;
using System.Text;
using System.Text.Unicode;
using SiteGen.Diagnostics;

namespace SiteGen.Load;

/// <summary>Turns a source file's bytes into text, refusing what an editor would not mean to publish.</summary>
public static class SourceDecoder
{
    /// <summary>Markdown and YAML sources above this size are refused: no real article is this long, and a
    /// runaway file (a pasted log, a binary renamed .md) would otherwise slow every build for everyone.</summary>
    public const int MaxSourceBytes = 5 * 1024 * 1024;

    /// <summary>The text of <paramref name="bytes"/> without a byte order mark, or null after adding an error.</summary>
    public static string? Decode(string displayPath, ReadOnlySpan<byte> bytes, ErrorList errors)
    {
        using var text = DecodePooled(displayPath, bytes, errors);
        return text?.ToString();
    }

    /// <summary>As <see cref="Decode"/>, into a pooled buffer the caller disposes.</summary>
    public static PooledText? DecodePooled(string displayPath, ReadOnlySpan<byte> bytes, ErrorList errors)
    {
        if (bytes.Length > MaxSourceBytes)
        {
            errors.Add(displayPath, 1, 1, TooLargeMessage(bytes.Length));
            return null;
        }
        if (bytes.StartsWith("\uFEFF"u8)) bytes = bytes[3..];
        if (bytes.IsEmpty || bytes.IndexOfAnyExcept(" \t\r\n"u8) < 0)
        {
            errors.Add(displayPath, 1, 1, "file is empty");
            return null;
        }

        // UTF-8 never takes fewer bytes than UTF-16 takes chars, so the buffer always holds the text.
        var text = new PooledText(bytes.Length);
        if (Utf8.ToUtf16(bytes, text.Buffer, out _, out int written, replaceInvalidSequences: false) == OperationStatus.Done)
        {
            text.Length = written;
            return text;
        }
        text.Dispose();
        var (line, column) = PositionOfFirstInvalidByte(bytes);
        errors.Add(displayPath, line, column, "file is not valid UTF-8 text; save it as UTF-8");
        return null;
    }

    public static string TooLargeMessage(long length) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"file is {length / (1024.0 * 1024.0):0.0} MB; Markdown and YAML sources are limited to {MaxSourceBytes / (1024 * 1024)} MB");

    private static (int Line, int Column) PositionOfFirstInvalidByte(ReadOnlySpan<byte> bytes)
    {
        int valid = 0;
        while (valid < bytes.Length)
        {
            var status = Utf8.ToUtf16(bytes[valid..], new char[4096], out int read, out _, replaceInvalidSequences: false);
            valid += read;
            if (status == OperationStatus.InvalidData || status == OperationStatus.NeedMoreData) break;
        }
        var before = bytes[..valid];
        int lineStart = before.LastIndexOf((byte)'\n') + 1;
        int line = before.Count((byte)'\n') + 1;
        int column = Encoding.UTF8.GetCharCount(before[lineStart..]) + 1;
        return (line, column);
    }
}
