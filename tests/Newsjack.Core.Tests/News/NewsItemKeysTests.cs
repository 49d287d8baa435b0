using Newsjack.Core.News;

namespace Newsjack.Core.Tests.News;

public sealed class NewsItemKeysTests
{
    [Fact]
    public void HourBucket_IsUtcHour()
    {
        var time = new DateTimeOffset(2026, 11, 23, 1, 59, 0, TimeSpan.FromHours(2));

        Assert.Equal("2026112223", NewsItemKeys.HourBucket(time));
    }

    [Fact]
    public void GuidKey_UrlGuid_IsSharedAcrossFeeds() =>
        Assert.Equal(NewsItemKeys.GuidKey("https://x.example/a?p=1", "A"), NewsItemKeys.GuidKey("https://x.example/a?p=1", "B"));

    [Fact]
    public void GuidKey_PlainNumberGuid_IsScopedToItsFeed() =>
        Assert.NotEqual(NewsItemKeys.GuidKey("12345", "A"), NewsItemKeys.GuidKey("12345", "B"));

    [Fact]
    public void IdKey_UnsafeCharacters_AreHashedIntoAValidKey()
    {
        var key = NewsItemKeys.IdKey("a/b#c");

        Assert.True(NewsItemKeys.IsSafeKey(key));
        Assert.NotEqual(key, NewsItemKeys.IdKey("a/b#d"));
    }
}
