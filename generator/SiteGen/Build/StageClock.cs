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
        try
        {
            return run();
        }
        finally
        {
            _timings.Add(new StageTiming(stage, Stopwatch.GetElapsedTime(start)));
        }
    }

    public void Time(string stage, Action run) => Time(stage, () => { run(); return 0; });
}
