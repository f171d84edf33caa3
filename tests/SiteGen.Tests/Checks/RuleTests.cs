using SiteGen.Checks;
using SiteGen.Checks.Rules;

namespace SiteGen.Tests.Checks;

/// <summary>Each rule: cases it must find, at their position, and close cases it must not.</summary>
public class RuleTests
{
    // The fixture article: ---, title, date, description, reviewed_by, reviewed_on, ---, a blank line, then the body.
    private const int BodyLine = 9;

    [Theory]
    [InlineData("He was an addict for years.", 11, "addict")]
    [InlineData("Families of addicts need support.", 13, "addicts")]
    [InlineData("She has been a JUNKIE, they said.", 16, "JUNKIE")]
    [InlineData("Drug abuse is a health problem.", 1, "Drug abuse")]
    [InlineData("It began with substance\nabuse at work.", 15, "substance abuse")]
    [InlineData("My father is an alcoholic.", 17, "alcoholic")]
    [InlineData("He has been clean for a year.", 1, "He has been clean")]
    [InlineData("Getting clean took time.", 1, "Getting clean")]
    [InlineData("She is two years clean now.", 8, "two years clean")]
    [InlineData("The test came back dirty.", 10, "came back dirty")]
    [InlineData("A dirty urine is not a moral failure.", 3, "dirty urine")]
    [InlineData("He is a former addict.", 9, "former addict")]
    [InlineData("Methadone replacement therapy helps.", 1, "Methadone replacement therapy")]
    public void Stigma_language_is_found_at_its_first_letter(string body, int column, string term)
    {
        var finding = Assert.Single(CheckFixture.Run(CheckFixture.Article("a", body)).Of("stigma-language"));
        Assert.Equal((BodyLine, column), (finding.Line, finding.Column));
        Assert.Contains($"'{term}'", finding.Message);
        Assert.NotNull(finding.Suggestion);
    }

    [Theory]
    [InlineData("Keep a clean kitchen and clean up together.")]
    [InlineData("The dirty dishes can wait.")]
    [InlineData("Addiction is a disease; an addictive drug is a risk.")]
    [InlineData("Alcoholics Anonymous meets on Tuesdays.")]
    [InlineData("No alcoholic drinks at the party.")]
    [InlineData("Write `addict` in code, or link to [a page](https://example.org/addict/).")]
    public void Close_cases_are_not_stigma_language(string body)
    {
        Assert.Empty(CheckFixture.Run(CheckFixture.Article("a", body)).Of("stigma-language"));
    }

    [Fact]
    public void Stigma_terms_are_found_in_the_title_description_and_faq_too()
    {
        var findings = CheckFixture.Run(("content/articles/a.md",
            "---\ntitle: Living with an addict\ndate: 2025-01-01\ndescription: For families of junkies.\nfaq:\n  - q: Is my son an alcoholic?\n    a: He got clean last year.\n---\nText.\n"))
            .Of("stigma-language");
        Assert.Equal([(2, 23), (4, 30), (6, 21), (7, 11)], findings.Select(f => (f.Line, f.Column)));
    }

    [Fact]
    public void Site_yml_can_allow_a_name_and_add_terms()
    {
        string yml = "title: T\nbase_url: https://example.org/\ncheck:\n  stigma_language: { allow: [\"Clean Slate Recovery\"], extra: { \"dope sick\": \"in withdrawal\" } }\n";
        var findings = CheckFixture.Run(yml, CheckFixture.Article("a", "Clean Slate Recovery helps people who are dope sick."))
            .Of("stigma-language");
        var finding = Assert.Single(findings);
        Assert.Contains("dope sick", finding.Message);
        Assert.Equal("say: in withdrawal", finding.Suggestion);
    }

    [Fact]
    public void The_grade_follows_the_flesch_kincaid_formula_on_hand_counted_text()
    {
        // "The cat sat on the mat. It was a very happy cat." 12 words, 2 sentences; syllables: the(1) cat(1) sat(1)
        // on(1) the(1) mat(1) it(1) was(1) a(1) ve-ry(2) hap-py(2) cat(1) = 14.
        var document = CheckFixture.Run(CheckFixture.Article("a", "The cat sat on the mat. It was a very happy cat.")).Documents.Single();
        Assert.Equal((12, 2, 14), (document.Words, document.Sentences, document.Syllables));
        Assert.Equal(Math.Round(0.39 * 12 / 2 + 11.8 * 14 / 12 - 15.59, 1), document.Grade);
    }

    [Theory]
    [InlineData("cat", 1)]
    [InlineData("recovery", 4)]
    [InlineData("trusted", 2)]
    [InlineData("hoped", 1)]
    [InlineData("boundaries", 3)]
    [InlineData("table", 2)]
    [InlineData("make", 1)]
    [InlineData("self-care", 2)]
    [InlineData("2025", 1)]
    public void Syllables_are_counted_by_the_documented_method(string word, int syllables)
    {
        Assert.Equal(syllables, SiteGen.Checks.Reading.EnglishSyllables.Count(word));
    }

    [Fact]
    public void A_hard_article_reports_its_grade_and_its_longest_sentences()
    {
        string hard = string.Join(" ", Enumerable.Repeat("Comprehensive institutional rehabilitation necessitates multidisciplinary collaboration between organizations.", 2))
            + "\n\n" + string.Join(" ", Enumerable.Repeat("considerable", 30)) + " consideration.";
        var findings = CheckFixture.Run(CheckFixture.Article("a", hard)).Of("readability");
        Assert.Contains("above the target of 8", findings[0].Message);
        var longest = Assert.Single(findings.Skip(1));
        Assert.Equal((BodyLine + 2, 1), (longest.Line, longest.Column));
        Assert.Contains("31 words", longest.Message);
    }

    [Fact]
    public void An_easy_article_has_no_readability_finding_even_with_a_long_sentence()
    {
        string easy = "We sat and we ate and we had a good day and then we went home and we slept well and we woke up and it was a nice day again. "
            + string.Concat(Enumerable.Repeat("We rest. It helps. ", 8));
        var report = CheckFixture.Run(CheckFixture.Article("a", easy));
        Assert.Empty(report.Of("readability"));
    }

    [Fact]
    public void Medical_review_needs_a_reviewer_a_date_and_a_recent_one()
    {
        var report = CheckFixture.Run(
            Tests.Support.SiteFixture.Article("none", "Text.", "description: D."),
            Tests.Support.SiteFixture.Article("old", "Text.", "description: D.\nreviewed_by: Dr. X\nreviewed_on: 2025-10-01"),
            CheckFixture.Article("fresh", "Text."));
        var findings = report.Of("medical-review");
        Assert.Equal(2, findings.Count(f => f.File == "articles/none.md"));
        var old = Assert.Single(findings, f => f.File == "articles/old.md");
        Assert.Equal((6, 14), (old.Line, old.Column));
        Assert.DoesNotContain(findings, f => f.File == "articles/fresh.md");
    }

    [Fact]
    public void Medical_review_can_be_limited_to_topics()
    {
        string yml = "title: T\nbase_url: https://example.org/\ncheck:\n  medical_review: { topics: [medication] }\n";
        var report = CheckFixture.Run(yml, Tests.Support.SiteFixture.Article("a", "Text.", "description: D.\ntopics: [family]"),
            Tests.Support.SiteFixture.Article("b", "Text.", "description: D.\ntopics: [medication]"));
        Assert.Equal(["articles/b.md"], report.Of("medical-review").Select(f => f.File).Distinct());
    }

    [Fact]
    public void A_mention_of_suicide_needs_a_crisis_line()
    {
        var finding = Assert.Single(CheckFixture.Run(CheckFixture.Article("a", "Some people think about suicide after a relapse.")).Of("crisis-safety"));
        Assert.Equal((BodyLine, 25), (finding.Line, finding.Column));
        Assert.Equal(CheckSeverity.Error, finding.Severity);

        string yml = SiteGen.Tests.Support.SiteFixture.DefaultSiteYml + "\ncrisis_line: { label: 988 Lifeline, phone: \"988\" }\n";
        Assert.Empty(CheckFixture.Run(yml, CheckFixture.Article("a", "Some people think about suicide after a relapse.")).Of("crisis-safety"));
    }

    [Theory]
    [InlineData("![](photo.png)")]
    [InlineData("![IMG_2041.jpg](photo.png)")]
    [InlineData("![photo](photo.png)")]
    public void Images_need_alt_text_that_says_what_they_show(string body)
    {
        var finding = Assert.Single(CheckFixture.Run(CheckFixture.Article("a", body)).Of("alt-text"));
        Assert.Equal((BodyLine, 1), (finding.Line, finding.Column));
    }

    [Fact]
    public void Good_alt_text_is_not_a_finding()
    {
        Assert.Empty(CheckFixture.Run(CheckFixture.Article("a", "![A mother and her son on a bench in the park](photo.png)")).Of("alt-text"));
    }

    [Fact]
    public void Headings_that_skip_a_level_repeat_or_are_h1_are_found()
    {
        var findings = CheckFixture.Run(CheckFixture.Article("a", "# Title again\n\n## Part\n\n#### Deep\n\n## Part")).Of("headings");
        Assert.Equal([BodyLine, BodyLine + 4, BodyLine + 6], findings.Select(f => f.Line));
        Assert.Contains("skipped", findings[1].Message);
        Assert.Contains("repeats", findings[2].Message);
    }

    [Theory]
    [InlineData("For help, [click here](https://example.org/help).", 11, "click here")]
    [InlineData("See <https://example.org/help> for help.", 5, "bare URL")]
    [InlineData("See [the guide](http://example.org/guide).", 5, "http://")]
    [InlineData("<img src=\"https://www.google-analytics.com/collect?v=1\">", 6, "google-analytics.com")]
    public void Link_text_says_where_it_leads(string body, int column, string messagePart)
    {
        var finding = Assert.Single(CheckFixture.Run(CheckFixture.Article("a", body)).Of("link-text"));
        Assert.Equal((BodyLine, column), (finding.Line, finding.Column));
        Assert.Contains(messagePart, finding.Message);
    }

    [Fact]
    public void A_link_that_names_its_page_is_fine()
    {
        Assert.Empty(CheckFixture.Run(CheckFixture.Article("a", "Read [our guide to family meetings](https://example.org/guide).")).Of("link-text"));
    }

    [Fact]
    public void A_phone_number_in_the_text_should_be_a_tel_link()
    {
        var finding = Assert.Single(CheckFixture.Run(CheckFixture.Article("a", "Call (888) 643-9118 today, or [1-800-662-4357](tel:18006624357).")).Of("phone-links"));
        Assert.Equal((BodyLine, 6), (finding.Line, finding.Column));
        Assert.Equal("[(888) 643-9118](tel:8886439118)", finding.Suggestion);
    }

    [Fact]
    public void Metadata_wants_a_description_short_titles_and_no_duplicates()
    {
        string longTitle = new string('T', 71);
        var report = CheckFixture.Run(
            ("content/articles/a.md", $"---\ntitle: {longTitle}\ndate: 2025-01-01\nreviewed_by: X\nreviewed_on: 2026-11-01\n---\nText.\n"),
            ("content/articles/b.md", "---\ntitle: Same\ndate: 2025-01-01\ndescription: Same words.\nreviewed_by: X\nreviewed_on: 2026-11-01\n---\nText.\n"),
            ("content/articles/c.md", "---\ntitle: Same\ndate: 2025-01-01\ndescription: Same words.\nreviewed_by: X\nreviewed_on: 2026-11-01\n---\nText.\n"));
        var findings = report.Of("metadata");
        Assert.Contains(findings, f => f.File == "articles/a.md" && f.Message.StartsWith("no description"));
        Assert.Contains(findings, f => f.File == "articles/a.md" && f.Message.StartsWith("title of 71"));
        Assert.Contains(findings, f => f.File == "articles/b.md" && f.Message == "the same title as articles/c.md");
        Assert.Contains(findings, f => f.File == "articles/c.md" && f.Message == "the same description as articles/b.md");
    }

    [Fact]
    public void A_title_many_documents_share_is_one_finding_in_each_naming_the_first_others()
    {
        var report = CheckFixture.Run([.. Enumerable.Range(1, 5).Select(i => CheckFixture.Article($"a{i}", "Text.", "title: Same\n"))]);
        var findings = report.Of("metadata").Where(f => f.Message.StartsWith("the same title", StringComparison.Ordinal)).ToList();
        Assert.Equal(5, findings.Count);
        Assert.Equal("the same title as articles/a2.md, articles/a3.md, articles/a4.md and 1 other", findings.Single(f => f.File == "articles/a1.md").Message);
        Assert.Equal("the same title as articles/a1.md, articles/a2.md, articles/a3.md and 1 other", findings.Single(f => f.File == "articles/a5.md").Message);
    }

    [Fact]
    public void An_article_can_silence_a_rule_for_itself()
    {
        var report = CheckFixture.Run(CheckFixture.Article("a", "He was an addict.", "check: { off: [stigma-language] }"));
        Assert.Empty(report.Of("stigma-language"));
        Assert.Equal(["stigma-language"], report.Documents.Single().Silenced);
    }
}
