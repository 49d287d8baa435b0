using System.Text;

namespace Newsjack.Core.Tests.News.Feeds;

/// <summary>
/// Hostile markup inside a description (deep nesting, unclosed and stray tags, entity and CDATA runs, thousands of
/// namespaces) is repaired to the text a reader expects, and the items after it are read too.
/// </summary>
public sealed class HostileFeedTests
{
    [Fact]
    public void Parse_hundred_thousand_nested_elements_keeps_the_text_and_the_next_item()
    {
        var summary = Summary(Repeat("<a>", 100_000) + "deep" + Repeat("</a>", 100_000));

        Assert.Equal("deep", summary);
    }

    [Fact]
    public void Parse_nesting_past_the_depth_limit_keeps_every_word_in_order()
    {
        var levels = string.Concat(Enumerable.Range(0, 400).Select(i => $"<span class=\"c{i}\"> w{i}"));

        var summary = Summary(levels + Repeat("</span>", 400));

        Assert.Equal(string.Join(' ', Enumerable.Range(0, 400).Select(i => $"w{i}")), summary);
    }

    [Fact]
    public void Parse_start_tags_past_the_depth_limit_leave_no_attribute_text_behind()
    {
        var deep = Repeat("<b>", 300) + "<i title=\"a > b &amp; c\" data-x='<'>kept</i> <br/>after" + Repeat("</b>", 300);

        Assert.Equal("kept after", Summary(deep));
    }

    [Fact]
    public void Parse_hundred_thousand_unclosed_tags_are_closed_at_the_end_of_the_description()
    {
        Assert.Equal("unclosed", Summary(Repeat("<b>", 100_000) + "unclosed"));
    }

    [Fact]
    public void Parse_end_tags_that_close_nothing_open_each_close_the_current_element()
    {
        Assert.Equal(new string('x', 50_000), Summary(Repeat("<b>", 50_000) + Repeat("x</i>", 50_000)));
    }

    [Fact]
    public void Parse_mismatched_and_misspelled_end_tags_are_repaired_in_a_long_run()
    {
        Assert.Equal(Repeat("abcd", 20_000), Summary(Repeat("<i>a<b>b</i>c<b>d</u></b>", 20_000)));
    }

    [Fact]
    public void Parse_long_run_of_entities_decodes_each_one()
    {
        var summary = Summary(Repeat("&nbsp;&copy;&#150;&#X41;&bogus;&amp;&mdash;&#x1F600;", 20_000));

        Assert.Equal(Repeat("\u00A0©–A&bogus;&—😀", 20_000), summary);
    }

    [Fact]
    public void Parse_stray_ampersands_and_brackets_stay_literal()
    {
        Assert.Equal(Repeat("a & b < c &#; d &x ", 20_000).TrimEnd(), Summary(Repeat("a & b < c &#; d &x ", 20_000)));
    }

    [Fact]
    public void Parse_many_cdata_sections_reduce_their_html()
    {
        var summary = Summary(Repeat("<![CDATA[<p>Council &amp; <b>plan</b></p>]]>", 20_000));

        Assert.Equal(string.Join(' ', Enumerable.Repeat("Council & plan", 20_000)), summary);
    }

    [Theory]
    [InlineData("&lt;![CDATA[a&lt;![CDATA[b]]&gt;c", "a b c")]
    [InlineData("&lt;![CDATA[&lt;b ]]&gt; x&gt; y", "x> y")]
    [InlineData("&lt;p&gt;a&lt;![CDATA[&lt;b&gt;c&lt;/b&gt;]]&gt;d&lt;/p&gt;", "a c d")]
    public void Parse_cdata_inside_escaped_html_ends_at_its_closer(string description, string expected)
    {
        Assert.Equal(expected, Summary(description));
    }

    [Fact]
    public void Parse_hundred_thousand_cdata_openers_sharing_one_closer_keep_the_text()
    {
        Assert.Equal("x", Summary(Repeat("&lt;![CDATA[", 100_000) + "x]]&gt;"));
    }

    [Fact]
    public void Parse_thousands_of_namespace_declarations_on_inline_markup_keep_the_text()
    {
        var declarations = string.Concat(Enumerable.Range(0, 20_000).Select(i => $"xmlns:p{i}=\"urn:p{i}\" "));
        var children = string.Concat(Enumerable.Range(0, 20_000).Select(i => $"<p{i}:div>{i}</p{i}:div>"));

        var summary = Summary($"<p {declarations}>{children}</p>");

        Assert.Equal(string.Join(' ', Enumerable.Range(0, 20_000)), summary);
    }

    [Fact]
    public void Parse_ten_megabyte_hostile_feed_reads_every_item()
    {
        var payloads = new[]
        {
            Repeat("<a>", 100_000) + "deep" + Repeat("</a>", 100_000),
            Repeat("<b>", 100_000) + "unclosed",
            Repeat("<b>", 50_000) + Repeat("x</i>", 50_000),
            Repeat("&lt;![CDATA[", 100_000) + "x]]&gt;",
            Repeat("&nbsp;&bogus;&#150; & < ", 20_000),
        };
        var xml = new StringBuilder("<rss version=\"2.0\"><channel><title>Hostile</title>");
        var count = 0;
        while (xml.Length < 10 * 1024 * 1024)
        {
            xml.Append($"<item><title>Item {count}</title><description>{payloads[count % payloads.Length]}</description></item>");
            count++;
        }

        var feed = FeedFixtures.ParseText(xml.Append("</channel></rss>").ToString());

        Assert.Equal(Enumerable.Range(0, count).Select(i => $"Item {i}"), feed.Items.Select(i => i.Title));
        Assert.Equal(["deep", "unclosed", new string('x', 50_000), "x"], feed.Items.Take(4).Select(i => i.Summary));
    }

    private static string? Summary(string description)
    {
        var feed = FeedFixtures.ParseText(
            $"<rss version=\"2.0\"><channel><title>t</title><item><title>hostile</title><description>{description}</description></item>"
            + "<item><title>next</title><description>after</description></item></channel></rss>");

        Assert.Equal(["hostile", "next"], feed.Items.Select(i => i.Title));
        Assert.Equal("after", feed.Items[1].Summary);
        return feed.Items[0].Summary;
    }

    private static string Repeat(string text, int count) => new StringBuilder(text.Length * count).Insert(0, text, count).ToString();
}
