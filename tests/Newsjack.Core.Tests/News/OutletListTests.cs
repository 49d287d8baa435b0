using Newsjack.Core.News;

namespace Newsjack.Core.Tests.News;

public sealed class OutletListTests
{
    [Fact]
    public void Merge_NewOutlet_IsAppendedAndRoundTrips()
    {
        var merged = OutletList.Merge(OutletList.Parse("Wire"), "Daily Planet");

        Assert.NotNull(merged);
        Assert.Equal(["Wire", "Daily Planet"], OutletList.Parse(OutletList.Format(merged)));
    }

    [Fact]
    public void Merge_OutletAlreadyThere_ReturnsNull() =>
        Assert.Null(OutletList.Merge(OutletList.Parse("Wire\nDaily Planet"), "daily planet"));

    [Fact]
    public void Parse_Empty_IsEmpty() => Assert.Empty(OutletList.Parse(null));
}
