namespace SiteGen.Tests.Cli;

/// <summary>
/// A test that packs the Native AOT tool, which needs clang and zlib (generator/install-native-prerequisites.sh
/// installs them; .ci/run does). Where they are missing the test is skipped, saying why; under CI (CI=true) it
/// always runs, so CI never passes without it.
/// </summary>
public sealed class NativeToolFactAttribute : FactAttribute
{
    public NativeToolFactAttribute()
    {
        bool ci = string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
        if (!ci && (Support.ProgramPath.Find("clang") is null || !File.Exists("/usr/include/zlib.h")))
            Skip = "the native tool package needs clang and zlib (run generator/install-native-prerequisites.sh)";
    }
}
