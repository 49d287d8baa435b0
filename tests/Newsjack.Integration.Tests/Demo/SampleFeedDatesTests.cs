using Newsjack.Cli.Demo;

namespace Newsjack.Integration.Tests.Demo;

public sealed class SampleFeedDatesTests
{
    private const string Rss = "<item><pubDate>Sun, 22 Nov 2026 21:14:00 GMT</pubDate></item><item><pubDate>Mon, 23 Nov 2026 09:10:00 GMT</pubDate></item>";
    private const string Json = """{"items":[{"date_published": "2026-11-23T02:15:00Z"}]}""";

    [Fact]
    public void Newest_sample_date_becomes_ten_minutes_old_and_formats_are_kept()
    {
        var now = new DateTimeOffset(2027, 3, 4, 12, 0, 0, TimeSpan.Zero);

        var offset = SampleFeedDates.OffsetFor([Rss, Json], now, TimeSpan.FromMinutes(10));

        Assert.Equal(
            "<item><pubDate>Wed, 03 Mar 2027 23:54:00 GMT</pubDate></item><item><pubDate>Thu, 04 Mar 2027 11:50:00 GMT</pubDate></item>",
            SampleFeedDates.Shift(Rss, offset));
        Assert.Equal("""{"items":[{"date_published": "2027-03-04T04:55:00Z"}]}""", SampleFeedDates.Shift(Json, offset));
    }

    [Fact]
    public void Text_without_dates_is_left_alone()
    {
        Assert.Equal("<title>No dates here</title>", SampleFeedDates.Shift("<title>No dates here</title>", TimeSpan.FromDays(3)));
    }
}
