using Newsjack.Core.Buzz;
using Newsjack.Core.News;
using Newsjack.Core.Scoring.Decisions;
using Newsjack.Core.Topics;

namespace Newsjack.Core.Tests.Scoring.Decisions;

/// <summary>A hashtag topic is judged by the posts under that very tag, in input order, each once, at most 200.</summary>
public sealed class TopicSubjectTests
{
    private static readonly DateTimeOffset Now = new(2026, 2, 3, 15, 0, 0, TimeSpan.Zero);

    private static BuzzPost Post(string id, string text) => new() { Id = id, Platform = "x", Text = text, CreatedAt = Now, Lang = "en" };

    private static Topic Tagged(params string[] hashtags) => new() { Id = "t-1", Label = hashtags[0], Hashtags = hashtags, Origin = TopicOrigin.Social };

    private static IReadOnlyList<string> PostIds(Topic topic, IReadOnlyList<BuzzPost> posts) =>
        [.. TopicSubject.FromAll([topic], new Dictionary<string, NewsItem>(), posts)[0].Posts.Select(p => p.Id)];

    [Fact]
    public void A_tag_does_not_take_the_posts_of_a_longer_tag_that_starts_with_it()
    {
        BuzzPost[] posts = [Post("a", "Grief and anger #Tag1"), Post("b", "Giveaway time #Tag12"), Post("c", "more #tag1 here"), Post("d", "no tag1 at all")];

        Assert.Equal(["a", "c"], PostIds(Tagged("#tag1"), posts));
        Assert.Equal(["b"], PostIds(Tagged("#Tag12"), posts));
    }

    [Fact]
    public void Posts_under_several_of_the_topics_tags_come_once_in_input_order_after_the_samples_capped_at_200()
    {
        var posts = Enumerable.Range(0, 500).Select(i => Post($"p{i}", i % 3 == 0 ? "#WhyIStayed #WhyILeft" : i % 3 == 1 ? "#whyileft" : "#other")).ToList();
        var topic = Tagged("#whyistayed", "#whyileft") with { SamplePosts = [new TopicSamplePost("p4", "x", "#whyileft", Now, 9, null)] };

        var ids = PostIds(topic, posts);

        Assert.Equal(200, ids.Count);
        Assert.Equal("p4", ids[0]);
        Assert.Equal(["p0", "p1", "p3", "p6", "p7"], ids.Skip(1).Take(5));
        Assert.DoesNotContain(ids, id => int.Parse(id[1..], System.Globalization.CultureInfo.InvariantCulture) % 3 == 2);
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }
}
