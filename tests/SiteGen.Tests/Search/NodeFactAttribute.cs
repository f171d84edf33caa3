namespace SiteGen.Tests.Search;

/// <summary>A test that runs JavaScript with node; skipped, saying so, where node is not installed.</summary>
public sealed class NodeFactAttribute : FactAttribute
{
    public NodeFactAttribute()
    {
        if (NodeRunner.Executable is null) Skip = "node is not on PATH: install Node.js (apt-get install -y nodejs) to compare the JavaScript search code with the C# one.";
    }
}
