using System.Text;
using Newsjack.Core.News.Feeds;

namespace Newsjack.Core.Tests.News.Feeds;

public sealed class FeedFormatDetectionTests
{
    [Theory]
    [InlineData("rss2.xml", FeedFormat.Rss2)]
    [InlineData("rss1.rdf", FeedFormat.Rss1)]
    [InlineData("rss091.xml", FeedFormat.Rss09)]
    [InlineData("rss090.rdf", FeedFormat.Rss09)]
    [InlineData("atom1.xml", FeedFormat.Atom1)]
    [InlineData("atom03.xml", FeedFormat.Atom03)]
    [InlineData("jsonfeed11.json", FeedFormat.Json)]
    public void Parse_each_format_is_detected_from_content(string file, FeedFormat expected)
    {
        var feed = FeedFixtures.ParseFile(file);

        Assert.Equal(expected, feed.Format);
        Assert.NotEmpty(feed.Items);
    }

    [Fact]
    public void Parse_ignores_the_file_extension_an_atom_document_named_rss_is_atom()
    {
        var atomBytes = FeedFixtures.Bytes("atom1.xml");

        Assert.Equal(FeedFormat.Atom1, FeedFixtures.Ok(FeedParser.Parse(atomBytes, "application/rss+xml")).Format);
    }

    [Theory]
    [InlineData("0.91", FeedFormat.Rss09)]
    [InlineData("0.92", FeedFormat.Rss09)]
    [InlineData("0.94", FeedFormat.Rss09)]
    [InlineData("2.0", FeedFormat.Rss2)]
    [InlineData("", FeedFormat.Rss2)]
    public void Parse_rss_version_attribute_picks_rss09_or_rss2(string version, FeedFormat expected)
    {
        var feed = FeedFixtures.ParseText($"<rss version=\"{version}\"><channel><title>x</title></channel></rss>");

        Assert.Equal(expected, feed.Format);
    }

    [Fact]
    public void Parse_html_page_is_rejected_naming_the_root_element()
    {
        var result = FeedParser.Parse("<html><body>not a feed</body></html>"u8);

        Assert.False(result.Ok);
        Assert.Contains("<html>", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\t ")]
    public void Parse_empty_document_is_an_error(string content)
    {
        var result = FeedParser.Parse(Encoding.UTF8.GetBytes(content));

        Assert.False(result.Ok);
        Assert.Contains("empty", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_contract_names_match_the_formats()
    {
        Assert.Equal(
            ["rss2", "rss1", "rss09", "atom1", "atom03", "json"],
            Enum.GetValues<FeedFormat>().Select(f => f.ToContractName()));
    }
}
