using Newsjack.Core.Feeds;

namespace Newsjack.Core.Tests.Feeds;

public sealed class FeedFormatTests
{
    [Fact]
    public void HasSixFormats() => Assert.Equal(6, Enum.GetValues<FeedFormat>().Length);
}
