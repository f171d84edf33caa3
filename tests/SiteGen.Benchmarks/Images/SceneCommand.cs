namespace SiteGen.Benchmarks.Images;

/// <summary>
/// <c>scenes COUNT FOLDER [--min-mp 2] [--max-mp 4] [--seed 1]</c>: writes COUNT landscapes as JPEG, 2 to 4 megapixels,
/// for the image benchmark (tests/bench/image-bench.sh) or the sample site's pictures.
/// </summary>
public static class SceneCommand
{
    public static int Run(string[] args)
    {
        if (args.Length < 2 || !int.TryParse(args[0], out int count))
        {
            Console.Error.WriteLine("usage: scenes COUNT FOLDER [--min-mp N] [--max-mp N] [--seed N] [--width W --height H]");
            return 2;
        }
        string folder = args[1];
        double min = Option(args, "--min-mp", 2), max = Option(args, "--max-mp", 4);
        int seed = (int)Option(args, "--seed", 1);
        int fixedWidth = (int)Option(args, "--width", 0), fixedHeight = (int)Option(args, "--height", 0);
        Directory.CreateDirectory(folder);
        var random = new Random(seed);
        var sizes = Enumerable.Range(0, count).Select(_ => min + random.NextDouble() * (max - min)).ToList();
        Parallel.For(0, count, i =>
        {
            // 3:2, as most cameras.
            int width = fixedWidth > 0 ? fixedWidth : (int)Math.Sqrt(sizes[i] * 1_000_000 * 1.5);
            int height = fixedHeight > 0 ? fixedHeight : width * 2 / 3;
            File.WriteAllBytes(Path.Combine(folder, $"scene-{i + 1:D4}.jpg"), Scenes.Jpeg(width, height, seed * 10_000 + i));
        });
        return 0;
    }

    private static double Option(string[] args, string name, double fallback)
    {
        int at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length && double.TryParse(args[at + 1], System.Globalization.CultureInfo.InvariantCulture, out double value) ? value : fallback;
    }
}
