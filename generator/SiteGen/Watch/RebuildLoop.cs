using System.Diagnostics;

namespace SiteGen.Watch;

/// <summary>
/// Turns change notifications into rebuilds: bursts are coalesced into one rebuild, and rebuilds never
/// overlap. Changes that arrive during a rebuild are gathered into exactly one more once it ends. A file
/// saved in place starts its rebuild after <see cref="DefaultSettled"/>, one moved away or deleted after
/// <see cref="DefaultQuiet"/> (see <see cref="ChangeCoalescer"/>).
/// </summary>
public sealed class RebuildLoop : IAsyncDisposable
{
    public static readonly TimeSpan DefaultQuiet = TimeSpan.FromMilliseconds(30);
    public static readonly TimeSpan DefaultCap = TimeSpan.FromMilliseconds(750);
    // An editor writes all it saves within a millisecond: the save of one file, or the files of a save-all,
    // is over once this passes without another change.
    public static readonly TimeSpan DefaultSettled = TimeSpan.FromMilliseconds(2);

    private readonly Func<IReadOnlyList<string>, CancellationToken, Task> _rebuild;
    private readonly Action<Exception> _failed;
    private readonly ChangeCoalescer _pending;
    private readonly SemaphoreSlim _wake = new(0, 1);
    private readonly Lock _gate = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly long _start = Stopwatch.GetTimestamp();
    private readonly Task _loop;
    private bool _woken;

    /// <param name="rebuild">Runs one rebuild for the changed paths; never called again before its task ends.</param>
    /// <param name="failed">Told of an exception a rebuild threw; the loop goes on with the next change.</param>
    /// <param name="settled">The quiet time while every changed path is in place; <paramref name="quiet"/> when only that is given.</param>
    public RebuildLoop(Func<IReadOnlyList<string>, CancellationToken, Task> rebuild, Action<Exception> failed, TimeSpan? quiet = null, TimeSpan? cap = null,
        TimeSpan? settled = null)
    {
        _rebuild = rebuild;
        _failed = failed;
        _pending = new ChangeCoalescer(quiet ?? DefaultQuiet, cap ?? DefaultCap, settled ?? quiet ?? DefaultSettled);
        _loop = Task.Run(() => RunAsync(_stop.Token));
    }

    /// <summary>Records a change; safe to call from any thread, at any rate.</summary>
    public void Notify(string path)
    {
        // Asked before the lock: a file system call, while other changes may be arriving.
        bool inPlace = Path.Exists(path);
        lock (_gate)
        {
            _pending.Add(path, Now(), inPlace);
            if (_woken) return;
            _woken = true;
        }
        _wake.Release();
    }

    private async Task RunAsync(CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            IReadOnlyList<string>? batch;
            TimeSpan? due;
            lock (_gate)
            {
                batch = _pending.TakeIfDue(Now());
                due = _pending.DueAt;
            }
            if (batch is not null)
            {
                await RebuildAsync(batch, stop);
                continue;
            }
            // Sleep until the burst may be over, or until a change arrives and moves that time.
            var wait = due is { } at ? Max(at - Now(), TimeSpan.FromMilliseconds(1)) : Timeout.InfiniteTimeSpan;
            if (await WaitAsync(wait, stop)) lock (_gate) _woken = false;
        }
    }

    private async Task RebuildAsync(IReadOnlyList<string> batch, CancellationToken stop)
    {
        try
        {
            await _rebuild(batch, stop);
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
        }
        catch (Exception e)
        {
            _failed(e);
        }
    }

    private async Task<bool> WaitAsync(TimeSpan wait, CancellationToken stop)
    {
        try
        {
            return await _wake.WaitAsync(wait, stop);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    private TimeSpan Now() => Stopwatch.GetElapsedTime(_start);

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;

    /// <summary>Stops watching for changes and waits for a running rebuild to end.</summary>
    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _loop;
        _stop.Dispose();
        _wake.Dispose();
    }
}
