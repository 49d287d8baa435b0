using Newsjack.Core.Buzz;
using Newsjack.Core.Topics;

namespace Newsjack.Core.Tests.Topics;

public sealed class PostTermsCacheTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 21, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Linking_from_held_terms_gives_the_same_links_as_normalizing_every_post()
    {
        var (clusterer, posts) = Window();
        var cache = new PostTermsCache();

        var fresh = new TopicBuzzLinker(clusterer).Link(posts);
        cache.Begin();
        var first = new TopicBuzzLinker(clusterer).Link(posts, cache.Of);
        cache.Sweep();
        cache.Begin();
        var held = new TopicBuzzLinker(clusterer).Link(posts, cache.Of);
        cache.Sweep();

        Assert.NotEmpty(fresh.ByStory);
        Assert.NotEmpty(fresh.ByHashtag);
        Assert.Equal(Describe(fresh), Describe(first));
        Assert.Equal(Describe(fresh), Describe(held));
        Assert.Equal(posts.Count, cache.Count);
    }

    [Fact]
    public void A_run_drops_the_posts_it_did_not_see_and_a_post_whose_text_changed_is_read_again()
    {
        var (clusterer, posts) = Window();
        var cache = new PostTermsCache();
        cache.Begin();
        _ = new TopicBuzzLinker(clusterer).Link(posts, cache.Of);
        cache.Sweep();
        var linked = clusterer.Clusters.First(c => c.Links.Count > 0);
        var edited = posts[^1] with { Text = "Scary footage https://" + linked.Links[0] };

        cache.Begin();
        var links = new TopicBuzzLinker(clusterer).Link([.. posts.Take(3), edited], cache.Of);
        cache.Sweep();

        Assert.Equal(4, cache.Count);
        Assert.Contains(links.ByStory[linked.Id], p => p.Id == edited.Id);
        Assert.Same(cache.Of(edited), cache.Of(edited));
    }

    private static (StoryClusterer Clusterer, List<BuzzPost> Posts) Window()
    {
        var (items, gold) = LabelledStories.Load();
        var clusterer = new StoryClusterer();
        clusterer.AddBatch(items);
        var quake = items.First(i => gold[i.Id] == "chile-quake");
        var hurricane = items.First(i => gold[i.Id] == "hurricane-delia");
        var posts = new List<BuzzPost>
        {
            Post("p1", $"Scary footage {quake.Url}"),
            Post("p2", "Praying for everyone in Antofagasta after that earthquake in Chile"),
            Post("p3", hurricane.Title + " stay safe everyone"),
            Post("p4", "My cat just learned to open the fridge #CatHeist"),
            Post("p5", "#CatHeist part two: the cheese is gone"),
            Post("p6", "Who else is following #CatHeist today"),
            Post("p7", "lovely weather for a walk"),
        };
        return (clusterer, posts);
    }

    private static List<string> Describe(BuzzLinks links) =>
    [
        .. links.ByStory.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key + ": " + string.Join(",", p.Value.Select(x => x.Id))),
        .. links.ByHashtag.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => "#" + p.Key + ": " + string.Join(",", p.Value.Select(x => x.Id))),
        "unlinked " + links.Unlinked,
    ];

    private static BuzzPost Post(string id, string text) =>
        new() { Id = id, Platform = "x", Text = text, CreatedAt = Now.AddMinutes(-10), Likes = 1, Lang = "en" };
}
