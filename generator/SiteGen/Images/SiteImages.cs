using System.Collections.Concurrent;
using System.IO.Hashing;
using SiteGen.Diagnostics;
using SiteGen.Model;

namespace SiteGen.Images;

/// <summary>
/// The image stage. Started as soon as the content folder is listed, each JPEG, PNG and WebP is decoded, made upright,
/// stripped of everything but its pixels and encoded at the widths and in the formats of <see cref="ImageSettings"/>,
/// on the thread pool while the other stages parse the documents. The pages wait for it only when they render, to
/// write each image's sizes. Every file it publishes comes from <see cref="ImageCache"/>, so it is copied like any
/// content file.
/// </summary>
public sealed class SiteImages
{
    private readonly ImageSettings _settings;
    private readonly ImageCache _cache;
    private readonly ErrorList _errors;
    private readonly Dictionary<string, (StaticFile File, Task<ProcessedImage?> Task)> _images = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Lazy<ImageVariant?>> _extra = new(StringComparer.Ordinal);
    private readonly List<Task> _checks = [];
    // What is wrong with each raster file, asked by the links that show it (so errors point at them) and by the stage.
    private readonly ConcurrentDictionary<string, Lazy<string?>> _problems = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, bool> _shown = new(StringComparer.Ordinal);

    private SiteImages(ImageSettings settings, ImageCache cache, ErrorList errors)
    {
        _settings = settings;
        _cache = cache;
        _errors = errors;
    }

    /// <summary>The content files that are not raster images, copied as they are.</summary>
    public IReadOnlyList<StaticFile> OtherFiles { get; private set; } = [];

    /// <summary>Starts processing the raster images among <paramref name="files"/>; problems go to <paramref name="errors"/> with the file's display path.</summary>
    public static SiteImages Start(IReadOnlyList<StaticFile> files, ImageSettings settings, ImageCache cache, ErrorList errors)
    {
        var stage = new SiteImages(settings, cache, errors);
        var others = new List<StaticFile>();
        var work = new List<(StaticFile File, ImageFormat Format, TaskCompletionSource<ProcessedImage?> Done)>();
        foreach (var file in files)
        {
            if (ImageFormats.FromPath(file.OutputPath) is { } format)
            {
                var done = new TaskCompletionSource<ProcessedImage?>(TaskCreationOptions.RunContinuationsAsynchronously);
                work.Add((file, format, done));
                stage._images[file.OutputPath] = (file, done.Task);
            }
            else
            {
                if (file.OutputPath.EndsWith(".svg", StringComparison.OrdinalIgnoreCase)) stage._checks.Add(Task.Run(() => stage.CheckSvg(file)));
                others.Add(file);
            }
        }
        stage.OtherFiles = others;
        // One image per core at a time: decoding holds a whole image's pixels (16 MB for 4 megapixels).
        if (work.Count > 0)
            stage._checks.Add(Task.Run(() => Parallel.ForEach(work, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, item =>
            {
                try
                {
                    item.Done.SetResult(stage.Process(item.File, item.Format));
                }
                // A file SkiaSharp reads but cannot encode again: an error at the file, not a crash of the build.
                catch (Exception e) when (e is not OutOfMemoryException)
                {
                    errors.Add(SourcePath.Display(item.File.SourceFullPath), 1, 1, "cannot process image: " + e.Message);
                    item.Done.SetResult(null);
                }
            })));
        return stage;
    }

    /// <summary>Every image, once processed; null for one that could not be read (its error is reported).</summary>
    public IReadOnlyDictionary<string, ProcessedImage> Wait()
    {
        Task.WaitAll([.. _images.Values.Select(i => i.Task), .. _checks]);
        return _images.Where(i => i.Value.Task.Result is not null).ToDictionary(i => i.Key, i => i.Value.Task.Result!, StringComparer.Ordinal);
    }

    /// <summary>
    /// What is wrong with the raster image at <paramref name="sitePath"/> (see <see cref="ImageCheck"/>), or null; a link
    /// or front matter that shows it asks, so the error is reported there rather than at the file.
    /// </summary>
    public string? ProblemOf(string sitePath)
    {
        if (!_images.TryGetValue(sitePath, out var image)) return null;
        _shown[sitePath] = true;
        return Problem(image.File);
    }

    /// <summary>Reports, at the file, the problems of images no link showed. Call once, after the documents are converted.</summary>
    public void ReportUnshown()
    {
        foreach (var (path, (file, _)) in _images)
            if (!_shown.ContainsKey(path) && Problem(file) is { } problem)
                _errors.Add(SourcePath.Display(file.SourceFullPath), 1, 1, "image " + problem);
    }

    // Asked first by a link or by the stage, whichever comes first; the stage passes the bytes it has read already.
    private string? Problem(StaticFile file, byte[]? bytes = null) => _problems.GetOrAdd(file.OutputPath, _ => new Lazy<string?>(() =>
    {
        try
        {
            return ImageFormats.FromPath(file.OutputPath) is { } format ? ImageCheck.Problem(bytes ?? File.ReadAllBytes(file.SourceFullPath), format) : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return "cannot be read: " + e.Message;
        }
    })).Value;

    /// <summary>A fingerprint of every image's source and settings: pages that show images change when it does.</summary>
    public ulong Fingerprint()
    {
        var hash = new XxHash64();
        foreach (var (path, image) in Wait().OrderBy(i => i.Key, StringComparer.Ordinal))
        {
            hash.Append(System.Text.Encoding.UTF8.GetBytes(path));
            hash.Append(System.Text.Encoding.UTF8.GetBytes(image.Hash));
        }
        return hash.GetCurrentHashAsUInt64();
    }

    /// <summary>
    /// Every file the stage publishes, made so far: each image at its own path and its variants, and the sizes that
    /// templates and link previews asked for. Call after rendering, which may ask for more.
    /// </summary>
    public IReadOnlyList<StaticFile> Files()
    {
        var files = new List<StaticFile>();
        foreach (var image in Wait().Values)
        {
            files.Add(new StaticFile(image.Original.CacheFile, image.SitePath));
            files.AddRange(image.Variants.Select(v => new StaticFile(v.CacheFile, v.OutputPath)));
        }
        files.AddRange(_extra.Values.Select(v => v.Value).OfType<ImageVariant>().Select(v => new StaticFile(v.CacheFile, v.OutputPath)));
        return files.DistinctBy(f => f.OutputPath, StringComparer.Ordinal).OrderBy(f => f.OutputPath, StringComparer.Ordinal).ToList();
    }

    /// <summary>The processed image at <paramref name="sitePath"/> (images/hands.jpg), or null when it is not one.</summary>
    public ProcessedImage? Find(string sitePath) =>
        _images.TryGetValue(sitePath, out var image) ? image.Task.Result : null;

    /// <summary>The image at <paramref name="sitePath"/> at most <paramref name="width"/> pixels wide, in its fallback format; made once.</summary>
    public ImageVariant? Resize(string sitePath, int width)
    {
        if (Find(sitePath) is not { } image) return null;
        if (width >= image.Width) return image.In(image.Fallback).Last();
        if (image.In(image.Fallback).FirstOrDefault(v => v.Width == width) is { } made) return made;
        return _extra.GetOrAdd($"{sitePath}@{width}", _ => new Lazy<ImageVariant?>(() =>
            Encode(image, image.Fallback, width, cover: false))).Value;
    }

    /// <summary>The 1200 × 630 picture of a shared link (Open Graph, structured data) cut from the image at <paramref name="sitePath"/>.</summary>
    public ImageVariant? Cover(string sitePath)
    {
        if (Find(sitePath) is not { } image) return null;
        return _extra.GetOrAdd(sitePath + "@cover", _ => new Lazy<ImageVariant?>(() =>
            Encode(image, image.Fallback == ImageFormat.Png ? ImageFormat.Png : ImageFormat.Jpeg, ImageSettings.CoverWidth, cover: true))).Value;
    }

    private void CheckSvg(StaticFile file)
    {
        try
        {
            using var stream = File.OpenRead(file.SourceFullPath);
            if (SvgCheck.Check(stream) is var (line, column, problem))
                _errors.Add(SourcePath.Display(file.SourceFullPath), line, column, problem);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            _errors.Add(SourcePath.Display(file.SourceFullPath), 1, 1, "cannot read image: " + e.Message);
        }
    }

    private ProcessedImage? Process(StaticFile file, ImageFormat format)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(file.SourceFullPath);
        }
        // Problem tries again and says why, like every other problem: where the image is shown, or at the file by ReportUnshown.
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
        if (Problem(file, bytes) is not null) return null;
        string hash = Convert.ToHexStringLower(XxHash128.Hash([.. bytes, .. System.Text.Encoding.UTF8.GetBytes(_settings.Key)]));
        RasterImage? decoded = null;
        try
        {
            if (!TryInfo(hash, out int width, out int height, out bool transparent))
            {
                decoded = RasterImage.Decode(bytes);
                if (decoded is null)
                {
                    _errors.Add(SourcePath.Display(file.SourceFullPath), 1, 1,
                        $"not a readable {format.ToString().ToUpperInvariant()} image (damaged, or another format with this name?)");
                    return null;
                }
                (width, height, transparent) = (decoded.Width, decoded.Height, decoded.Transparent);
                _cache.WriteText(hash, "info", $"{width} {height} {(transparent ? 1 : 0)}");
            }
            // The original's own format is the fallback every browser gets; a WebP original falls back to the last format
            // listed. Transparency is never lost to JPEG.
            var listed = _settings.Formats.Select(f => transparent && f == ImageFormat.Jpeg ? ImageFormat.Png : f).ToList();
            var fallback = format != ImageFormat.Webp ? format : listed[^1] == ImageFormat.Webp ? ImageFormat.Jpeg : listed[^1];
            if (transparent && fallback == ImageFormat.Jpeg) fallback = ImageFormat.Png;
            var formats = listed.Where(f => f != fallback).Append(fallback).Distinct().ToList();
            // Never wider than the original; the original's own width when it is within the widths asked for.
            var widths = _settings.Widths.Where(w => w < width).Order().ToList();
            if (width <= _settings.Widths.Max()) widths.Add(width);
            var variants = new List<ImageVariant>();
            // Widest first, so that each width is resized from the one before it.
            foreach (int w in widths.OrderDescending())
                foreach (var f in formats)
                    variants.Add(Variant(file.OutputPath, hash, f, w, width, height, $"{w}w", () => (decoded ??= RasterImage.Decode(bytes)!).Encode(f, w, _settings.Quality)));
            var original = Variant(file.OutputPath, hash, format, width, width, height, "original",
                () => (decoded ??= RasterImage.Decode(bytes)!).Encode(format, width, _settings.Quality)) with { OutputPath = file.OutputPath };
            return new ProcessedImage(file.OutputPath, width, height, fallback, variants, original, hash) { SourceFile = file.SourceFullPath };
        }
        finally
        {
            decoded?.Dispose();
        }
    }

    private ImageVariant Encode(ProcessedImage image, ImageFormat format, int width, bool cover)
    {
        string name = cover ? "og" : $"{width}w";
        int height = cover ? ImageSettings.CoverHeight : Math.Max(1, (int)Math.Round((double)image.Height * width / image.Width));
        return Variant(image.SitePath, image.Hash, format, width, width, height, name, () =>
        {
            using var decoded = RasterImage.Decode(File.ReadAllBytes(image.SourceFile))!;
            return cover ? decoded.EncodeCover(format, width, height, _settings.Quality) : decoded.Encode(format, width, _settings.Quality);
        }, heightGiven: true);
    }

    private ImageVariant Variant(string sitePath, string hash, ImageFormat format, int width, int fullWidth, int fullHeight, string name,
        Func<byte[]> encode, bool heightGiven = false)
    {
        string cacheName = name + ImageFormats.Extension(format);
        string cached = _cache.GetOrAdd(hash, cacheName, encode);
        int height = heightGiven ? fullHeight : Math.Max(1, (int)Math.Round((double)fullHeight * width / fullWidth));
        string folder = Path.GetDirectoryName(sitePath)?.Replace('\\', '/') is { Length: > 0 } f ? f + "/" : "";
        string output = $"{folder}{Path.GetFileNameWithoutExtension(sitePath)}-{name}.{hash[..10]}{ImageFormats.Extension(format)}";
        return new ImageVariant(format, width, height, output, cached, new FileInfo(cached).Length);
    }

    private bool TryInfo(string hash, out int width, out int height, out bool transparent)
    {
        width = height = 0;
        transparent = false;
        if (!_cache.TryRead(hash, "info", out string text)) return false;
        var parts = text.Split(' ');
        if (parts.Length != 3 || !int.TryParse(parts[0], out width) || !int.TryParse(parts[1], out height)) return false;
        transparent = parts[2] == "1";
        return true;
    }
}
