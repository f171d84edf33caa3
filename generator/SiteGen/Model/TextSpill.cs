using System.Buffers;
using System.Text;
using System.Text.Unicode;
using Microsoft.Win32.SafeHandles;

namespace SiteGen.Model;

/// <summary>
/// A temporary file for the text a large build holds from one stage to a later one: every article's body from the
/// Markdown stage until the last page renders, every page's searchable text until the index is written. At 100,000
/// articles that text is over two gigabytes, the larger part of the build's peak memory; in a file the system
/// keeps what fits in its cache and the build's own memory stays flat. Text goes to memory as usual until
/// <c>budget</c> bytes are kept there, and to the file after, so that sites of ordinary size never touch it.
/// Safe to use from many threads. The file is made when first needed and deleted when the spill is disposed (on Unix
/// at once: it never has a name for long). Where no file can be made, the text stays in memory.
/// </summary>
/// <param name="budget">UTF-8 bytes kept in memory before text goes to the file.</param>
/// <param name="folder">Where the file goes; the system's temporary folder when null.</param>
public sealed class TextSpill(long budget, string? folder = null) : IDisposable
{
    private readonly Lock _opening = new();
    private SafeFileHandle? _file;
    private bool _unavailable;
    private long _kept;
    private long _end;

    /// <summary>What a build keeps in memory before spilling: more than the text of 10,000 articles, which never touch the file.</summary>
    public const long DefaultBudget = 256L << 20;

    /// <summary>Bytes written to the file so far.</summary>
    public long Spilled => Interlocked.Read(ref _end);

    /// <summary>The text, in memory while the budget lasts and in the file after.</summary>
    public CompactText Keep(ReadOnlySpan<char> text)
    {
        int length = Encoding.UTF8.GetByteCount(text);
        if (Interlocked.Add(ref _kept, length) <= budget || File() is not { } file) return new CompactText(text);
        var bytes = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            // Text with no exact UTF-8 form (a lone surrogate) stays in memory, as a string.
            if (Utf8.FromUtf16(text, bytes, out _, out int written, replaceInvalidSequences: false) != OperationStatus.Done) return new CompactText(text);
            return Write(file, bytes.AsSpan(0, written));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bytes);
        }
    }

    /// <summary>Text already compact, as <see cref="Keep(ReadOnlySpan{char})"/> keeps it: itself while the budget lasts.</summary>
    public CompactText Keep(CompactText text)
    {
        // Already in the file, or with no UTF-8 form to write.
        if (text.IsSpilled || !text.IsUtf8) return text;
        var bytes = text.Utf8Bytes;
        if (Interlocked.Add(ref _kept, bytes.Length) <= budget || File() is not { } file) return text;
        return Write(file, bytes);
    }

    private CompactText Write(SafeFileHandle file, ReadOnlySpan<byte> utf8)
    {
        long offset = Interlocked.Add(ref _end, utf8.Length) - utf8.Length;
        RandomAccess.Write(file, utf8, offset);
        return new CompactText(this, offset, utf8.Length);
    }

    private SafeFileHandle? File()
    {
        if (Volatile.Read(ref _file) is { } open) return open;
        lock (_opening)
        {
            if (_file is not null || _unavailable) return _file;
            string path = Path.Combine(folder ?? Path.GetTempPath(), $"sitegen-{Guid.NewGuid():N}.spill");
            try
            {
                var file = System.IO.File.OpenHandle(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, FileOptions.DeleteOnClose);
                // Nothing is left behind by a build that is killed.
                if (!OperatingSystem.IsWindows()) System.IO.File.Delete(path);
                Volatile.Write(ref _file, file);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                _unavailable = true;
            }
            return _file;
        }
    }

    internal void Read(long offset, Span<byte> into)
    {
        while (!into.IsEmpty)
        {
            int read = RandomAccess.Read(_file!, into, offset);
            if (read == 0) throw new EndOfStreamException("The spill file is shorter than the text kept in it.");
            into = into[read..];
            offset += read;
        }
    }

    internal byte[] ReadCopy(long offset, int length)
    {
        var bytes = new byte[length];
        Read(offset, bytes);
        return bytes;
    }

    public void Dispose() => _file?.Dispose();
}
