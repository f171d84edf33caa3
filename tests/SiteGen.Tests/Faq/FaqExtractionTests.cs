using SiteGen.Diagnostics;
using SiteGen.Model;
using SiteGen.Parse.Markdown;

namespace SiteGen.Tests.Faq;

/// <summary>The FAQ section of an article body, as editors write it at the end of an existing article.</summary>
public class FaqExtractionTests
{
    private static MarkdownResult Convert(string markdown)
    {
        var config = SampleSites.Config();
        var links = new SiteLinks(config, new Dictionary<string, string>(), new HashSet<string>(), new HashSet<string>());
        var errors = new ErrorList();
        var result = new MarkdownConverter(allowRawHtml: true, config.BaseUrl)
            .Convert(markdown, new MarkdownOrigin("articles/x.md", "content/articles/x.md", 5), links, errors);
        Assert.False(errors.HasErrors, string.Join("\n", errors.Sorted()));
        return result;
    }

    [Theory]
    [InlineData("## FAQ")]
    [InlineData("## FAQs")]
    [InlineData("# Frequently Asked Questions")]
    [InlineData("### frequently asked questions:")]
    public void Any_faq_heading_at_any_level_starts_the_section(string heading)
    {
        int level = heading.TakeWhile(c => c == '#').Count();
        var sub = new string('#', level + 1);
        var result = Convert($"Intro.\n\n{heading}\n\n{sub} Is it normal to lose people after a relapse?\n\nFor a while, yes.\n");

        var entry = Assert.Single(result.Faq);
        Assert.Equal("Is it normal to lose people after a relapse?", entry.Question);
        Assert.Equal("For a while, yes.", entry.AnswerText.Trim());
        Assert.True(entry.InBody);
    }

    [Fact]
    public void The_answer_is_everything_up_to_the_next_question()
    {
        var result = Convert("""
            ## FAQ

            ### What should I say when I reach out?

            Keep it short.

            - Say you care.
            - Say you are there.

            ### Can I call at night?

            Yes. The line is open all night.
            """);

        Assert.Equal(["What should I say when I reach out?", "Can I call at night?"], result.Faq.Select(f => f.Question));
        Assert.Contains("<li>Say you care.</li>", result.Faq[0].AnswerHtml);
        Assert.Contains("Keep it short.", result.Faq[0].AnswerHtml);
        Assert.DoesNotContain("Yes.", result.Faq[0].AnswerHtml);
        Assert.DoesNotContain("<", result.Faq[0].AnswerText);
        Assert.Contains("Say you are there.", result.Faq[0].AnswerText);
    }

    [Fact]
    public void A_subheading_that_is_not_a_question_ends_the_faq()
    {
        var result = Convert("""
            ## FAQ

            ### Will it get easier?

            Usually, with support.

            ### Still need to talk?

            Call us.

            ### Reach out today

            Our counsellors answer every day.

            ### Is this a question after the end?

            It should not count.
            """);

        Assert.Equal(["Will it get easier?", "Still need to talk?"], result.Faq.Select(f => f.Question));
        Assert.DoesNotContain("counsellors", result.Faq[1].AnswerHtml);
    }

    [Fact]
    public void A_heading_at_the_faq_level_ends_the_faq()
    {
        var result = Convert("## FAQ\n\n### Why?\n\nBecause.\n\n## Is this another section?\n\nNot an FAQ.\n");

        Assert.Equal(["Why?"], result.Faq.Select(f => f.Question));
    }

    [Fact]
    public void Questions_outside_an_faq_section_are_not_faq_entries()
    {
        var result = Convert("## What is relapse?\n\nA return to use.\n\n## Why does it happen?\n\nMany reasons.\n");

        Assert.Empty(result.Faq);
    }

    [Fact]
    public void Each_question_is_anchored_by_the_id_of_its_heading_in_the_body()
    {
        var result = Convert("## FAQ\n\n### Is it *normal* to feel angry?\n\nYes.\n\n### Is it normal to feel angry?\n\nStill yes.\n");

        Assert.Equal("Is it normal to feel angry?", result.Faq[0].Question);
        var anchors = result.Faq.Select(f => f.Anchor).ToList();
        Assert.Equal(2, anchors.Distinct().Count());
        foreach (var anchor in anchors)
        {
            Assert.False(string.IsNullOrEmpty(anchor));
            Assert.Contains($"id=\"{anchor}\"", result.Html.ToString());
        }
        // Stable: the same text gives the same anchor on every build.
        Assert.Equal(anchors, Convert("## FAQ\n\n### Is it *normal* to feel angry?\n\nYes.\n\n### Is it normal to feel angry?\n\nStill yes.\n").Faq.Select(f => f.Anchor));
    }

    [Fact]
    public void The_faq_section_stays_in_the_body_where_the_editor_put_it()
    {
        var result = Convert("Intro.\n\n## FAQ\n\n### Why?\n\nBecause.\n");

        Assert.Contains("Because.", result.Html.ToString());
        Assert.Contains("Why?", result.Html.ToString());
    }
}
