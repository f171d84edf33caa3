using System.Collections.Concurrent;
using SiteGen.Watch;

namespace SiteGen.Tests.Watch;

public class RebuildLoopTests
{
    private static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(100);
    private static readonly TimeSpan Cap = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan Settle = TimeSpan.FromMilliseconds(600);
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    /// <summary>Records each rebuild's changes and how many ran at once; the first can be held open.</summary>
    private sealed class Rebuilds
    {
        private int _running;

        public ConcurrentQueue<IReadOnlyList<string>> Batches { get; } = new();
        public ConcurrentQueue<Exception> Failures { get; } = new();
        public TaskCompletionSource FirstStarted { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
        public TaskCompletionSource ReleaseFirst { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
        public int MostAtOnce { get; private set; }
        public Func<int, bool> Throws { get; init; } = _ => false;

        public async Task RunAsync(IReadOnlyList<string> changed, CancellationToken stop)
        {
            int now = Interlocked.Increment(ref _running);
            MostAtOnce = Math.Max(MostAtOnce, now);
            Batches.Enqueue(changed);
            try
            {
                if (Batches.Count == 1)
                {
                    FirstStarted.TrySetResult();
                    await ReleaseFirst.Task;
                }
                if (Throws(Batches.Count)) throw new InvalidOperationException("rebuild " + Batches.Count + " broke");
            }
            finally
            {
                Interlocked.Decrement(ref _running);
            }
        }

        public async Task WaitForAsync(int count)
        {
            using var timeout = new CancellationTokenSource(Patience);
            while (Batches.Count < count) await Task.Delay(10, timeout.Token);
        }
    }

    [Fact]
    public async Task A_burst_of_changes_gives_one_rebuild_with_every_path()
    {
        var rebuilds = new Rebuilds();
        rebuilds.ReleaseFirst.SetResult();
        await using var loop = new RebuildLoop(rebuilds.RunAsync, rebuilds.Failures.Enqueue, Quiet, Cap);

        for (int i = 0; i < 300; i++) loop.Notify($"content/articles/{i % 150}.md");
        await rebuilds.WaitForAsync(1);
        await Task.Delay(Settle);

        var batch = Assert.Single(rebuilds.Batches);
        Assert.Equal(150, batch.Count);
        Assert.Empty(rebuilds.Failures);
    }

    [Fact]
    public async Task Changes_during_a_rebuild_give_exactly_one_more_and_rebuilds_never_overlap()
    {
        var rebuilds = new Rebuilds();
        await using var loop = new RebuildLoop(rebuilds.RunAsync, rebuilds.Failures.Enqueue, Quiet, Cap);

        loop.Notify("content/articles/first.md");
        await rebuilds.FirstStarted.Task.WaitAsync(Patience);
        for (int i = 0; i < 20; i++)
        {
            loop.Notify($"content/articles/during-{i}.md");
            // Spread over longer than the quiet period: still one rebuild, since the first has not ended.
            if (i % 5 == 0) await Task.Delay(Quiet);
        }
        rebuilds.ReleaseFirst.SetResult();
        await rebuilds.WaitForAsync(2);
        await Task.Delay(Settle);

        Assert.Equal(2, rebuilds.Batches.Count);
        Assert.Equal(20, rebuilds.Batches.Last().Count);
        Assert.Equal(1, rebuilds.MostAtOnce);
    }

    [Fact]
    public async Task A_rebuild_that_throws_is_reported_and_the_next_change_still_rebuilds()
    {
        var rebuilds = new Rebuilds { Throws = n => n == 1 };
        rebuilds.ReleaseFirst.SetResult();
        await using var loop = new RebuildLoop(rebuilds.RunAsync, rebuilds.Failures.Enqueue, Quiet, Cap);

        loop.Notify("content/site.yml");
        await rebuilds.WaitForAsync(1);
        await Task.Delay(Settle);
        loop.Notify("content/site.yml");
        await rebuilds.WaitForAsync(2);

        Assert.Equal("rebuild 1 broke", Assert.Single(rebuilds.Failures).Message);
    }

    [Fact]
    public async Task A_file_saved_in_place_rebuilds_after_the_short_quiet_and_a_missing_one_after_the_long()
    {
        string folder = Directory.CreateTempSubdirectory("sitegen-loop-").FullName;
        try
        {
            string saved = Path.Combine(folder, "saved.md");
            File.WriteAllText(saved, "# Saved");
            var rebuilds = new Rebuilds();
            rebuilds.ReleaseFirst.SetResult();
            var longQuiet = TimeSpan.FromSeconds(3);
            await using var loop = new RebuildLoop(rebuilds.RunAsync, rebuilds.Failures.Enqueue, longQuiet, TimeSpan.FromSeconds(30), settled: TimeSpan.FromMilliseconds(1));

            var started = System.Diagnostics.Stopwatch.StartNew();
            loop.Notify(saved);
            await rebuilds.WaitForAsync(1);
            Assert.True(started.Elapsed < longQuiet, $"the saved file waited {started.Elapsed}");

            loop.Notify(Path.Combine(folder, "moved-away.md"));
            await Task.Delay(Settle);
            Assert.Single(rebuilds.Batches);
            await rebuilds.WaitForAsync(2);
            Assert.Equal([Path.Combine(folder, "moved-away.md")], rebuilds.Batches.Last());
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
