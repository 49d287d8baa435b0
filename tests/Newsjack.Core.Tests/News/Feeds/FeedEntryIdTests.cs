using Newsjack.Core.News.Feeds;

namespace Newsjack.Core.Tests.News.Feeds;

public sealed class FeedEntryIdTests
{
    [Fact]
    public void Create_same_story_with_different_tracking_gets_one_id()
    {
        var plain = FeedEntryId.Create("https://news.example/story?id=1", null, "Title", null);
        var tracked = FeedEntryId.Create("https://NEWS.example/story?utm_source=rss&id=1#x", "other-guid", "Other title", null);

        Assert.Equal(plain, tracked);
        Assert.Matches("^[0-9a-f]{16}$", plain);
    }

    [Fact]
    public void Create_without_link_uses_the_guid_then_title_and_date()
    {
        var date = new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);

        Assert.Equal(FeedEntryId.Create(null, "g-1", "A", null), FeedEntryId.Create("  ", "g-1", "B", date));
        Assert.NotEqual(FeedEntryId.Create(null, "g-1", null, null), FeedEntryId.Create(null, "g-2", null, null));
        Assert.Equal(FeedEntryId.Create(null, null, "A", date), FeedEntryId.Create(null, null, "A", date.ToOffset(TimeSpan.FromHours(3))));
        Assert.NotEqual(FeedEntryId.Create(null, null, "A", date), FeedEntryId.Create(null, null, "A", date.AddDays(1)));
    }

    [Fact]
    public void Parse_assigns_ids_that_survive_a_second_poll()
    {
        var first = FeedFixtures.ParseFile("rss2.xml").Items.Select(i => i.Id);
        var second = FeedFixtures.ParseFile("rss2.xml").Items.Select(i => i.Id);

        Assert.Equal(first, second);
        Assert.Equal(FeedEntryId.Create("https://gazette.example/ferry?id=7", null, null, null), first.First());
    }
}
