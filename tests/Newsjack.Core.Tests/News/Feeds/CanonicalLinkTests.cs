using Newsjack.Core.News.Feeds;

namespace Newsjack.Core.Tests.News.Feeds;

public sealed class CanonicalLinkTests
{
    [Theory]
    [InlineData("HTTPS://News.Example.COM/a/B?x=1", "https://news.example.com/a/B?x=1")]
    [InlineData("https://news.example:443/a", "https://news.example/a")]
    [InlineData("http://news.example:80/a", "http://news.example/a")]
    [InlineData("http://news.example:8080/a", "http://news.example:8080/a")]
    [InlineData("https://news.example/a#comments", "https://news.example/a")]
    [InlineData("https://news.example/a?utm_source=rss&utm_medium=feed&id=3", "https://news.example/a?id=3")]
    [InlineData("https://news.example/a?fbclid=x&gclid=y&mc_cid=1&mc_eid=2&igshid=z", "https://news.example/a")]
    [InlineData("https://news.example/a?ref=tw&ref_src=s&cmpid=c&ocid=o&smid=m&at_medium=x&at_campaign=y", "https://news.example/a")]
    [InlineData("https://news.example/a?b=2&a=1", "https://news.example/a?a=1&b=2")]
    [InlineData("https://news.example/a?UTM_Source=x&page=2", "https://news.example/a?page=2")]
    [InlineData("  https://news.example/a  ", "https://news.example/a")]
    [InlineData("tag:news.example,2025:1", "tag:news.example,2025:1")]
    [InlineData("/relative/path", "/relative/path")]
    public void Normalize_gives_the_canonical_form(string url, string expected)
    {
        Assert.Equal(expected, CanonicalLink.Normalize(url));
    }

    [Fact]
    public void Normalize_is_stable_when_applied_twice()
    {
        var once = CanonicalLink.Normalize("https://News.example/x?z=1&utm_campaign=a&a=2#top");

        Assert.Equal(once, CanonicalLink.Normalize(once));
    }
}
