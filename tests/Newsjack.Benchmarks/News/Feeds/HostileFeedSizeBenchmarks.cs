using BenchmarkDotNet.Attributes;
using Newsjack.Core.News.Feeds;

namespace Newsjack.Benchmarks.News.Feeds;

/// <summary>
/// A hostile feed at the fetch cap (News:MaxFeedBytes, 10 MiB): items cycling through every <see cref="HostileShape"/>
/// at 16x. Its parse must finish well inside the queue lease (5 min on the local host, 10 min function timeout).
/// </summary>
[MemoryDiagnoser]
public class HostileFeedSizeBenchmarks
{
    private const int CapBytes = 10 * 1024 * 1024;
    private byte[] _feed = [];

    [GlobalSetup]
    public void Setup() => _feed = HostileFeeds.Mixed(CapBytes - (1024 * 1024), scale: 16);

    [Benchmark]
    public int ParseTenMegabytes() => FeedParser.Parse(_feed).Feed?.Items.Count ?? throw new InvalidOperationException("the hostile feed did not parse");
}
