using System.Runtime.CompilerServices;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using SiteGen.Build;
using SiteGen.Diagnostics;

namespace SiteGen.Tests.Support;

/// <summary>
/// A small site on disk for a test: files given as ("content/articles/a.md", "...") pairs under a
/// fresh temporary folder, built with the real pipeline and the repository's themes, with the output
/// read back as AngleSharp documents. A content/site.yml is supplied unless the test writes one.
/// </summary>
public sealed class SiteFixture : IDisposable
{
    public const string DefaultSiteYml = """
        title: Test Site
        base_url: https://example.org/
        """;

    private static readonly HtmlParser Parser = new();

    private SiteFixture(string root) => Root = root;

    /// <summary>The temporary folder holding content/ and output/.</summary>
    public string Root { get; }

    public string Content => Path.Combine(Root, "content");

    public string Output => Path.Combine(Root, "output");

    public BuildResult? Result { get; private set; }

    public static SiteFixture Create(params (string Path, string Text)[] files)
    {
        var fixture = new SiteFixture(Directory.CreateTempSubdirectory("sitegen-test-").FullName);
        foreach (var (path, text) in files) fixture.Write(path, text);
        if (!files.Any(f => f.Path == "content/site.yml")) fixture.Write("content/site.yml", DefaultSiteYml);
        return fixture;
    }

    /// <summary>
    /// An article with the front matter a test does not care about filled in: a title ("Article slug")
    /// unless <paramref name="frontMatter"/> has one, and the date.
    /// </summary>
    public static (string Path, string Text) Article(string slug, string body = "Some words.", string frontMatter = "", string date = "2025-01-01")
    {
        string extra = frontMatter.Length == 0 || frontMatter.EndsWith('\n') ? frontMatter : frontMatter + "\n";
        string title = extra.StartsWith("title:", StringComparison.Ordinal) || extra.Contains("\ntitle:", StringComparison.Ordinal) ? "" : $"title: Article {slug}\n";
        return ($"content/articles/{slug}.md", $"---\n{title}date: {date}\n{extra}---\n\n{body}\n");
    }

    public SiteFixture Write(string path, string text) => WriteBytes(path, System.Text.Encoding.UTF8.GetBytes(text));

    public SiteFixture WriteBytes(string path, byte[] bytes)
    {
        string full = Full(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, bytes);
        return this;
    }

    /// <summary>The full path of a fixture file, as errors name it.</summary>
    public string Full(string path) => Path.Combine(Root, path);

    /// <summary>Builds content/ into output/ with the repository's themes.</summary>
    public BuildResult Build(Func<BuildOptions, BuildOptions>? adjust = null)
    {
        var options = new BuildOptions
        {
            SourceFolder = Content,
            OutputFolder = Output,
            ThemeRoots = [Path.Combine(Root, "themes"), RepositoryThemes],
        };
        Result = new SiteBuilder().Build(adjust is null ? options : adjust(options));
        return Result;
    }

    /// <summary>Builds and fails the test with every error when the build does not succeed.</summary>
    public BuildResult BuildOk(Func<BuildOptions, BuildOptions>? adjust = null)
    {
        var result = Build(adjust);
        Assert.True(result.Succeeded, "build failed:\n" + (result.OutputRefused ?? string.Join("\n", result.Errors)));
        return result;
    }

    /// <summary>The errors of the last build that name <paramref name="path"/> (a fixture path such as content/articles/a.md).</summary>
    public IReadOnlyList<ContentError> ErrorsIn(string path) =>
        (Result ?? throw new InvalidOperationException("Build first.")).Errors.Where(e => e.File == SourcePath.Display(Full(path))).ToList();

    public bool OutputExists(string outputPath) => File.Exists(Path.Combine(Output, outputPath));

    public string ReadOutput(string outputPath) => File.ReadAllText(Path.Combine(Output, outputPath));

    public IHtmlDocument Html(string outputPath) => Parser.ParseDocument(ReadOutput(outputPath));

    /// <summary>Every file of the output folder, relative, '/' separators, sorted.</summary>
    public IReadOnlyList<string> OutputFiles() =>
        Directory.EnumerateFiles(Output, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Output, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToList();

    public void Dispose()
    {
        try { Directory.Delete(Root, recursive: true); }
        catch (IOException) { }
    }

    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    public static string RepositoryThemes => Path.Combine(RepositoryRoot, "themes");

    // Test binaries may live anywhere (--artifacts-path); this file's own path locates the repository.
    private static string FindRepositoryRoot([CallerFilePath] string thisFile = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(thisFile)!, "..", "..", ".."));
}
