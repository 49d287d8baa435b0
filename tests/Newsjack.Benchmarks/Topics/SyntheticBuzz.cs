using System.Globalization;
using Newsjack.Core.Buzz;
using Newsjack.Core.News;

namespace Newsjack.Benchmarks.Topics;

/// <summary>
/// Deterministic posts about <see cref="SyntheticNews"/> stories, shaped like real buzz: most name a story in a few
/// of its words, a third carry the story's hashtag (#name123; tags sharing a prefix such as #name1 and #name12 are
/// different tags), one in ten links the article, one in five is chatter with a tag from a small popular pool.
/// </summary>
internal static class SyntheticBuzz
{
    private static readonly string[] Chatter = ["wow", "honestly", "can't", "believe", "this", "today", "everyone", "watching", "again", "lol", "night", "crowd"];

    public static IReadOnlyList<BuzzPost> Posts(IReadOnlyList<NewsItem> items, int count, int seed = 11)
    {
        var random = new Random(seed);
        var posts = new List<BuzzPost>(count);
        for (var i = 0; i < count; i++)
        {
            var item = items[random.Next(items.Count)];
            var words = item.Title.Split(' ');
            string Pick() => words[random.Next(words.Length)];
            var text = random.Next(5) == 0
                ? $"{Chatter[random.Next(Chatter.Length)]} {Chatter[random.Next(Chatter.Length)]} {Chatter[random.Next(Chatter.Length)]} #trend{random.Next(200).ToString(CultureInfo.InvariantCulture)}"
                : $"{Chatter[random.Next(Chatter.Length)]} {Pick()} {Pick()} {Pick()} {Chatter[random.Next(Chatter.Length)]}"
                    + (random.Next(3) == 0 ? " #" + words[0] : string.Empty)
                    + (random.Next(10) == 0 ? " " + item.Url : string.Empty);
            posts.Add(new BuzzPost
            {
                Id = "p" + i.ToString(CultureInfo.InvariantCulture),
                Platform = "x",
                Text = text,
                CreatedAt = item.PublishedAt.AddMinutes(random.Next(48 * 60)),
                Likes = random.Next(500),
                Shares = random.Next(50),
                Lang = "en",
            });
        }

        return posts;
    }
}
