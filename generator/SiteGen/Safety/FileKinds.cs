using System.Runtime.InteropServices;

namespace SiteGen.Safety;

/// <summary>What a directory entry is, asked without following a link and without opening it.</summary>
public enum FileKind { Regular, Directory, SymbolicLink, Fifo, CharacterDevice, BlockDevice, Socket, Missing }

/// <summary>
/// Tells a regular file from a FIFO, a device or a socket. .NET reports all of them as plain files, and opening a
/// FIFO blocks until something writes to it, reading /dev/zero never ends: the walk must know before it opens.
/// On Linux this is statx, whose layout is the same on every architecture; elsewhere .NET's own view.
/// </summary>
public static partial class FileKinds
{
    private const int AtFdCwd = -100;
    private const int AtSymlinkNoFollow = 0x100;
    private const uint StatxType = 0x1;
    private const int StatxSize = 256;
    private const int ModeOffset = 28;

    [LibraryImport("libc", EntryPoint = "statx", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static unsafe partial int Statx(int dirfd, string path, int flags, uint mask, byte* buffer);

    private static bool _statxMissing = !OperatingSystem.IsLinux();

    /// <summary>The kind of <paramref name="path"/> itself (a link is a link, not its target).</summary>
    public static FileKind Of(string path)
    {
        if (!_statxMissing && OfLinux(path) is { } kind) return kind;
        var info = new FileInfo(path);
        if (info.LinkTarget is not null) return FileKind.SymbolicLink;
        if (Directory.Exists(path)) return FileKind.Directory;
        return info.Exists ? FileKind.Regular : FileKind.Missing;
    }

    private static unsafe FileKind? OfLinux(string path)
    {
        byte* buffer = stackalloc byte[StatxSize];
        int result;
        try
        {
            result = Statx(AtFdCwd, path, AtSymlinkNoFollow, StatxType, buffer);
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            _statxMissing = true;
            return null;
        }
        if (result != 0) return FileKind.Missing;
        int mode = *(ushort*)(buffer + ModeOffset) & 0xF000;
        return mode switch
        {
            0x8000 => FileKind.Regular,
            0x4000 => FileKind.Directory,
            0xA000 => FileKind.SymbolicLink,
            0x1000 => FileKind.Fifo,
            0x2000 => FileKind.CharacterDevice,
            0x6000 => FileKind.BlockDevice,
            0xC000 => FileKind.Socket,
            _ => FileKind.Missing,
        };
    }

    [LibraryImport("libc", EntryPoint = "realpath", StringMarshalling = StringMarshalling.Utf8)]
    private static partial nint RealPathNative(string path, nint resolved);

    [LibraryImport("libc", EntryPoint = "free")]
    private static partial void Free(nint pointer);

    /// <summary>
    /// <paramref name="path"/> with every link on the way resolved, or null when it leads nowhere (a missing target, a loop).
    /// A link's own target may pass through other links: only the whole resolution says where it really is.
    /// </summary>
    public static string? RealPath(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            try
            {
                var target = File.ResolveLinkTarget(path, returnFinalTarget: true);
                string full = target?.FullName ?? Path.GetFullPath(path);
                return File.Exists(full) || Directory.Exists(full) ? Path.TrimEndingDirectorySeparator(full) : null;
            }
            catch (IOException)
            {
                return null;
            }
        }
        nint resolved = RealPathNative(path, 0);
        if (resolved == 0) return null;
        try
        {
            return Marshal.PtrToStringUTF8(resolved);
        }
        finally
        {
            Free(resolved);
        }
    }

    public static string Describe(FileKind kind) => kind switch
    {
        FileKind.Fifo => "a FIFO (named pipe)",
        FileKind.CharacterDevice => "a character device",
        FileKind.BlockDevice => "a block device",
        FileKind.Socket => "a socket",
        _ => "not a regular file",
    };
}
