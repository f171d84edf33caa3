namespace SiteGen.Build;

/// <summary>How long one stage of a build took: on the clock, in processor time over all threads, and what it cost
/// the garbage collector (bytes allocated, time the program was paused for collections).</summary>
/// <remarks>Processor time tells a stage's cost apart from a busy machine's waiting: on a shared CI runner the wall time varies, the processor time much less.</remarks>
public sealed record StageTiming(string Stage, TimeSpan Elapsed, TimeSpan ProcessorTime, long Allocated = 0, TimeSpan CollectorPause = default);
