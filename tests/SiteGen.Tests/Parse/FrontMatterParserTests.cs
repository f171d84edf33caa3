using SiteGen.Diagnostics;
using SiteGen.Model;
using SiteGen.Parse;

namespace SiteGen.Tests.Parse;

public class FrontMatterParserTests
{
    private static (FrontMatter? Front, IReadOnlyList<ContentError> Errors) Parse(string text, DocumentKind kind = DocumentKind.Article)
    {
        var errors = new ErrorList();
        var split = FrontMatterSplitter.Split("a.md", text, errors)!;
        var front = FrontMatterParser.Parse("a.md", "a", split, kind, errors);
        return (front, errors.Sorted());
    }

    [Fact]
    public void Reads_every_known_key()
    {
        var (front, errors) = Parse("""
            ---
            title: Rebuilding Trust
            description: How trust comes back.
            date: 2025-03-14
            updated: 2025-04-01T10:00:00+02:00
            slug: trust
            topics: [trust, Self Care]
            author: Dana
            reviewed_by: Dr. Ortiz
            reviewed_on: 2025-03-20
            draft: true
            faq:
              - q: Does it take long?
                a: Usually *months*.
            aliases: [/old/trust.html]
            image: images/trust.jpg
            image_alt: Two hands
            ---
            """);

        Assert.Empty(errors);
        Assert.NotNull(front);
        Assert.Equal("Rebuilding Trust", front.Title);
        Assert.Equal("trust", front.Slug);
        Assert.Equal(new DateTimeOffset(2025, 3, 14, 0, 0, 0, TimeSpan.Zero), front.Date);
        Assert.Equal(new DateTimeOffset(2025, 4, 1, 10, 0, 0, TimeSpan.FromHours(2)), front.Updated);
        Assert.Equal(["trust", "self-care"], front.Topics);
        Assert.Equal("Dr. Ortiz", front.ReviewedBy);
        Assert.True(front.Draft);
        var faq = Assert.Single(front.Faq);
        Assert.Equal(("Does it take long?", "Usually *months*."), (faq.Question, faq.AnswerMarkdown));
        Assert.Equal(14, faq.AnswerLine);
        Assert.Equal([new Alias("old/trust.html", 15, 11)], front.Aliases);
        Assert.Equal("images/trust.jpg", front.Image);
        Assert.Empty(front.Extra);
    }

    [Fact]
    public void Keeps_unknown_keys_as_plain_values_for_themes()
    {
        var (front, _) = Parse("---\ntitle: A\ndate: 2025-01-01\nmood: calm\ncount: 3\nquoted: \"3\"\nnested: {a: [1, true]}\n---\n");

        Assert.Equal("calm", front!.Extra["mood"]);
        Assert.Equal(3L, front.Extra["count"]);
        Assert.Equal("3", front.Extra["quoted"]);
        var nested = Assert.IsType<Dictionary<string, object?>>(front.Extra["nested"]);
        Assert.Equal([1L, true], Assert.IsType<List<object?>>(nested["a"]));
    }

    [Fact]
    public void Slug_defaults_to_the_file_name()
    {
        Assert.Equal("a", Parse("---\ntitle: A\ndate: 2025-01-01\n---\n").Front!.Slug);
    }

    [Fact]
    public void Reports_missing_title_and_date_together()
    {
        var (front, errors) = Parse("---\nauthor: Dana\n---\n");

        Assert.Null(front);
        Assert.Equal(["'date' is missing", "'title' is missing"], errors.Select(e => e.Message).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Pages_need_no_date()
    {
        var (front, errors) = Parse("---\ntitle: About\n---\n", DocumentKind.Page);
        Assert.Empty(errors);
        Assert.Null(front!.Date);
    }

    [Fact]
    public void Reports_a_bad_date_at_its_value()
    {
        var (_, errors) = Parse("---\ntitle: A\ndate: 14/03/2025\n---\n");

        var error = Assert.Single(errors);
        Assert.Equal((3, 7), (error.Line, error.Column));
        Assert.Contains("not a date: '14/03/2025'", error.Message);
    }

    [Fact]
    public void Reports_malformed_yaml_at_the_file_line()
    {
        var (front, errors) = Parse("---\ntitle: A\ndate: 2025-01-01\ntopics: [trust\n---\nBody\n");

        Assert.Null(front);
        var error = Assert.Single(errors);
        Assert.StartsWith("invalid YAML", error.Message);
        Assert.InRange(error.Line, 4, 5);
    }

    [Theory]
    [InlineData("a/b", "must not contain '/'")]
    [InlineData("a\\\\b", "must not contain '/' or '\\'")]
    [InlineData("..", "must not contain '..'")]
    [InlineData("two words", "must not contain spaces")]
    public void Refuses_slugs_that_are_not_one_folder(string slug, string problem)
    {
        var (_, errors) = Parse($"---\ntitle: A\ndate: 2025-01-01\nslug: \"{slug}\"\n---\n");

        var error = Assert.Single(errors);
        Assert.Equal((4, 7), (error.Line, error.Column));
        Assert.Contains(problem, error.Message);
    }

    [Fact]
    public void Reports_an_faq_entry_without_an_answer_at_the_entry()
    {
        var (_, errors) = Parse("---\ntitle: A\ndate: 2025-01-01\nfaq:\n  - q: Is it hard?\n    a: Yes.\n  - q: How long?\n---\n");

        var error = Assert.Single(errors);
        Assert.Equal((7, 5), (error.Line, error.Column));
        Assert.Equal("FAQ entry 'How long?' has no answer ('a')", error.Message);
    }

    [Fact]
    public void Reports_a_list_where_a_single_value_belongs()
    {
        var (_, errors) = Parse("---\ntitle: [A, B]\ndate: 2025-01-01\n---\n");
        Assert.Contains(errors, e => e.Line == 2 && e.Message.Contains("single value"));
    }
}
