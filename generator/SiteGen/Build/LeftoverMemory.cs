using System.Runtime;

namespace SiteGen.Build;

/// <summary>
/// Gives the system back the memory of what a large build's last stage left behind. The parsed Markdown, once the
/// model is built, and the whole model, once the pages are rendered, die at once: gigabytes on a site of a hundred
/// thousand articles. The collector's own pace would find them only after the next stage had grown the heap on top
/// of them, and the build's peak would be both at once.
/// </summary>
internal static class LeftoverMemory
{
    // Below this, the collector's own pace costs less than a full collection: a site of ten thousand articles stays under it.
    private const long LargeHeap = 1L << 30;

    public static void Release()
    {
        if (GC.GetTotalMemory(forceFullCollection: false) < LargeHeap) return;
        GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
    }
}
