using BenchmarkDotNet.Attributes;
using Newsjack.Core.News;
using Newsjack.Core.Topics;

namespace Newsjack.Benchmarks.Topics;

/// <summary>Clustering 10,000 news items from scratch (target: under 2 s).</summary>
[MemoryDiagnoser]
public class StoryClusteringBenchmarks
{
    private IReadOnlyList<NewsItem> _items = [];

    [GlobalSetup]
    public void Setup() => _items = SyntheticNews.Items(10_000);

    [Benchmark]
    public int Cluster10000Items()
    {
        var clusterer = new StoryClusterer();
        clusterer.AddBatch(_items);
        return clusterer.Clusters.Count;
    }
}
