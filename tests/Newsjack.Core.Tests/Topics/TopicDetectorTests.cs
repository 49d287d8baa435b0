using Newsjack.Core.Buzz;
using Newsjack.Core.Topics;
using Newsjack.Core.Topics.Trends;

namespace Newsjack.Core.Tests.Topics;

public sealed class TopicDetectorTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 21, 12, 0, 0, TimeSpan.Zero);
    private static readonly TopicDetector Detector = new(trendOptions: new TrendOptions { WidthBits = 14 });

    [Fact]
    public void Every_item_lands_in_exactly_one_topic()
    {
        var (items, _) = LabelledStories.Load();

        var topics = Detector.Detect(items, [], Now.AddDays(5));

        var listed = topics.SelectMany(t => t.ItemIds).ToList();
        Assert.Equal(items.Count, listed.Count);
        Assert.Equal(items.Select(i => i.Id).Order(), listed.Order());
        Assert.All(topics, t => Assert.Matches("^t-[0-9a-f]{6}$", t.Id));
    }

    [Fact]
    public void Story_topic_has_a_headline_label_key_terms_outlets_and_first_and_last_seen()
    {
        var (items, gold) = LabelledStories.Load();

        var topics = Detector.Detect(items, [], Now.AddDays(5));

        var hurricane = topics.Single(t => t.ItemIds.Any(i => gold[i] == "hurricane-delia"));
        Assert.Contains("Delia", hurricane.Label, StringComparison.Ordinal);
        Assert.Contains(hurricane.KeyTerms, k => k.Contains("delia", StringComparison.Ordinal));
        Assert.True(hurricane.Outlets.Count >= 5);
        Assert.Equal(items.Where(i => gold[i.Id] == "hurricane-delia").Min(i => i.PublishedAt), hurricane.FirstSeen);
        Assert.Single(hurricane.DuplicateItemIds);
    }

    [Fact]
    public void Posts_attach_by_link_and_by_words_and_an_unmatched_hashtag_becomes_a_social_topic()
    {
        var (items, gold) = LabelledStories.Load();
        var quake = items.First(i => gold[i.Id] == "chile-quake");
        var posts = new List<BuzzPost>
        {
            Post("p1", $"Scary footage {quake.Url}", 10),
            Post("p2", "Praying for everyone in Antofagasta after that earthquake in Chile", 4),
            Post("p3", "My cat just learned to open the fridge #CatHeist", 500),
            Post("p4", "#CatHeist part two: the cheese is gone", 120),
            Post("p5", "Who else is following #CatHeist today", 3),
            Post("p6", "lovely weather for a walk", 1),
        };

        var topics = Detector.Detect(items, posts, Now);

        var quakeTopic = topics.Single(t => t.ItemIds.Contains(quake.Id));
        Assert.Equal(2, quakeTopic.PostCount);
        var social = topics.Single(t => t.Origin == TopicOrigin.Social);
        Assert.Equal("#CatHeist", social.Label);
        Assert.Equal(3, social.PostCount);
        Assert.Empty(social.ItemIds);
        Assert.Equal(["p3", "p4", "p5"], social.SamplePosts.Select(p => p.Id));
        Assert.Equal(posts.Take(5).Count(), topics.Sum(t => t.PostCount));
    }

    [Fact]
    public void Bursting_hashtag_after_a_quiet_baseline_ranks_first_with_momentum()
    {
        var posts = new List<BuzzPost>();
        for (var hour = 10; hour >= 1; hour--)
        {
            posts.Add(Post($"q{hour}", "Sunday #Bendgate chat", 1, Now.AddHours(-hour - 1).AddMinutes(5)));
        }

        for (var i = 0; i < 30; i++)
        {
            posts.Add(Post($"b{i}", $"My new phone bent in my pocket #Bendgate {i}", 50, Now.AddMinutes(-50 + i)));
        }

        var topics = Detector.Detect([], posts, Now);

        var first = topics[0];
        Assert.Equal("#Bendgate", first.Label);
        Assert.Equal(30, first.Momentum!.Volume);
        Assert.True(first.Momentum.Significance > 3, $"significance {first.Momentum.Significance}");
        Assert.True(first.Momentum.Ratio > 10);
        Assert.True(first.Momentum.WindowClosesAt > Now);
    }

    private static BuzzPost Post(string id, string text, long likes, DateTimeOffset? at = null) =>
        new() { Id = id, Platform = "x", Text = text, CreatedAt = at ?? Now.AddMinutes(-10), Likes = likes, Lang = "en" };
}
