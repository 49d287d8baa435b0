using System.Text;
using Newsjack.Core.News.Feeds;

namespace Newsjack.Core.Tests.News.Feeds;

public sealed class FeedEncodingTests
{
    private const string Title = "Zürich – café “quoted”";

    static FeedEncodingTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static string Document(string declaration, string title = Title) =>
        $"{declaration}<rss version=\"2.0\"><channel><title>{title}</title></channel></rss>";

    [Theory]
    [InlineData("utf-8")]
    [InlineData("utf-16LE")]
    [InlineData("utf-16BE")]
    [InlineData("utf-32LE")]
    public void Parse_byte_order_mark_selects_the_encoding(string name)
    {
        var encoding = Encoding.GetEncoding(name);
        var bytes = encoding.GetPreamble().Concat(encoding.GetBytes(Document("<?xml version=\"1.0\"?>"))).ToArray();

        Assert.Equal(Title, FeedFixtures.Ok(FeedParser.Parse(bytes)).Title);
    }

    [Fact]
    public void Parse_utf16_without_bom_is_recognised_from_the_byte_pattern()
    {
        var bytes = Encoding.Unicode.GetBytes(Document("<?xml version=\"1.0\" encoding=\"utf-16\"?>"));

        Assert.Equal(Title, FeedFixtures.Ok(FeedParser.Parse(bytes)).Title);
    }

    [Fact]
    public void Parse_xml_declaration_windows1252_decodes_smart_quotes()
    {
        var bytes = Encoding.GetEncoding(1252).GetBytes(Document("<?xml version=\"1.0\" encoding=\"windows-1252\"?>"));

        Assert.Equal(Title, FeedFixtures.Ok(FeedParser.Parse(bytes)).Title);
    }

    [Fact]
    public void Parse_iso_8859_1_declaration_reads_cp1252_bytes_like_browsers_do()
    {
        var bytes = Encoding.GetEncoding(1252).GetBytes(Document("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>"));

        Assert.Equal(Title, FeedFixtures.Ok(FeedParser.Parse(bytes)).Title);
    }

    [Theory]
    [InlineData("gb2312", "北京新闻")]
    [InlineData("big5", "台北新聞")]
    [InlineData("euc-kr", "서울 뉴스")]
    [InlineData("shift_jis", "東京ニュース")]
    [InlineData("koi8-r", "Новости Москвы")]
    [InlineData("iso-8859-7", "Ειδήσεις")]
    public void Parse_legacy_encodings_from_the_declaration(string name, string title)
    {
        var bytes = Encoding.GetEncoding(name).GetBytes(Document($"<?xml version=\"1.0\" encoding=\"{name}\"?>", title));

        Assert.Equal(title, FeedFixtures.Ok(FeedParser.Parse(bytes)).Title);
    }

    [Fact]
    public void Parse_http_charset_overrides_the_xml_declaration()
    {
        var bytes = Encoding.GetEncoding("koi8-r").GetBytes(Document("<?xml version=\"1.0\" encoding=\"utf-8\"?>", "Привет"));

        Assert.Equal("Привет", FeedFixtures.Ok(FeedParser.Parse(bytes, "text/xml; charset=\"KOI8-R\"")).Title);
    }

    [Fact]
    public void Parse_undeclared_non_utf8_bytes_fall_back_to_windows1252()
    {
        var bytes = Encoding.GetEncoding(1252).GetBytes(Document(string.Empty, "naïve café"));

        Assert.Equal("naïve café", FeedFixtures.Ok(FeedParser.Parse(bytes)).Title);
    }

    [Fact]
    public void Parse_invalid_bytes_in_declared_utf8_become_replacement_characters_not_a_crash()
    {
        var bytes = Encoding.UTF8.GetBytes(Document("<?xml version=\"1.0\" encoding=\"utf-8\"?>", "good XX bad"));
        var at = Array.IndexOf(bytes, (byte)'X');
        bytes[at] = 0xC3;
        bytes[at + 1] = 0x28;

        Assert.Equal("good \uFFFD( bad", FeedFixtures.Ok(FeedParser.Parse(bytes)).Title);
    }

    [Fact]
    public void Parse_unknown_encoding_name_falls_back_instead_of_failing()
    {
        var bytes = Encoding.UTF8.GetBytes(Document("<?xml version=\"1.0\" encoding=\"x-made-up-8\"?>"));

        Assert.Equal(Title, FeedFixtures.Ok(FeedParser.Parse(bytes)).Title);
    }
}
