using SiteGen.PostProcess.Search;

namespace SiteGen.Tests.Search;

public sealed class SnippetWindowTests
{
    private static string Numbered(int from, int count) => string.Join(' ', Enumerable.Range(from, count).Select(i => "w" + i));

    [Fact]
    public void The_window_starts_a_few_words_before_the_first_match_of_the_term()
    {
        var text = Numbered(0, 20) + " after a relapsed weekend " + Numbered(20, 40);

        var (window, before, after) = new SnippetWindow(SearchLanguage.English).Around(text, "relaps");

        var words = window.Split(' ');
        Assert.Equal(SnippetWindow.Words, words.Length);
        Assert.Equal("relapsed", words[SnippetWindow.WordsBefore]);
        Assert.Equal("w14", words[0]);
        Assert.True(before);
        Assert.True(after);
    }

    [Fact]
    public void A_short_text_is_kept_whole_with_its_white_space_made_single()
    {
        var (window, before, after) = new SnippetWindow(SearchLanguage.English).Around("Trust\n grows   slowly.", "grow");

        Assert.Equal("Trust grows slowly.", window);
        Assert.False(before);
        Assert.False(after);
    }

    [Fact]
    public void Without_a_match_the_window_is_the_start_of_the_text()
    {
        var (window, before, after) = new SnippetWindow(SearchLanguage.English).Around(Numbered(0, 40), "relaps");

        Assert.StartsWith("w0 w1 ", window);
        Assert.False(before);
        Assert.True(after);
    }

    [Fact]
    public void A_word_matches_through_any_of_its_tokens()
    {
        var (window, _, _) = new SnippetWindow(SearchLanguage.English).Around(Numbered(0, 20) + " (self-forgiveness) " + Numbered(20, 20), "forgiv");

        Assert.Equal("(self-forgiveness)", window.Split(' ')[SnippetWindow.WordsBefore]);
    }

    [Fact]
    public void Windows_of_several_terms_in_one_pass_are_those_of_each_term_alone()
    {
        var text = Numbered(0, 12) + " trust came back " + Numbered(12, 30) + " after a relapse, trusting again " + Numbered(42, 30);
        string[] terms = ["trust", "relaps", "absent", "w50"];

        var windows = new SnippetWindow(SearchLanguage.English).AroundEach(text, terms);

        Assert.Equal(terms.Order(StringComparer.Ordinal), windows.Keys.Order(StringComparer.Ordinal));
        // Each term's window starts before its own first match: "trust" the 13th word, "relapse," the 48th.
        Assert.Equal(("w4", "trust"), (windows["trust"].Text.Split(' ')[0], windows["trust"].Text.Split(' ')[SnippetWindow.WordsBefore]));
        Assert.Equal("relapse,", windows["relaps"].Text.Split(' ')[SnippetWindow.WordsBefore]);
        Assert.Equal("w50", windows["w50"].Text.Split(' ')[SnippetWindow.WordsBefore]);
        Assert.StartsWith("w0 ", windows["absent"].Text);
        Assert.True(windows["relaps"].CutBefore && windows["relaps"].CutAfter);
    }
}
