using System.Text.Json;
using Newsjack.Core.News;
using Newsjack.Core.Serialization;
using Newsjack.Core.Topics;

namespace Newsjack.Core.Tests.Topics;

public sealed class StoryClustererTests
{
    private static readonly DateTimeOffset Noon = new(2026, 11, 20, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Labelled_story_set_clusters_with_high_bcubed_precision_and_recall()
    {
        var (items, gold) = LabelledStories.Load();
        var clusterer = new StoryClusterer();

        clusterer.AddBatch(items);

        var (precision, recall) = BCubed.Score(items.ToDictionary(i => i.Id, i => clusterer.ClusterOf(i.Id)!), gold);
        Assert.True(precision >= 0.95, $"BCubed precision {precision:F3}");
        Assert.True(recall >= 0.93, $"BCubed recall {recall:F3}");
    }

    [Theory]
    [InlineData("apple-foldable", "apple-harvest-frost")]
    [InlineData("apple-eu-fine", "apple-harvest-frost")]
    [InlineData("apple-foldable", "apple-eu-fine")]
    [InlineData("mall-shooting", "music-video-shoot")]
    [InlineData("hurricane-delia", "seattle-storm")]
    [InlineData("seattle-storm", "brainstorm-office")]
    [InlineData("skyjet-pilot-strike", "germany-rail-strike")]
    [InlineData("formula-recall", "nordic-suv-recall")]
    public void Stories_sharing_a_word_stay_apart(string story, string decoy)
    {
        var (items, gold) = LabelledStories.Load();
        var clusterer = new StoryClusterer();

        clusterer.AddBatch(items);

        var storyClusters = items.Where(i => gold[i.Id] == story).Select(i => clusterer.ClusterOf(i.Id)).ToHashSet();
        var decoyClusters = items.Where(i => gold[i.Id] == decoy).Select(i => clusterer.ClusterOf(i.Id)).ToHashSet();
        Assert.Empty(storyClusters.Intersect(decoyClusters));
    }

    [Fact]
    public void Syndicated_copy_joins_its_original_story_as_a_duplicate()
    {
        var original = Item("a", "Magnitude 7.4 earthquake strikes northern Chile", "The quake hit near Antofagasta, shaking buildings.", "Harbor Wire");
        var copy = original with { Id = "b", Source = "City Herald", PublishedAt = Noon.AddHours(1) };
        var clusterer = new StoryClusterer();

        clusterer.AddBatch([original, copy]);

        var story = Assert.Single(clusterer.Clusters);
        Assert.Equal(["a", "b"], story.ItemIds);
        Assert.Equal(["b"], story.DuplicateItemIds);
        Assert.Equal(2, story.Outlets.Count);
    }

    [Fact]
    public void Story_id_comes_from_its_first_item_and_stays_as_it_grows()
    {
        var (items, _) = LabelledStories.Load();
        var first = items[0];
        var clusterer = new StoryClusterer();

        var idAtStart = clusterer.Add(first);
        clusterer.AddBatch(items);

        Assert.Equal(TopicIds.For(first.Id), idAtStart);
        Assert.Equal(idAtStart, clusterer.ClusterOf(first.Id));
        Assert.Matches("^t-[0-9a-f]{6}$", idAtStart);
        Assert.True(clusterer.Clusters.Single(c => c.Id == idAtStart).ItemIds.Count > 3);
    }

    [Fact]
    public void Resuming_from_persisted_state_gives_the_same_stories_as_one_uninterrupted_run()
    {
        var (items, _) = LabelledStories.Load();
        var uninterrupted = new StoryClusterer();
        foreach (var item in items)
        {
            uninterrupted.Add(item);
        }

        var before = new StoryClusterer();
        foreach (var item in items.Take(80))
        {
            before.Add(item);
        }

        var json = JsonSerializer.Serialize(before.Export(), NewsjackJsonContext.Default.StoryClustererState);
        var after = new StoryClusterer(state: JsonSerializer.Deserialize(json, NewsjackJsonContext.Default.StoryClustererState));
        foreach (var item in items.Skip(80))
        {
            after.Add(item);
        }

        Assert.All(items, i => Assert.Equal(uninterrupted.ClusterOf(i.Id), after.ClusterOf(i.Id)));
    }

    [Fact]
    public void Same_words_after_a_long_silence_start_a_new_story()
    {
        var clusterer = new StoryClusterer();
        var first = clusterer.Add(Item("a", "Volcano erupts on Iceland's Reykjanes peninsula", "Lava flows toward Grindavik.", "Harbor Wire"));

        var later = clusterer.Add(Item("b", "Reykjanes volcano erupts again near Grindavik", "New lava flows on the Iceland peninsula.", "Daily Ledger") with { PublishedAt = Noon.AddDays(10) });

        Assert.NotEqual(first, later);
    }

    [Fact]
    public void Adding_an_item_twice_keeps_it_in_one_story()
    {
        var clusterer = new StoryClusterer();
        var item = Item("a", "Volcano erupts on Iceland's Reykjanes peninsula", "Lava flows toward Grindavik.", "Harbor Wire");

        clusterer.Add(item);
        clusterer.AddBatch([item]);

        Assert.Equal(["a"], Assert.Single(clusterer.Clusters).ItemIds);
    }

    [Fact]
    public void Stories_sharing_only_a_stock_phrase_stay_apart()
    {
        var baking = Item("a", "Crash course in sourdough baking for beginners", "A bakery teaches starters and shaping.", "Harbor Wire");
        var cycling = Item("b", "Crash course: how to fix a bike puncture", "Tyre levers and a spare tube are all you need.", "City Herald") with { PublishedAt = Noon.AddHours(1) };
        var clusterer = new StoryClusterer();

        clusterer.AddBatch([baking, cycling]);

        Assert.NotEqual(clusterer.ClusterOf("a"), clusterer.ClusterOf("b"));
    }

    [Fact]
    public void Tragedy_and_feature_sharing_only_their_setting_stay_apart()
    {
        var crash = Item("a", "Marathon runners killed as truck hits city marathon crowd", "Three runners died at the scene.", "Harbor Wire");
        var feature = Item("b", "City marathon runners carb-load at pasta parties", "Restaurants near the start line fill up.", "City Herald") with { PublishedAt = Noon.AddHours(1) };
        var clusterer = new StoryClusterer();

        clusterer.AddBatch([crash, feature]);

        Assert.NotEqual(clusterer.ClusterOf("a"), clusterer.ClusterOf("b"));
        Assert.Equal(1, clusterer.Clusters.Single(c => c.Id == clusterer.ClusterOf("a")).HarmItems);
    }

    private static NewsItem Item(string id, string title, string summary, string source) =>
        new() { Id = id, Title = title, Summary = summary, Source = source, PublishedAt = Noon, Language = "en" };
}
