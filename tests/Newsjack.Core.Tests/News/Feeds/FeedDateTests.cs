using Newsjack.Core.News.Feeds.Dates;

namespace Newsjack.Core.Tests.News.Feeds;

public sealed class FeedDateTests
{
    [Theory]
    [InlineData("Thu, 01 Jan 2004 19:48:21 GMT", "2004-01-01T19:48:21Z")]
    [InlineData("01 Jan 2004 19:48:21 GMT", "2004-01-01T19:48:21Z")]
    [InlineData("Mon, 01 Jan 2004 19:48:21 GMT", "2004-01-01T19:48:21Z")]
    [InlineData("Thu, 01 Jan 04 19:48:21 GMT", "2004-01-01T19:48:21Z")]
    [InlineData("Sat, 5 Mar 99 10:00:00 +0000", "1999-03-05T10:00:00Z")]
    [InlineData("Thu,  5 Apr 2012   10:00:00   GMT", "2012-04-05T10:00:00Z")]
    [InlineData("Fri,24 Nov 2023 18:28:36 -0000", "2023-11-24T18:28:36Z")]
    [InlineData("Tue, 10 Jun 2025 08:15:00 +0200", "2025-06-10T06:15:00Z")]
    [InlineData("Tue, 10 Jun 2025 08:15:00 -05:30", "2025-06-10T13:45:00Z")]
    [InlineData("Tue, 10 Jun 2025 08:15:00 EST", "2025-06-10T13:15:00Z")]
    [InlineData("Tue, 10 Jun 2025 08:15:00 PDT", "2025-06-10T15:15:00Z")]
    [InlineData("Tue, 10 Jun 2025 08:15:00 UT", "2025-06-10T08:15:00Z")]
    [InlineData("Tue, 10 Jun 2025 08:15:00 Z", "2025-06-10T08:15:00Z")]
    [InlineData("Tue, 10 Jun 2025 08:15:00 A", "2025-06-10T09:15:00Z")]
    [InlineData("Tue, 10 Jun 2025 08:15:00 N", "2025-06-10T07:15:00Z")]
    [InlineData("Tue, 10 Jun 2025 08:15:00 Etc/GMT", "2025-06-10T08:15:00Z")]
    [InlineData("Tue, 10 Jun 2025 08:15:00 GMT+02:00", "2025-06-10T06:15:00Z")]
    [InlineData("Tue, 10 Jun 2025 08:15:00", "2025-06-10T08:15:00Z")]
    [InlineData("Tue, 10 Jun 2025 08:15 GMT", "2025-06-10T08:15:00Z")]
    [InlineData("Tue, 10 Jun 2025", "2025-06-10T00:00:00Z")]
    [InlineData("Mon, 26 January 2004 16:31:00 ET", "2004-01-26T21:31:00Z")]
    [InlineData("Mon, 13 Feb, 2012 06:28:00 UTC", "2012-02-13T06:28:00Z")]
    [InlineData("Sun Jan  4 16:29:06 2004", "2004-01-04T16:29:06Z")]
    [InlineData("Sun Jul 15 01:16:00 +0000 2012", "2012-07-15T01:16:00Z")]
    [InlineData("Thu Aug 30 2012 17:26:16 +0200", "2012-08-30T15:26:16Z")]
    [InlineData("2003-12-31T10:14:55Z", "2003-12-31T10:14:55Z")]
    [InlineData("2003-12-31T10:14:55-08:00", "2003-12-31T18:14:55Z")]
    [InlineData("2007-04-23T23:25:47.538+10:00", "2007-04-23T13:25:47Z")]
    [InlineData("2003-12-31T10:14", "2003-12-31T10:14:00Z")]
    [InlineData("2003-12-31T10:14:55", "2003-12-31T10:14:55Z")]
    [InlineData("2003-12-31", "2003-12-31T00:00:00Z")]
    [InlineData("2003-12", "2003-12-01T00:00:00Z")]
    [InlineData("2003", "2003-01-01T00:00:00Z")]
    [InlineData("2004-07-08 23:56:58 -00:20", "2004-07-09T00:16:58Z")]
    [InlineData("20031231T101455Z", "2003-12-31T10:14:55Z")]
    [InlineData("031231", "2003-12-31T00:00:00Z")]
    [InlineData("03-12-31", "2003-12-31T00:00:00Z")]
    [InlineData("-0312", "2003-12-01T00:00:00Z")]
    [InlineData("-03-12", "2003-12-01T00:00:00Z")]
    [InlineData("Thu, 01 Jan 0100 00:00:01 +0100", "0099-12-31T23:00:01Z")]
    [InlineData("2000-02-28T18:14:55-08:00", "2000-02-29T02:14:55Z")]
    [InlineData("Κυρ, 11 Ιούλ 2004 12:00:00 EST", "2004-07-11T17:00:00Z")]
    [InlineData("2004-július-13T9:15-05:00", "2004-07-13T14:15:00Z")]
    [InlineData("2004년 05월 28일  01:31:15", "2004-05-27T16:31:15Z")]
    [InlineData("2004-05-25 오후 11:23:17", "2004-05-25T14:23:17Z")]
    [InlineData("Fri, 2006/09/15 08:19:53 EDT", "2006-09-15T12:19:53Z")]
    public void Parse_reads_feed_date_formats(string text, string expectedUtc)
    {
        var parsed = FeedDate.Parse(text);

        Assert.NotNull(parsed);
        Assert.Equal(DateTimeOffset.Parse(expectedUtc, System.Globalization.CultureInfo.InvariantCulture), parsed.Value);
        Assert.Equal(TimeSpan.Zero, parsed.Value.Offset);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("yesterday")]
    [InlineData("Sun, 16 Dec 2012 1:2:3:4 GMT")]
    [InlineData("Sun, 16 zzz 2012 11:47:32 GMT")]
    [InlineData("Sun, 16 Dec 2012 11:47:32 +zz:00")]
    [InlineData("Sun, 99 Jun 2009 12:00:00 GMT")]
    [InlineData("Sun, 31 Jun 2009 12:00:00 GMT")]
    [InlineData("2003-12-31T25:14:55Z")]
    [InlineData("2003-12-31T10:61:55Z")]
    [InlineData("2013-01-28T11:30:00-06:00Textra")]
    [InlineData("2013-01-27-01")]
    [InlineData("9999-12-31T23:59:59-99:99")]
    [InlineData("013")]
    [InlineData("22013")]
    public void Parse_unreadable_dates_give_null(string text)
    {
        Assert.Null(FeedDate.Parse(text));
    }
}
