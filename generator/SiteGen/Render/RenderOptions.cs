using SiteGen.Write;

namespace SiteGen.Render;

/// <summary>How one render of a site runs, whether it is a full build or a rebuild.</summary>
/// <param name="ContentFolder">The content folder, so errors name content files as the user can open them.</param>
/// <param name="OtherOutputs">Output paths that other stages write, so that links to them count as present.</param>
/// <param name="Write">Takes each page as soon as it renders (see <see cref="StagingFolder.Add"/>); such pages are not among the files returned.</param>
/// <param name="Images">The image stage's results, whose images the pages show at their sizes; null for a site without it.</param>
/// <param name="Spill">Where a large build keeps the pages' searchable text until the search stage; null to keep it in memory.</param>
public sealed record RenderOptions(string? ContentFolder = null, IEnumerable<string>? OtherOutputs = null, Action<OutputFile>? Write = null,
    Images.PageImages? Images = null, Model.TextSpill? Spill = null);
