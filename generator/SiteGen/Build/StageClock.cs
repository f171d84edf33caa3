using System.Diagnostics;

namespace SiteGen.Build;

/// <summary>Runs the stages of a build one after another, timing each and telling an observer when one starts.</summary>
public sealed class StageClock(Action<string>? started)
{
    private readonly List<StageTiming> _timings = [];

    public IReadOnlyList<StageTiming> Timings => _timings;

    public T Time<T>(string stage, Func<T> run)
    {
        started?.Invoke(stage);
        long start = Stopwatch.GetTimestamp();
        var processorStart = ProcessorTime();
        long allocatedStart = GC.GetTotalAllocatedBytes();
        var pauseStart = GC.GetTotalPauseDuration();
        try
        {
            return run();
        }
        finally
        {
            _timings.Add(new StageTiming(stage, Stopwatch.GetElapsedTime(start), ProcessorTime() - processorStart,
                GC.GetTotalAllocatedBytes() - allocatedStart, GC.GetTotalPauseDuration() - pauseStart));
        }
    }

    // Stages run one after another, so the process's processor time between two points is the stage's.
    private static TimeSpan ProcessorTime()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime;
    }

    public void Time(string stage, Action run) => Time(stage, () => { run(); return 0; });
}
