using System.Diagnostics;
using System.Globalization;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Newsjack.Azure.Buzz;
using Newsjack.Azure.News;
using Newsjack.Azure.Topics;
using Newsjack.Core.Buzz;
using Newsjack.Core.News;

namespace Newsjack.Benchmarks.Topics;

/// <summary>
/// One `DetectTopics` run of the production service graph over Azurite (connection string in NEWSJACK_BENCH_STORAGE),
/// after a 48 h window of generated news and posts (the shape: 5,000 items, 50,000 posts over 4 Event Hub
/// partitions) and one full run: a run a minute later with no new data, and a run after one minute of traffic at
/// 1 million posts and 20,000 items a day (694 posts, 14 items). Each iteration adds its minute on top of the last.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 0, iterationCount: 3, invocationCount: 1)]
public class DetectTopicsRunBenchmarks
{
    private const int PostsPerMinute = 1_000_000 / (24 * 60);
    private const int ItemsPerMinute = 20_000 / (24 * 60);
    private static readonly string[] Common = ["police", "city", "government", "report", "market", "team", "storm", "court", "election", "company", "fans", "price", "school", "health", "record"];
    private static readonly string[] Outlets = ["Harbor Wire", "Daily Ledger", "Metro Tribune", "Northern Post", "Global Dispatch", "City Herald"];
    private static readonly DateTimeOffset WindowStart = new(2026, 11, 21, 11, 30, 0, TimeSpan.Zero);
    private readonly FakeTimeProvider _time = new(WindowStart);
    private readonly Random _random = new(11);
    private ServiceProvider _services = null!;
    private DetectTopicsJob _job = null!;
    private int _stories;
    private long _posts;
    private long _postIds;

    [Params(5_000)]
    public int WindowItems { get; set; }

    [Params(50_000)]
    public int WindowPosts { get; set; }

    [GlobalSetup]
    public void Setup() => SetupAsync().GetAwaiter().GetResult();

    [IterationSetup(Target = nameof(RunWithNoNewData))]
    public void NothingNew() => _time.Advance(TimeSpan.FromMinutes(1));

    [IterationSetup(Target = nameof(RunAfterOneMinuteOfTraffic))]
    public void OneMinute()
    {
        _time.Advance(TimeSpan.FromMinutes(1));
        StoreAsync(ItemsPerMinute, PostsPerMinute, TimeSpan.FromMinutes(1)).GetAwaiter().GetResult();
    }

    [Benchmark]
    public int RunWithNoNewData() => _job.DetectAsync(CancellationToken.None).GetAwaiter().GetResult().Written;

    [Benchmark]
    public int RunAfterOneMinuteOfTraffic() => _job.DetectAsync(CancellationToken.None).GetAwaiter().GetResult().Written;

    [GlobalCleanup]
    public void Cleanup()
    {
        Console.WriteLine($"// peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576} MB, managed heap {GC.GetTotalMemory(false) / 1048576} MB");
        _services.Dispose();
    }

    private async Task SetupAsync()
    {
        var storage = Environment.GetEnvironmentVariable("NEWSJACK_BENCH_STORAGE")
            ?? throw new InvalidOperationException("Set NEWSJACK_BENCH_STORAGE to the connection string of a running Azurite (or storage account).");
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = storage,
            ["Storage:Prefix"] = "b" + Guid.NewGuid().ToString("N")[..8],
        }).Build();
        var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddLogging().AddNewsjackCore();
        services.AddNewsjackAzure(configuration);
        services.AddSingleton<TimeProvider>(_time);
        _services = services.BuildServiceProvider();
        await _services.GetRequiredService<NewsItemStore>().EnsureAsync(CancellationToken.None);
        await _services.GetRequiredService<BuzzTables>().EnsureCreatedAsync(CancellationToken.None);
        _job = _services.GetRequiredService<DetectTopicsJob>();

        // The window arrives hour by hour; then one run reads it whole and builds the state.
        for (var hour = 0; hour < 48; hour++)
        {
            _time.SetUtcNow(WindowStart.AddHours(hour));
            await StoreAsync(WindowItems / 48, WindowPosts / 48, TimeSpan.FromHours(1));
        }

        await _job.DetectAsync(CancellationToken.None);
    }

    /// <summary>Items in stories of five (each story its own rare names) and posts about them, under hashtags or about nothing.</summary>
    private async Task StoreAsync(int items, int posts, TimeSpan span)
    {
        var now = _time.GetUtcNow();
        var news = _services.GetRequiredService<NewsItemStore>();
        var fresh = new List<(string Outlet, NewsItemCandidate Candidate)>();
        for (var i = 0; i < items; i++)
        {
            var story = i % 5 == 0 ? ++_stories : _stories - _random.Next(Math.Min(_stories, 20));
            var title = $"{Name(story, 0)} {Words(story, 7)}";
            var item = new NewsItem
            {
                Id = $"n{story}-{_random.Next(1_000_000)}",
                Title = title,
                Summary = $"{Name(story, 1)} {Words(story, 18)}.",
                Url = $"https://news.example/{story}/{i}/{_random.Next(1_000_000)}",
                Source = Outlets[_random.Next(Outlets.Length)],
                PublishedAt = now - (span * _random.NextDouble()),
                Language = "en",
            };
            fresh.Add((item.Source, new NewsItemCandidate(item, null, false)));
        }

        foreach (var outlet in fresh.GroupBy(f => f.Outlet))
        {
            await news.RecordAsync(outlet.Key, [.. outlet.Select(f => f.Candidate)], now, CancellationToken.None);
        }

        var handler = _services.GetRequiredService<BuzzIngestHandler>();
        var events = Enumerable.Range(0, posts).Select(_ => Post(now - (span * _random.NextDouble()))).ToList();
        foreach (var (chunk, index) in events.Chunk(100).Select((c, i) => (c, i)))
        {
            var first = _posts;
            _posts += chunk.Length;
            await handler.IngestBatchAsync(
                new BuzzBatch((index % 4).ToString(CultureInfo.InvariantCulture), chunk, [.. chunk.Select((_, i) => first + i)], [.. chunk.Select(_ => now.UtcDateTime)], null),
                CancellationToken.None);
        }
    }

    private string Post(DateTimeOffset createdAt)
    {
        var story = _stories - _random.Next(Math.Max(1, Math.Min(_stories, 200)));
        var text = (_random.Next(10)) switch
        {
            < 3 => $"{Name(story, 0)} {Name(story, 1)} {Words(story, 6)}",
            < 5 => $"{Words(story, 5)} #tag{_random.Next(300).ToString(CultureInfo.InvariantCulture)}",
            _ => $"so {Common[_random.Next(Common.Length)]} today word{_random.Next(100_000).ToString(CultureInfo.InvariantCulture)} and word{_random.Next(100_000).ToString(CultureInfo.InvariantCulture)}",
        };
        return $$"""{"id":"{{++_postIds}}","platform":"x","text":"{{text}}","createdAt":"{{createdAt.ToString("O", CultureInfo.InvariantCulture)}}","likes":{{_random.Next(500)}},"shares":{{_random.Next(50)}},"replies":{{_random.Next(20)}},"lang":"en"}""";
    }

    private static string Name(int story, int which) => "name" + ((story * 7919) + (which * 104_729)).ToString(CultureInfo.InvariantCulture);

    private string Words(int story, int count) =>
        string.Join(' ', Enumerable.Range(0, count).Select(_ => _random.Next(3) == 0 ? Name(story, _random.Next(4)) : Common[_random.Next(Common.Length)]));
}
