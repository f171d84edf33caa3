using SiteGen.Watch;

namespace SiteGen.Tests.Watch;

public class ChangeCoalescerTests
{
    private static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(100);
    private static readonly TimeSpan Cap = TimeSpan.FromMilliseconds(1000);

    private static TimeSpan Ms(int milliseconds) => TimeSpan.FromMilliseconds(milliseconds);

    [Fact]
    public void Nothing_is_due_without_changes()
    {
        var changes = new ChangeCoalescer(Quiet, Cap);

        Assert.Null(changes.DueAt);
        Assert.Null(changes.TakeIfDue(Ms(5000)));
    }

    [Fact]
    public void A_burst_is_taken_once_quiet_has_passed_after_its_last_change()
    {
        var changes = new ChangeCoalescer(Quiet, Cap);
        changes.Add("b.md", Ms(0));
        changes.Add("a.md", Ms(40));
        changes.Add("b.md", Ms(80));

        Assert.Equal(Ms(180), changes.DueAt);
        Assert.Null(changes.TakeIfDue(Ms(179)));
        Assert.Equal(["a.md", "b.md"], changes.TakeIfDue(Ms(180)));
        Assert.True(changes.IsEmpty);
        Assert.Null(changes.DueAt);
    }

    [Fact]
    public void A_stream_of_changes_is_cut_at_the_cap()
    {
        var changes = new ChangeCoalescer(Quiet, Cap);
        for (int t = 500; t <= 1400; t += 50) changes.Add($"{t}.md", Ms(t));

        Assert.Equal(Ms(1500), changes.DueAt);
        Assert.Equal(19, changes.TakeIfDue(Ms(1500))!.Count);
    }

    [Fact]
    public void The_next_burst_starts_its_own_cap()
    {
        var changes = new ChangeCoalescer(Quiet, Cap);
        changes.Add("a.md", Ms(0));
        Assert.NotNull(changes.TakeIfDue(Ms(100)));

        changes.Add("b.md", Ms(2000));
        for (int t = 2050; t <= 2950; t += 50) changes.Add("c.md", Ms(t));

        Assert.Equal(Ms(3000), changes.DueAt);
    }

    [Fact]
    public void A_burst_of_files_in_place_is_over_after_the_short_quiet()
    {
        var changes = new ChangeCoalescer(Quiet, Cap, settled: Ms(4));
        changes.Add("a.md", Ms(0), inPlace: true);
        changes.Add("b.md", Ms(2), inPlace: true);

        Assert.Equal(Ms(6), changes.DueAt);
        Assert.Null(changes.TakeIfDue(Ms(5)));
        Assert.Equal(["a.md", "b.md"], changes.TakeIfDue(Ms(6)));
    }

    [Fact]
    public void A_file_moved_away_waits_the_long_quiet_until_it_is_back()
    {
        // vim's save: the article moved aside, then written again under its name.
        var changes = new ChangeCoalescer(Quiet, Cap, settled: Ms(4));
        changes.Add("a.md", Ms(0), inPlace: false);
        Assert.Equal(Ms(100), changes.DueAt);

        changes.Add("a.md", Ms(3), inPlace: true);
        Assert.Equal(Ms(7), changes.DueAt);
    }

    [Fact]
    public void A_file_deleted_among_others_keeps_the_whole_burst_on_the_long_quiet()
    {
        var changes = new ChangeCoalescer(Quiet, Cap, settled: Ms(4));
        changes.Add("a.md", Ms(0), inPlace: true);
        changes.Add("gone.md", Ms(1), inPlace: false);
        changes.Add("b.md", Ms(2), inPlace: true);

        Assert.Equal(Ms(102), changes.DueAt);
        Assert.Equal(["a.md", "b.md", "gone.md"], changes.TakeIfDue(Ms(102)));

        // The next burst starts with nothing missing.
        changes.Add("c.md", Ms(500), inPlace: true);
        Assert.Equal(Ms(504), changes.DueAt);
    }
}
