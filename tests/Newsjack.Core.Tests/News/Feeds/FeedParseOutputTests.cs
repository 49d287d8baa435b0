using System.Text.Json;
using Newsjack.Core.News.Feeds;
using Newsjack.Core.News.Feeds.Output;
using Newsjack.Core.Serialization;

namespace Newsjack.Core.Tests.News.Feeds;

public sealed class FeedParseOutputTests
{
    [Fact]
    public void From_successful_parse_writes_the_contract_shape_with_explicit_nulls()
    {
        var result = FeedParser.Parse(FeedFixtures.Bytes("rss2.xml"));

        var json = JsonSerializer.Serialize(FeedParseOutput.From("feeds/a.xml", result), NewsjackJsonContext.Default.FeedParseOutput);

        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        Assert.Equal("feeds/a.xml", root.GetProperty("file").GetString());
        Assert.True(root.GetProperty("ok").GetBoolean());
        Assert.False(root.TryGetProperty("error", out _));
        Assert.Equal("rss2", root.GetProperty("feed").GetProperty("format").GetString());
        var first = root.GetProperty("items")[0];
        Assert.Equal("2025-06-10T06:15:00Z", first.GetProperty("publishedAt").GetString());
        Assert.Equal(["id", "title", "link", "publishedAt", "summary"], first.EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public void From_item_without_date_writes_published_at_null()
    {
        var result = FeedParser.Parse("<rss><channel><item><title>x</title></item></channel></rss>"u8);

        var json = JsonSerializer.Serialize(FeedParseOutput.From("b.xml", result), NewsjackJsonContext.Default.FeedParseOutput);

        Assert.Contains("\"publishedAt\":null", json, StringComparison.Ordinal);
        Assert.Contains("\"link\":null", json, StringComparison.Ordinal);
    }

    [Fact]
    public void From_failed_parse_has_only_file_ok_and_error()
    {
        var json = JsonSerializer.Serialize(FeedParseOutput.From("c.xml", FeedParser.Parse("<html/>"u8)), NewsjackJsonContext.Default.FeedParseOutput);

        using var document = JsonDocument.Parse(json);
        Assert.Equal(["file", "ok", "error"], document.RootElement.EnumerateObject().Select(p => p.Name));
        Assert.False(document.RootElement.GetProperty("ok").GetBoolean());
    }
}
