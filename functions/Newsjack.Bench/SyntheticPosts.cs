using System.Globalization;
using System.Text;
using System.Text.Json;
using Newsjack.Core.Buzz;
using Newsjack.Core.Serialization;

namespace Newsjack.Bench;

/// <summary>
/// Deterministic one-to-two-sentence BuzzPost events (UTF-8 JSON bodies) over a large vocabulary, for the trend
/// benchmarks: same seed, same events, on every machine.
/// </summary>
public static class SyntheticPosts
{
    private static readonly string[] Openers = ["Just saw", "Can't believe", "Everyone is talking about", "Breaking:", "Wow,", "Honestly", "So"];
    private static readonly string[] Common = ["the", "new", "game", "phone", "storm", "city", "music", "video", "team", "price", "launch", "fans", "crowd", "night", "road", "coffee", "hair", "red", "carpet", "deal"];

    public static IReadOnlyList<byte[]> Events(int count, int seed = 42, DateTimeOffset? start = null)
    {
        var random = new Random(seed);
        var at = start ?? new DateTimeOffset(2026, 11, 20, 0, 0, 0, TimeSpan.Zero);
        var events = new List<byte[]>(count);
        var text = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            text.Clear().Append(Openers[random.Next(Openers.Length)]);
            var sentences = 1 + random.Next(2);
            for (var s = 0; s < sentences; s++)
            {
                for (var w = 0; w < 6 + random.Next(6); w++)
                {
                    text.Append(' ').Append(random.Next(3) == 0 ? "term" + random.Next(200_000).ToString(CultureInfo.InvariantCulture) : Common[random.Next(Common.Length)]);
                }

                text.Append(random.Next(4) == 0 ? " #tag" + random.Next(500).ToString(CultureInfo.InvariantCulture) : string.Empty).Append('.');
            }

            var post = new BuzzPost
            {
                Id = i.ToString(CultureInfo.InvariantCulture),
                Platform = "x",
                Text = text.ToString(),
                CreatedAt = at.AddMilliseconds(i * 10),
                Author = "user" + random.Next(10_000).ToString(CultureInfo.InvariantCulture),
                Likes = random.Next(1000),
                Shares = random.Next(100),
                Lang = "en",
            };
            events.Add(JsonSerializer.SerializeToUtf8Bytes(post, NewsjackJsonContext.Default.BuzzPost));
        }

        return events;
    }
}
