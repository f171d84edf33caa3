using System.Text;
using SiteGen.Render;

namespace SiteGen.Tests.Render;

public sealed class KeptBuffersTests
{
    [Fact]
    public void An_ordinary_page_reuses_the_kept_buffer_and_grows_it()
    {
        char[]? kept = null;

        var first = KeptBuffers.Take(ref kept, 1000);
        var second = KeptBuffers.Take(ref kept, 800);
        var third = KeptBuffers.Take(ref kept, 5000);

        Assert.Same(first, second);
        Assert.Same(kept, third);
        Assert.True(third.Length >= 5000);
    }

    [Fact]
    public void A_page_past_the_limit_gets_a_buffer_that_is_not_kept()
    {
        byte[]? kept = null;
        KeptBuffers.Take(ref kept, 1000);
        var ordinary = kept;

        var large = KeptBuffers.Take(ref kept, KeptBuffers.MaxLength + 1);

        Assert.Equal(KeptBuffers.MaxLength + 1, large.Length);
        Assert.Same(ordinary, kept);
    }

    [Fact]
    public void A_kept_buffer_never_grows_past_the_limit()
    {
        char[]? kept = new char[KeptBuffers.MaxLength - 10];

        KeptBuffers.Take(ref kept, KeptBuffers.MaxLength - 5);

        Assert.Equal(KeptBuffers.MaxLength, kept!.Length);
    }

    [Fact]
    public void A_builder_grown_by_a_large_page_lets_its_memory_go_when_cleared()
    {
        var large = new StringBuilder().Append('x', KeptBuffers.MaxLength + 1);
        var ordinary = new StringBuilder().Append('x', 50_000);
        int ordinaryCapacity = ordinary.Capacity;

        KeptBuffers.Clear(large);
        KeptBuffers.Clear(ordinary);

        Assert.Equal(0, large.Length);
        Assert.True(large.Capacity <= KeptBuffers.MaxLength);
        Assert.Equal(0, ordinary.Length);
        Assert.True(ordinary.Capacity >= Math.Min(ordinaryCapacity, 50_000));
    }
}
