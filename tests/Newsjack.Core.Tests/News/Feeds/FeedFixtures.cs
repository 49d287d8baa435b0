using System.Text;
using Newsjack.Core.News.Feeds;

namespace Newsjack.Core.Tests.News.Feeds;

/// <summary>Loads the feed fixtures copied next to the tests and parses inline documents.</summary>
internal static class FeedFixtures
{
    public static byte[] Bytes(string name) => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Feeds", name));

    public static ParsedFeed ParseFile(string name) => Ok(FeedParser.Parse(Bytes(name)));

    public static ParsedFeed ParseText(string xml, string? contentType = null) => Ok(FeedParser.Parse(Encoding.UTF8.GetBytes(xml), contentType));

    public static FeedEntry SingleItem(string itemXml) =>
        Assert.Single(ParseText($"<rss version=\"2.0\"><channel><title>t</title>{itemXml}</channel></rss>").Items);

    public static ParsedFeed Ok(FeedParseResult result)
    {
        Assert.True(result.Ok, result.Error);
        return result.Feed!;
    }
}
