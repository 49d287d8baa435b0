using System.Globalization;
using Microsoft.Extensions.Time.Testing;
using Newsjack.Azure.Buzz;
using Newsjack.Azure.News;
using Newsjack.Core.Buzz;
using Newsjack.Core.News;

namespace Newsjack.Integration.Tests.Topics;

/// <summary>Three stories told by several outlets, and posts about one of them, stored the way ingestion stores them.</summary>
internal static class TopicSamples
{
    public static readonly DateTimeOffset Now = new(2026, 11, 23, 10, 30, 0, TimeSpan.Zero);

    public static readonly (string Id, string Outlet, string Title, string Summary, int MinutesAgo)[] Items =
    [
        ("blackout-1", "Meridian Wire", "Stadium blackout halts championship game", "A power outage at the stadium stopped the championship game for 34 minutes in the third quarter.", 90),
        ("blackout-2", "Harbor Gazette", "Championship game resumes after stadium blackout", "Play resumed after the stadium power outage; officials blame a faulty relay.", 70),
        ("blackout-3", "Pulse Tech", "What caused the stadium blackout at the championship game", "Engineers say a relay tripped and cut power to half the stadium during the championship game.", 50),
        ("phone-1", "Pulse Tech", "Owners say new flagship phone bends in pockets", "Several owners of the new flagship phone report the aluminium frame bends when carried in a pocket.", 80),
        ("phone-2", "Meridian Wire", "Phone maker responds to reports that its flagship phone bends", "The phone maker says only nine owners reported that the flagship phone bends in a pocket.", 40),
        ("bakery-1", "Harbor Gazette", "Harbor bakery wins national sourdough prize", "A small harbor bakery took the national sourdough prize for its rye loaf.", 60),
        ("bakery-2", "Meridian Wire", "National sourdough prize goes to harbor bakery", "Judges praised the harbor bakery's rye sourdough loaf.", 30),
    ];

    public static async Task StoreItemsAsync(NewsItemStore store, DateTimeOffset now, IEnumerable<string>? ids = null, CancellationToken cancellationToken = default)
    {
        var wanted = ids?.ToHashSet(StringComparer.Ordinal);
        await store.EnsureAsync(cancellationToken);
        foreach (var group in Items.Where(i => wanted is null || wanted.Contains(i.Id)).GroupBy(i => i.Outlet))
        {
            var candidates = group.Select(i => new NewsItemCandidate(Item(i.Id, i.Outlet, i.Title, i.Summary, now.AddMinutes(-i.MinutesAgo)), null, false)).ToList();
            // First seen a minute before `now`: a run at `now` reads [now - window, now).
            await store.RecordAsync(group.Key, candidates, now.AddMinutes(-1), cancellationToken);
        }
    }

    public static NewsItem Item(string id, string outlet, string title, string summary, DateTimeOffset publishedAt) => new()
    {
        Id = id,
        Title = title,
        Summary = summary,
        Url = $"https://news.example/{id}",
        Source = outlet,
        PublishedAt = publishedAt,
        Language = "en",
    };

    /// <summary>Posts about the stadium blackout, one with the story's link and the rest under its hashtag.</summary>
    public static async Task StorePostsAsync(BuzzIngestHandler handler, FakeTimeProvider time, CancellationToken cancellationToken)
    {
        string[] events =
        [
            Post("p1", "Reading about the stadium blackout https://news.example/blackout-1 #blackoutbowl", 45),
            Post("p2", "Still dark in here #BlackoutBowl", 40),
            Post("p3", "Best halftime show ever: darkness #blackoutbowl", 35),
            Post("p4", "Thirty minutes of nothing #blackoutbowl", 20),
        ];
        var result = await handler.IngestBatchAsync(
            new BuzzBatch("0", events, [.. events.Select((_, i) => (long)i)], [.. events.Select(_ => time.GetUtcNow().UtcDateTime)], null),
            cancellationToken);
        Assert.Equal(events.Length, result.Accepted);

        string Post(string id, string text, int minutesAgo) =>
            $$"""{"id":"{{id}}","platform":"x","text":"{{text}}","createdAt":"{{time.GetUtcNow().AddMinutes(-minutesAgo).ToString("O", CultureInfo.InvariantCulture)}}","likes":5,"shares":1,"replies":0,"lang":"en"}""";
    }
}
