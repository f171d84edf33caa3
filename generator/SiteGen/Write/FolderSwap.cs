using System.Runtime.InteropServices;

namespace SiteGen.Write;

/// <summary>
/// Puts a new folder in the place of an existing one so that at every instant the place holds one of them, whole.
/// On Linux one renameat2(RENAME_EXCHANGE) swaps the two names at once. Elsewhere, or on a file system that cannot
/// exchange, the old folder is renamed away and the new one in; a build killed between the two renames leaves the old
/// folder beside the place, and <see cref="Recover"/> puts it back before the next build.
/// </summary>
internal static partial class FolderSwap
{
    private const int AtFdCwd = -100;
    private const uint RenameExchange = 2;

    [LibraryImport("libc", EntryPoint = "renameat2", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int RenameAt2(int oldDirectory, string oldPath, int newDirectory, string newPath, uint flags);

    private static bool _exchangeMissing = !OperatingSystem.IsLinux();

    /// <summary>Swaps <paramref name="replacement"/> into <paramref name="place"/>; the old folder ends at <paramref name="replacement"/>'s path.</summary>
    public static void Exchange(string replacement, string place, string oldAside)
    {
        if (TryExchange(replacement, place)) return;
        Directory.Move(place, oldAside);
        try
        {
            Directory.Move(replacement, place);
        }
        catch
        {
            Directory.Move(oldAside, place);
            throw;
        }
        Directory.Move(oldAside, replacement);
    }

    private static bool TryExchange(string a, string b)
    {
        if (_exchangeMissing) return false;
        try
        {
            if (RenameAt2(AtFdCwd, a, AtFdCwd, b, RenameExchange) == 0) return true;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            _exchangeMissing = true;
        }
        return false; // EINVAL or ENOSYS: this file system (or kernel) cannot exchange; the two renames do it
    }

    /// <summary>
    /// When <paramref name="place"/> is missing but an old folder set aside for it is there, a build was killed between its
    /// two renames: the old folder goes back. Called with the output's lock held, so no running build is mid-swap.
    /// </summary>
    public static void Recover(string place, IEnumerable<string> setAside)
    {
        if (Directory.Exists(place) || File.Exists(place)) return;
        if (setAside.OrderByDescending(Directory.GetLastWriteTimeUtc).FirstOrDefault() is { } newest)
            Directory.Move(newest, place);
    }
}
