using SkiaSharp;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Images;

/// <summary>Whole-site tests of the image stage: what is published, and how pages show it.</summary>
public class ImageStageTests
{
    private static SiteFixture SiteWith(byte[] image, string name = "photo.jpg", string body = "", string frontMatter = "", string siteYml = SiteFixture.DefaultSiteYml)
    {
        var site = SiteFixture.Create(("content/site.yml", siteYml),
            SiteFixture.Article("a", body.Length > 0 ? body : $"![A bench in the garden](../images/{name})", frontMatter));
        site.WriteBytes("content/images/" + name, image);
        return site;
    }

    private static IEnumerable<string> ImageFiles(SiteFixture site) =>
        site.OutputFiles().Where(f => f.StartsWith("images/", StringComparison.Ordinal));

    [Fact]
    public void No_published_file_carries_the_gps_position_or_any_exif_block()
    {
        byte[] source = TestImages.JpegWithGpsAndOrientation(900, 600);
        Assert.True(TestImages.Contains(source, TestImages.Latitude)); // the fixture does carry it
        using var site = SiteWith(source);
        site.BuildOk();

        Assert.NotEmpty(ImageFiles(site));
        foreach (string file in site.OutputFiles())
        {
            byte[] bytes = File.ReadAllBytes(Path.Combine(site.Output, file));
            Assert.False(TestImages.Contains(bytes, TestImages.Latitude), file + " holds the GPS position");
            if (file.StartsWith("images/", StringComparison.Ordinal))
                Assert.False(TestImages.Contains(bytes, "Exif\0\0"u8), file + " holds an EXIF block");
        }
    }

    [Fact]
    public void The_orientation_is_applied_to_the_pixels()
    {
        using var site = SiteWith(TestImages.JpegWithGpsAndOrientation(900, 600));
        site.BuildOk();

        var img = site.Html("articles/a/index.html").QuerySelector("article img")!;
        Assert.Equal(("600", "900"), (img.GetAttribute("width"), img.GetAttribute("height")));
        using var published = SKBitmap.Decode(Path.Combine(site.Output, "images/photo.jpg"));
        Assert.Equal((600, 900), (published.Width, published.Height));
        // Turned a quarter clockwise, the red top-left corner is now at the top right.
        var topRight = published.GetPixel(published.Width - 20, 20);
        var topLeft = published.GetPixel(20, 20);
        Assert.True(topRight.Red > 200 && topRight.Blue < 80, $"top right is {topRight}");
        Assert.True(topLeft.Blue > 120, $"top left is {topLeft}");
    }

    [Fact]
    public void Srcset_lists_files_that_exist_at_the_widths_they_claim_and_no_wider_than_the_original()
    {
        using var site = SiteWith(TestImages.Jpeg(1000, 500));
        site.BuildOk();

        var page = site.Html("articles/a/index.html");
        var img = page.QuerySelector("article img")!;
        Assert.Equal(("1000", "500"), (img.GetAttribute("width"), img.GetAttribute("height")));
        foreach (var srcset in page.QuerySelectorAll("article picture source, article img").Select(e => e.GetAttribute("srcset")!))
        {
            var entries = srcset.Split(", ").Select(e => e.Split(' ')).ToList();
            Assert.Equal(["480w", "800w", "1000w"], entries.Select(e => e[1]));
            foreach (var entry in entries)
            {
                string file = Path.Combine(site.Output, entry[0].TrimStart('/'));
                Assert.True(File.Exists(file), entry[0]);
                using var codec = SKCodec.Create(file);
                Assert.Equal(int.Parse(entry[1].TrimEnd('w')), codec.Info.Width);
            }
        }
        Assert.Matches(@"^/images/photo-\d+w\.[0-9a-f]{10}\.jpg$", img.GetAttribute("src"));
    }

    [Fact]
    public void The_first_image_of_an_article_loads_eagerly_and_the_others_lazily()
    {
        using var site = SiteWith(TestImages.Jpeg(800, 600), body: "![One](../images/photo.jpg)\n\nText.\n\n![Two](../images/photo.jpg)");
        site.BuildOk();

        var images = site.Html("articles/a/index.html").QuerySelectorAll("article img").ToList();
        Assert.Equal(2, images.Count);
        Assert.Null(images[0].GetAttribute("loading"));
        Assert.Equal("high", images[0].GetAttribute("fetchpriority"));
        Assert.Equal("lazy", images[1].GetAttribute("loading"));
        Assert.All(images, i => Assert.Equal("async", i.GetAttribute("decoding")));
        Assert.Equal("Two", images[1].GetAttribute("alt"));
    }

    [Fact]
    public void A_raster_logo_in_the_header_gets_its_size_and_is_not_lazy()
    {
        using var site = SiteWith(TestImages.Jpeg(800, 600),
            siteYml: "title: T\nbase_url: https://example.org/\norganization:\n  name: Cedar Hollow\n  logo: images/logo.png\n");
        site.WriteBytes("content/images/logo.png", TestImages.Encode(TestImages.Picture(120, 60), SKEncodedImageFormat.Png));
        site.BuildOk();

        var page = site.Html("articles/a/index.html");
        var logo = page.QuerySelector("header img")!;
        Assert.Equal(("120", "60"), (logo.GetAttribute("width"), logo.GetAttribute("height")));
        Assert.Null(logo.GetAttribute("loading"));
        // The header's image does not use up the article's eager first image.
        Assert.Equal("high", page.QuerySelector("article img")!.GetAttribute("fetchpriority"));
    }

    [Fact]
    public void Webp_is_offered_in_a_picture_with_the_original_format_as_fallback()
    {
        using var site = SiteWith(TestImages.Jpeg(800, 600));
        site.BuildOk();

        var picture = site.Html("articles/a/index.html").QuerySelector("article picture")!;
        var source = picture.QuerySelector("source")!;
        Assert.Equal("image/webp", source.GetAttribute("type"));
        Assert.EndsWith(".webp 800w", source.GetAttribute("srcset"));
        Assert.EndsWith(".jpg", picture.QuerySelector("img")!.GetAttribute("src"));
    }

    [Fact]
    public void A_png_keeps_png_as_its_fallback()
    {
        using var site = SiteWith(TestImages.Encode(TestImages.Picture(300, 200), SKEncodedImageFormat.Png), "chart.png");
        site.BuildOk();
        Assert.EndsWith(".png", site.Html("articles/a/index.html").QuerySelector("article img")!.GetAttribute("src"));
    }

    [Fact]
    public void Png_text_chunks_are_not_published_and_transparency_keeps_png()
    {
        using var site = SiteWith(TestImages.PngWithText(300, 200), "map.png");
        site.BuildOk();
        foreach (string file in ImageFiles(site))
            Assert.False(TestImages.Contains(File.ReadAllBytes(Path.Combine(site.Output, file)), "Elm Street"u8), file);

        using var transparent = SiteWith(TestImages.Encode(TestImages.Picture(300, 200, transparent: true), SKEncodedImageFormat.Png), "logo.png");
        transparent.BuildOk();
        Assert.EndsWith(".png", transparent.Html("articles/a/index.html").QuerySelector("article img")!.GetAttribute("src"));
    }

    [Fact]
    public void A_webp_image_is_re_encoded_too()
    {
        byte[] webp = TestImages.Encode(TestImages.Picture(640, 480), SKEncodedImageFormat.Webp);
        using var site = SiteWith(webp, "photo.webp");
        site.BuildOk();
        Assert.True(site.OutputExists("images/photo.webp"));
        Assert.NotEqual(webp, File.ReadAllBytes(Path.Combine(site.Output, "images/photo.webp")));
    }

    [Fact]
    public void The_article_image_gets_a_1200_by_630_picture_for_shared_links()
    {
        using var site = SiteWith(TestImages.Jpeg(2000, 1500), frontMatter: "image: images/photo.jpg\nimage_alt: A bench");
        site.BuildOk();

        var page = site.Html("articles/a/index.html");
        string og = page.QuerySelector("meta[property='og:image']")!.GetAttribute("content")!;
        Assert.Matches(@"^https://example\.org/images/photo-og\.[0-9a-f]{10}\.jpg$", og);
        using var codec = SKCodec.Create(Path.Combine(site.Output, new Uri(og).AbsolutePath.TrimStart('/')));
        Assert.Equal((1200, 630), (codec.Info.Width, codec.Info.Height));
        Assert.Contains(og, page.QuerySelector("script[type='application/ld+json']")!.TextContent);
    }

    public static TheoryData<string, byte[], string> BadImages() => new()
    {
        { "photo.jpg", [], "empty" },
        { "photo.jpg", [0xFF, 0xD8, 0xFF, 0x00, 1, 2, 3], "not a readable image" },
        { "photo.jpg", TestImages.Encode(TestImages.Picture(40, 30), SKEncodedImageFormat.Png), "is a PNG image, not the JPEG" },
        { "photo.jpg", TestImages.Jpeg(400, 300)[..^600], "cut short" },
        { "photo.png", TestImages.Encode(TestImages.Picture(400, 300), SKEncodedImageFormat.Png)[..^40], "cut short" },
        { "photo.jpg", TestImages.Jpeg(9000, 6000), "megapixels" },
    };

    [Theory]
    [MemberData(nameof(BadImages))]
    public void A_bad_image_is_an_error_at_the_markdown_that_shows_it(string name, byte[] bytes, string messagePart)
    {
        using var site = SiteWith(bytes, name, body: $"Some words.\n\n![A bench](../images/{name})");
        Assert.False(site.Build().Succeeded);
        var error = Assert.Single(site.Result!.Errors);
        Assert.Equal((SiteGen.Diagnostics.SourcePath.Display(site.Full("content/articles/a.md")), 8, 1), (error.File, error.Line, error.Column));
        Assert.Contains(messagePart, error.Message);
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public void A_bad_image_no_page_shows_is_an_error_at_the_file()
    {
        using var site = SiteWith(TestImages.Jpeg(400, 300)[..^600], body: "No image here.");
        site.WriteBytes("content/images/photo.jpg", TestImages.Jpeg(400, 300)[..^600]);
        Assert.False(site.Build().Succeeded);
        Assert.Contains("cut short", Assert.Single(site.ErrorsIn("content/images/photo.jpg")).Message);
    }

    [Fact]
    public void A_bad_front_matter_image_is_an_error_at_its_line()
    {
        using var site = SiteWith([], body: "No image here.", frontMatter: "image: images/photo.jpg");
        site.Build();
        Assert.Equal(4, Assert.Single(site.ErrorsIn("content/articles/a.md")).Line);
    }

    [Fact]
    public void Settings_in_site_yml_choose_widths_and_formats()
    {
        using var site = SiteWith(TestImages.Jpeg(1000, 500), siteYml: SiteFixture.DefaultSiteYml + "\nimages: { widths: [300, 600], formats: [jpeg], quality: 70 }\n");
        site.BuildOk();
        var page = site.Html("articles/a/index.html");
        Assert.Null(page.QuerySelector("article picture"));
        Assert.Equal(["300w", "600w"], page.QuerySelector("article img")!.GetAttribute("srcset")!.Split(", ").Select(e => e.Split(' ')[1]));
    }

    [Theory]
    [InlineData("images: { widths: [8] }", 3, 20)]
    [InlineData("images: { formats: [gif] }", 3, 21)]
    [InlineData("images: { formats: [jpeg, webp] }", 3, 20)]
    [InlineData("images: { quality: 120 }", 3, 20)]
    public void Bad_image_settings_are_errors_at_their_place(string yml, int line, int column)
    {
        using var site = SiteWith(TestImages.Jpeg(100, 100), siteYml: SiteFixture.DefaultSiteYml + "\n" + yml + "\n");
        site.Build();
        var error = Assert.Single(site.ErrorsIn("content/site.yml"));
        Assert.Equal((line, column), (error.Line, error.Column));
    }

    [Fact]
    public void A_second_build_encodes_nothing_and_writes_the_same_bytes()
    {
        using var site = SiteWith(TestImages.Jpeg(1600, 1200));
        site.BuildOk();
        var first = ImageFiles(site).ToDictionary(f => f, f => File.ReadAllBytes(Path.Combine(site.Output, f)));
        string cache = Path.Combine(site.Root, ".sitegen-cache", "images");
        var cached = Directory.EnumerateFiles(cache, "*", SearchOption.AllDirectories).ToDictionary(f => f, File.GetLastWriteTimeUtc);

        site.BuildOk();

        Assert.Equal(first.Keys.Order(), ImageFiles(site).Order());
        foreach (var (file, bytes) in first) Assert.Equal(bytes, File.ReadAllBytes(Path.Combine(site.Output, file)));
        foreach (var (file, time) in cached) Assert.Equal(time, File.GetLastWriteTimeUtc(file));
    }

    [Fact]
    public void Templates_can_ask_for_an_image_in_a_size()
    {
        using var site = SiteWith(TestImages.Jpeg(1000, 800), frontMatter: "image: images/photo.jpg",
            siteYml: "title: T\nbase_url: https://example.org/\ntheme: mine\n");
        site.Write("themes/mine/theme.yml", "name: Mine\nextends: default\n");
        site.Write("themes/mine/layouts/article.html", "<img class=\"thumb\" src=\"{{ image.resize article.image 300 }}\" alt=\"\">");
        site.BuildOk();

        string src = site.Html("articles/a/index.html").QuerySelector("img.thumb")!.GetAttribute("src")!;
        using var codec = SKCodec.Create(Path.Combine(site.Output, src.TrimStart('/')));
        Assert.Equal(300, codec.Info.Width);
    }
}
