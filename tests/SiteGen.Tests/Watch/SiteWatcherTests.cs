using System.Collections.Concurrent;
using SiteGen.Tests.Render;
using SiteGen.Watch;

namespace SiteGen.Tests.Watch;

public class SiteWatcherTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task Reports_changes_below_the_folder_but_not_editor_temp_files()
    {
        using var folder = new TempFolder();
        string articles = Directory.CreateDirectory(Path.Combine(folder.Root, "articles")).FullName;
        var reported = new ConcurrentQueue<string>();
        using var watcher = new SiteWatcher([folder.Root], reported.Enqueue);

        foreach (string temp in new[] { ".trust.md.swp", "4913", ".#trust.md", "trust.md~" })
            File.WriteAllText(Path.Combine(articles, temp), "x");
        string article = Path.Combine(articles, "trust.md");
        File.WriteAllText(article, "---\ntitle: Trust\n---\n");
        await WaitUntilAsync(() => reported.Contains(article));

        Assert.All(reported, path => Assert.False(EditorTempFiles.IsTemporary(path), path + " was reported"));
    }

    [Fact]
    public async Task A_save_as_vim_does_it_gives_one_rebuild()
    {
        using var folder = new TempFolder();
        string article = Path.Combine(folder.Root, "trust.md");
        File.WriteAllText(article, "old");
        int rebuilds = 0;
        await using var loop = new RebuildLoop((_, _) => { Interlocked.Increment(ref rebuilds); return Task.CompletedTask; }, e => throw e, TimeSpan.FromMilliseconds(100), TimeSpan.FromSeconds(5));
        using var watcher = new SiteWatcher([folder.Root], loop.Notify);

        // vim's default save: probe the folder, keep a backup, write the file anew, drop the backup.
        File.WriteAllText(Path.Combine(folder.Root, "4913"), "");
        File.Delete(Path.Combine(folder.Root, "4913"));
        File.Move(article, article + "~");
        File.WriteAllText(article, "new");
        File.Delete(article + "~");
        File.WriteAllText(Path.Combine(folder.Root, ".trust.md.swp"), "state");
        await WaitUntilAsync(() => Volatile.Read(ref rebuilds) > 0);
        await Task.Delay(600);

        Assert.Equal(1, rebuilds);
    }

    [Fact]
    public void Folders_that_do_not_exist_are_skipped()
    {
        using var folder = new TempFolder();

        using var watcher = new SiteWatcher([folder.Root, Path.Combine(folder.Root, "missing")], _ => { });

        Assert.Equal([Path.GetFullPath(folder.Root)], watcher.Folders);
    }

    [Fact]
    public async Task A_folder_deleted_and_made_again_is_watched_again()
    {
        using var folder = new TempFolder();
        string content = Directory.CreateDirectory(Path.Combine(folder.Root, "content")).FullName;
        var reported = new ConcurrentQueue<string>();
        using var watcher = new SiteWatcher([content], reported.Enqueue);

        Directory.Delete(content, recursive: true);
        Directory.CreateDirectory(Path.Combine(content, "articles"));
        await WaitUntilAsync(() => watcher.Folders.Count == 1);
        string article = Path.Combine(content, "articles", "trust.md");
        await Task.Delay(100);
        File.WriteAllText(article, "new");

        await WaitUntilAsync(() => reported.Contains(article));
    }

    [Fact]
    public async Task A_folder_that_appears_later_is_watched_from_then()
    {
        using var folder = new TempFolder();
        string themes = Path.Combine(folder.Root, "themes");
        var reported = new ConcurrentQueue<string>();
        using var watcher = new SiteWatcher([themes], reported.Enqueue);
        Assert.Empty(watcher.Folders);

        Directory.CreateDirectory(themes);
        await WaitUntilAsync(() => watcher.Folders.Count == 1);
        await Task.Delay(100);
        string file = Path.Combine(themes, "theme.yml");
        File.WriteAllText(file, "name: x");

        await WaitUntilAsync(() => reported.Contains(file));
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        using var timeout = new CancellationTokenSource(Patience);
        while (!condition()) await Task.Delay(10, timeout.Token);
    }
}
