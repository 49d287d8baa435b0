using System.Text.Json;
using Newsjack.Core.News;
using Newsjack.Core.Serialization;
using Newsjack.Core.Topics;
using Newsjack.Integration.Tests.Embeddings;

namespace Newsjack.Integration.Tests.Topics;

/// <summary>
/// Story grouping by meaning with the real local model, on two hand-written labelled sets: one story told in other
/// words joins one topic, and two shootings, two storms or two rail strikes at the same time stay apart.
/// </summary>
public sealed class StoryMeaningTests(LocalModelFixture model)
{
    [Fact]
    public async Task Paraphrased_stories_group_by_meaning_without_merging_look_alike_stories()
    {
        var (items, gold) = Load("paraphrased-stories.jsonl");

        var words = Cluster(items, null);
        var meaning = Cluster(items, await ItemMeanings.EmbedAsync(model.Generator, items, TestContext.Current.CancellationToken));

        var (wordsPrecision, wordsRecall) = BCubed(words, gold);
        var (precision, recall) = BCubed(meaning, gold);
        Assert.True(recall >= wordsRecall + 0.1, $"recall {wordsRecall:F3} -> {recall:F3}");
        Assert.True(precision >= 0.97, $"precision {precision:F3}");
        foreach (var (a, b) in new[] { ("uvalde-shooting", "highland-park-shooting"), ("hurricane-ian", "hurricane-nicole"), ("rail-strike-uk", "rail-strike-france") })
        {
            var clustersA = gold.Where(g => g.Value == a).Select(g => meaning[g.Key]).ToHashSet();
            Assert.DoesNotContain(gold.Where(g => g.Value == b), g => clustersA.Contains(meaning[g.Key]));
        }
    }

    [Fact]
    public async Task The_labelled_story_set_keeps_its_precision_with_meaning()
    {
        var (items, gold) = Load("labelled-stories.jsonl");

        var words = BCubed(Cluster(items, null), gold);
        var meaning = BCubed(Cluster(items, await ItemMeanings.EmbedAsync(model.Generator, items, TestContext.Current.CancellationToken)), gold);

        Assert.True(meaning.Precision >= 0.95, $"precision {meaning.Precision:F3}");
        Assert.True(meaning.Recall >= words.Recall, $"recall {words.Recall:F3} -> {meaning.Recall:F3}");
    }

    private static Dictionary<string, string> Cluster(IReadOnlyList<NewsItem> items, IReadOnlyDictionary<string, float[]>? meanings)
    {
        var clusterer = new StoryClusterer();
        clusterer.AddBatch(items, meanings);
        return items.ToDictionary(i => i.Id, i => clusterer.ClusterOf(i.Id)!);
    }

    private static (double Precision, double Recall) BCubed(Dictionary<string, string> predicted, Dictionary<string, string> gold)
    {
        var byCluster = predicted.GroupBy(p => p.Value).ToDictionary(g => g.Key, g => g.Select(p => p.Key).ToList());
        var byStory = gold.GroupBy(p => p.Value).ToDictionary(g => g.Key, g => g.Count());
        double precision = 0, recall = 0;
        foreach (var (item, story) in gold)
        {
            var correct = byCluster[predicted[item]].Count(other => gold[other] == story);
            precision += (double)correct / byCluster[predicted[item]].Count;
            recall += (double)correct / byStory[story];
        }

        return (precision / gold.Count, recall / gold.Count);
    }

    private static (List<NewsItem> Items, Dictionary<string, string> Gold) Load(string file)
    {
        var items = new List<NewsItem>();
        var gold = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Topics", file)))
        {
            var item = JsonSerializer.Deserialize(line, NewsjackJsonContext.Default.NewsItem)!;
            using var document = JsonDocument.Parse(line);
            gold[item.Id] = document.RootElement.GetProperty("story").GetString()!;
            items.Add(item);
        }

        return (items, gold);
    }
}
