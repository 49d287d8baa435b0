using BenchmarkDotNet.Attributes;
using Newsjack.Core.News.Feeds;

namespace Newsjack.Benchmarks.News.Feeds;

/// <summary>
/// Feed parsing throughput. Each operation is one item (OperationsPerInvoke), so the Mean column reads as
/// time per item and 1 s / Mean gives items per second; allocations are per item too.
/// </summary>
[MemoryDiagnoser]
public class FeedParserBenchmarks
{
    private const int Items = 5_000;
    private byte[] _rss = [];
    private byte[] _atom = [];

    [GlobalSetup]
    public void Setup()
    {
        _rss = GeneratedFeeds.Rss(Items);
        _atom = GeneratedFeeds.Atom(Items);
    }

    [Benchmark(OperationsPerInvoke = Items)]
    public int Rss2() => FeedParser.Parse(_rss).Feed!.Items.Count;

    [Benchmark(OperationsPerInvoke = Items)]
    public int Atom1() => FeedParser.Parse(_atom).Feed!.Items.Count;
}
