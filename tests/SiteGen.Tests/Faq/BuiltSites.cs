using SiteGen.Tests.Support;

namespace SiteGen.Tests;

/// <summary>A small site under a sub-path with every feature of FAQ pages, structured data, feeds and host files.</summary>
internal static class BuiltSites
{
    public const string BaseUrl = "https://example.org/blog/";

    public const string SiteYml = """
        title: Harbor Recovery
        description: Support for people in recovery and their families.
        base_url: https://example.org/blog/
        language: en
        organization:
          name: Harbor Recovery Center
          phone: "+1 555 0100"
          url: https://example.org/
          logo: images/logo.svg
        """;

    public static SiteFixture Create(params (string Path, string Text)[] more) =>
        SiteFixture.Create(
        [
            ("content/site.yml", SiteYml),
            ("content/images/logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>"),
            SiteFixture.Article("after-a-relapse", date: "2025-03-01", frontMatter: """
                topics: [relapse, family]
                author: Dana Lee
                reviewed_by: Dr. Ana Ruiz
                reviewed_on: 2025-03-10
                updated: 2025-04-02
                aliases: [old/after-relapse]
                faq:
                  - q: Is it normal to lose people after a relapse?
                    a: For a while, often. Many come back.
                """, body: """
                Relapse is part of many recoveries.

                ## Frequently Asked Questions

                ### What should I say when I reach out?

                Keep it short and honest.

                ### Talk to someone today

                Our line is open.
                """),
            SiteFixture.Article("boundaries", date: "2025-02-01", frontMatter: "topics: [family]\nimage: /images/logo.svg\nimage_alt: Our logo",
                body: "Saying no is care too."),
            ("content/pages/about.md", "---\ntitle: About us\n---\n\nWho we are.\n"),
            .. more,
        ]);
}
