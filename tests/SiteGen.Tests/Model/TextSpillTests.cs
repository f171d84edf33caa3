using SiteGen.Model;

namespace SiteGen.Tests.Model;

public sealed class TextSpillTests
{
    [Fact]
    public void Text_within_the_budget_stays_in_memory_and_the_rest_goes_to_the_file()
    {
        using var spill = new TextSpill(budget: 16);

        var first = spill.Keep("<p>short</p>");
        Assert.Equal(0, spill.Spilled);
        var second = spill.Keep("<p>Recaída 💬</p>");

        Assert.Equal("<p>short</p>", first.ToString());
        Assert.Equal("<p>Recaída 💬</p>", second.ToString());
        Assert.Equal(System.Text.Encoding.UTF8.GetByteCount("<p>Recaída 💬</p>"), spill.Spilled);
    }

    [Fact]
    public void Spilled_text_reads_back_every_way_compact_text_is_read()
    {
        using var spill = new TextSpill(budget: 0);
        string html = "<details id=\"faq-why\"><p>Los niños 💬</p></details>";
        var spilled = spill.Keep(html);
        char[] buffer = [];

        Assert.Equal(html, spilled.Chars(ref buffer).ToString());
        Assert.True(spilled.Contains("niños"));
        Assert.False(spilled.Contains("Niños"));
        Assert.Equal(System.Text.Encoding.UTF8.GetBytes(html), spilled.Utf8Bytes.ToArray());
        Assert.True(spilled.IsUtf8);
        Assert.False(spilled.IsEmpty);
        Assert.Equal(new CompactText(html), spilled);
        Assert.Equal(new CompactText(html).GetHashCode(), spilled.GetHashCode());
        Assert.NotEqual(spill.Keep("<p>other</p>"), spilled);
    }

    [Fact]
    public void Texts_kept_from_many_threads_each_read_back_as_written()
    {
        using var spill = new TextSpill(budget: 0);
        var kept = new CompactText[2000];
        Parallel.For(0, kept.Length, i => kept[i] = spill.Keep($"<p>article {i} {new string('é', i % 50)}</p>"));

        for (int i = 0; i < kept.Length; i++) Assert.Equal($"<p>article {i} {new string('é', i % 50)}</p>", kept[i].ToString());
    }

    [Fact]
    public void Compact_text_is_kept_as_it_is_within_the_budget_and_its_bytes_written_after()
    {
        using var spill = new TextSpill(budget: 16);
        var first = new CompactText("<p>short</p>");
        var second = new CompactText("<p>Recaída 💬</p>");

        Assert.Same(first, spill.Keep(first));
        var spilled = spill.Keep(second);

        Assert.True(spilled.IsSpilled);
        Assert.Equal("<p>Recaída 💬</p>", spilled.ToString());
        Assert.Equal(second.Utf8Bytes.Length, spill.Spilled);
        // Text in the file already, or with no UTF-8 form, is not written again.
        Assert.Same(spilled, spill.Keep(spilled));
        var unencodable = new CompactText("a lone \ud800 surrogate");
        Assert.Same(unencodable, spill.Keep(unencodable));
        Assert.Equal(second.Utf8Bytes.Length, spill.Spilled);
    }

    [Fact]
    public void Text_with_no_utf8_form_stays_in_memory()
    {
        using var spill = new TextSpill(budget: 0);

        var kept = spill.Keep("a lone \ud800 surrogate");

        Assert.Equal("a lone \ud800 surrogate", kept.ToString());
        Assert.Equal(0, spill.Spilled);
    }

    [Fact]
    public void Where_no_file_can_be_made_the_text_stays_in_memory()
    {
        using var spill = new TextSpill(budget: 0, folder: Path.Combine(Path.GetTempPath(), "sitegen-no-such-folder-" + Guid.NewGuid().ToString("N")));

        var kept = spill.Keep("<p>kept anyway</p>");

        Assert.Equal("<p>kept anyway</p>", kept.ToString());
        Assert.Equal(0, spill.Spilled);
    }

    [Fact]
    public void The_file_leaves_no_name_behind()
    {
        string folder = Directory.CreateTempSubdirectory("sitegen-spill-").FullName;
        try
        {
            using (var spill = new TextSpill(budget: 0, folder))
            {
                Assert.Equal("<p>text</p>", spill.Keep("<p>text</p>").ToString());
                Assert.True(spill.Spilled > 0);
                if (!OperatingSystem.IsWindows()) Assert.Empty(Directory.GetFiles(folder));
            }
            Assert.Empty(Directory.GetFiles(folder));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
