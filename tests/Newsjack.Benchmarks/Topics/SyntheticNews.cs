using System.Globalization;
using Newsjack.Core.News;

namespace Newsjack.Benchmarks.Topics;

/// <summary>Deterministic news items: stories of five items from several outlets over days, each story with its own rare names.</summary>
internal static class SyntheticNews
{
    private static readonly string[] Common = ["police", "city", "government", "report", "market", "team", "storm", "court", "election", "company", "fans", "price", "school", "health", "record"];
    private static readonly string[] Outlets = ["Harbor Wire", "Daily Ledger", "Metro Tribune", "Northern Post", "Global Dispatch", "City Herald"];

    public static IReadOnlyList<NewsItem> Items(int count, int seed = 7)
    {
        var random = new Random(seed);
        var start = new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);
        var items = new List<NewsItem>(count);
        for (var story = 0; items.Count < count; story++)
        {
            var names = Enumerable.Range(0, 4).Select(_ => "name" + random.Next(50_000).ToString(CultureInfo.InvariantCulture)).ToArray();
            var day = start.AddHours(story * 14.0 * 24 / (count / 5.0));
            for (var i = 0; i < 5 && items.Count < count; i++)
            {
                string Words(int n) => string.Join(' ', Enumerable.Range(0, n).Select(_ => random.Next(3) == 0 ? names[random.Next(names.Length)] : Common[random.Next(Common.Length)]));
                items.Add(new NewsItem
                {
                    Id = $"s{story}-{i}",
                    Title = $"{names[0]} {Words(7)}",
                    Summary = $"{names[1]} {Words(18)}.",
                    Url = $"https://news.example/s{story}-{i}",
                    Source = Outlets[random.Next(Outlets.Length)],
                    PublishedAt = day.AddHours(random.Next(60)),
                    Language = "en",
                });
            }
        }

        return items;
    }
}
