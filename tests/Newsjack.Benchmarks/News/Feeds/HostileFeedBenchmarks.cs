using BenchmarkDotNet.Attributes;
using Newsjack.Core.News.Feeds;

namespace Newsjack.Benchmarks.News.Feeds;

/// <summary>
/// Parse time of one hostile item per shape at 1x, 4x and 16x its size: linear parsing shows Mean growing about 4x
/// per step. Run: `--filter '*HostileFeed*' --warmupCount 1 --iterationCount 3 --inProcess`.
/// </summary>
[MemoryDiagnoser]
public class HostileFeedBenchmarks
{
    private byte[] _feed = [];

    [ParamsAllValues]
    public HostileShape Shape { get; set; }

    [Params(1, 4, 16)]
    public int Scale { get; set; }

    [GlobalSetup]
    public void Setup() => _feed = HostileFeeds.Build(Shape, Scale);

    [Benchmark]
    public int Parse() => FeedParser.Parse(_feed).Feed?.Items.Count ?? throw new InvalidOperationException("the hostile feed did not parse");
}
