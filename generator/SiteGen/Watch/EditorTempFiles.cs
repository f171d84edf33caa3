namespace SiteGen.Watch;

/// <summary>
/// Files editors and tools write beside the real ones while saving. A change to them is not a change
/// to the site, and rebuilding for them would only add rebuilds to every save.
/// </summary>
public static class EditorTempFiles
{
    public static bool IsTemporary(string path)
    {
        string name = Path.GetFileName(path.TrimEnd('/', '\\'));
        return name.Length == 0
            || name == "4913" // vim probes whether it may write in the folder with this name
            || name.EndsWith('~') // vim, emacs and gedit backups
            || name.StartsWith(".#", StringComparison.Ordinal) // emacs lock files
            || (name.StartsWith('#') && name.EndsWith('#')) // emacs auto-saves
            || IsVimSwap(name)
            || name.EndsWith("___jb_tmp___", StringComparison.Ordinal) || name.EndsWith("___jb_old___", StringComparison.Ordinal) // JetBrains safe write
            || name is ".DS_Store" or "Thumbs.db";
    }

    // .swp, then .swo, .swn ... as vim finds earlier swap files taken; .swx when it probes.
    private static bool IsVimSwap(string name)
    {
        string extension = Path.GetExtension(name);
        return extension.Length == 4 && extension.StartsWith(".sw", StringComparison.Ordinal) && char.IsAsciiLetterLower(extension[3]);
    }
}
