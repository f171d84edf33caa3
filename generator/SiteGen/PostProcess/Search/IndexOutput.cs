using System.Security.Cryptography;
using System.Text;
using SiteGen.Write;

namespace SiteGen.PostProcess.Search;

/// <summary>
/// The files of one index as they are made, each added to the build id in the order it is made. A build hands
/// each file on at once (to its staging folder): a large site's section files are the size of its text, and
/// would otherwise all wait in memory for the last one.
/// </summary>
internal sealed class IndexOutput(Action<OutputFile> handOn) : IDisposable
{
    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private readonly List<string> _paths = [];

    public IReadOnlyList<string> Paths => _paths;

    public void Add(OutputFile file)
    {
        _hash.AppendData(Encoding.UTF8.GetBytes(file.Path + "\n"));
        _hash.AppendData(file.Content.Span);
        AddUnhashed(file);
    }

    /// <summary>Adds files made in any order, in the order of <paramref name="files"/>.</summary>
    public void AddRange(IEnumerable<OutputFile> files)
    {
        foreach (var file in files) Add(file);
    }

    /// <summary>
    /// Makes a file for each item on every core and adds them in the items' order, a few runs of files at a
    /// time, so that the files waiting to be added stay few.
    /// </summary>
    public void AddMade(int count, Func<int, OutputFile> make)
    {
        int run = Environment.ProcessorCount * 8;
        for (int start = 0; start < count; start += run)
            AddRange(Enumerable.Range(start, Math.Min(run, count - start)).AsParallel().AsOrdered().Select(make).ToList());
    }

    /// <summary>A hash of the files added so far: the browser adds it to their URLs so a new build is never mixed with a cached old one.</summary>
    public string BuildId() => Convert.ToHexStringLower(_hash.GetCurrentHash())[..12];

    /// <summary>Adds a file that the build id does not cover (the manifest, which holds it).</summary>
    public void AddUnhashed(OutputFile file)
    {
        _paths.Add(file.Path);
        handOn(file);
    }

    public void Dispose() => _hash.Dispose();
}
