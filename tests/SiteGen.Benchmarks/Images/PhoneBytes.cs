using System.Globalization;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;

namespace SiteGen.Benchmarks.Images;

/// <summary>
/// <c>phone-bytes SITE PAGE [--viewport 390] [--dpr 3]</c>: the bytes of images a phone downloads to read PAGE of the
/// built SITE, choosing from each image's srcset as a browser does (the slot its sizes gives at that viewport, times
/// the pixel ratio, then the smallest candidate at least that wide) and preferring the WebP of a picture. Without a
/// srcset, the img's src is what is downloaded.
/// </summary>
public static partial class PhoneBytes
{
    [GeneratedRegex(@"^\(min-width:\s*(?<value>[\d.]+)(?<unit>rem|em|px)\)\s+(?<slot>.+)$")]
    private static partial Regex Condition();

    public static int Run(string[] args)
    {
        if (args.Length < 2)
        {
            Console.Error.WriteLine("usage: phone-bytes SITE PAGE [--viewport 390] [--dpr 3]");
            return 2;
        }
        string site = args[0];
        double viewport = Option(args, "--viewport", 390), dpr = Option(args, "--dpr", 3);
        var page = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(site, args[1])));
        long total = 0;
        int count = 0;
        foreach (var img in page.QuerySelectorAll("main img"))
        {
            var webp = img.ParentElement?.LocalName == "picture" ? img.ParentElement.QuerySelector("source[type='image/webp']") : null;
            string? srcset = webp?.GetAttribute("srcset") ?? img.GetAttribute("srcset");
            string sizes = (webp ?? img).GetAttribute("sizes") ?? "100vw";
            string url = srcset is null ? img.GetAttribute("src")! : Pick(srcset, Slot(sizes, viewport) * dpr);
            total += new FileInfo(Path.Combine(site, Uri.UnescapeDataString(url.TrimStart('/')))).Length;
            count++;
        }
        Console.WriteLine($"{count} images, {total} bytes");
        return 0;
    }

    // The width in CSS pixels the first matching entry of sizes gives.
    private static double Slot(string sizes, double viewport)
    {
        foreach (string entry in sizes.Split(',').Select(e => e.Trim()))
        {
            var m = Condition().Match(entry);
            if (m.Success)
            {
                double at = double.Parse(m.Groups["value"].Value, CultureInfo.InvariantCulture) * (m.Groups["unit"].Value == "px" ? 1 : 16);
                if (viewport >= at) return Length(m.Groups["slot"].Value, viewport);
                continue;
            }
            return Length(entry, viewport);
        }
        return viewport;
    }

    private static double Length(string css, double viewport) =>
        css.EndsWith("vw") ? viewport * double.Parse(css[..^2], CultureInfo.InvariantCulture) / 100
        : css.EndsWith("rem") ? double.Parse(css[..^3], CultureInfo.InvariantCulture) * 16
        : double.Parse(css.TrimEnd('p', 'x'), CultureInfo.InvariantCulture);

    private static string Pick(string srcset, double wanted)
    {
        var candidates = srcset.Split(',').Select(c => c.Trim().Split(' ')).Select(p => (Url: p[0], Width: int.Parse(p[1].TrimEnd('w'), CultureInfo.InvariantCulture)))
            .OrderBy(c => c.Width).ToList();
        return (candidates.FirstOrDefault(c => c.Width >= wanted) is { Url: not null } fit ? fit : candidates[^1]).Url;
    }

    private static double Option(string[] args, string name, double fallback)
    {
        int at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? double.Parse(args[at + 1], CultureInfo.InvariantCulture) : fallback;
    }
}
