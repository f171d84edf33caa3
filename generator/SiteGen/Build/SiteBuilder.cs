namespace SiteGen.Build;

/// <summary>Builds a site once, from scratch (<c>sitegen build</c>); see <see cref="BuildSession"/> for the stages.</summary>
public sealed class SiteBuilder
{
    /// <summary>Called with a stage's name as it starts (for progress displays).</summary>
    public Action<string>? StageStarted { get; init; }

    public BuildResult Build(BuildOptions options) => new BuildSession(options, incremental: false) { StageStarted = StageStarted }.Build();
}
