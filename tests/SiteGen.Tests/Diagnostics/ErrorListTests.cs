using SiteGen.Diagnostics;

namespace SiteGen.Tests.Diagnostics;

public sealed class ErrorListTests
{
    [Fact]
    public void Warnings_made_later_are_made_only_when_read_and_sorted_with_the_others()
    {
        var errors = new ErrorList();
        int made = 0;
        errors.Warn("articles/b.md", 3, 1, "now");
        errors.WarnLater(new[] { ("articles/a.md", 9), ("articles/b.md", 1) }.Select(w =>
        {
            made++;
            return new ContentWarning(w.Item1, w.Item2, 1, "later");
        }));
        errors.Warn(ContentWarning.OfSite("about the site"));

        Assert.Equal(0, made);
        var sorted = errors.SortedWarnings();

        Assert.Equal(2, made);
        Assert.Equal([(null, 0), ("articles/a.md", 9), ("articles/b.md", 1), ("articles/b.md", 3)], sorted.Select(w => (w.File, w.Line)));
    }

    [Fact]
    public void A_warning_made_later_and_also_now_is_listed_once()
    {
        var errors = new ErrorList();
        errors.Warn("articles/a.md", 2, 4, "same");
        errors.WarnLater([new ContentWarning("articles/a.md", 2, 4, "same")]);

        Assert.Single(errors.SortedWarnings());
    }
}
