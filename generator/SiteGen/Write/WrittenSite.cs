using SiteGen.Load;

namespace SiteGen.Write;

/// <summary>
/// What is in an output folder SiteGen wrote, file by file: a fingerprint of each generated file's
/// bytes, and the stamp of the source each copied file came from. The next update of the folder
/// writes only what differs and deletes what the site no longer has.
/// </summary>
public sealed record WrittenSite(IReadOnlyDictionary<string, ulong> Generated, IReadOnlyDictionary<string, FileStamp> Copied);
