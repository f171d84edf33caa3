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
}
