using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Newsjack.Cli.Latency;

/// <summary>
/// One synthetic social burst about a snack moment, under a hashtag no earlier burst used, so each burst is a new
/// topic (and a new card) rather than more momentum on an old one. Posts are varied so none is a near-duplicate.
/// </summary>
public static class BurstPosts
{
    public const int PostsPerBurst = 24;

    private static readonly string[] Lines =
    [
        "Halftime and the whole row is dunking cookies in hot cocoa {0}",
        "Who brought the chocolate wafer bars? best snack of the game {0}",
        "Cookie dunking contest on the big screen, the crowd is losing it {0}",
        "Snack break: wafer snaps louder than the drums in section {1} {0}",
        "My kid just won a cookie for the loudest cheer {0}",
        "Game day snack ranking, chocolate wafers top the list again {0}",
    ];

    /// <summary>
    /// The hashtag of burst <paramref name="index"/>: one lower-case word (`#snackrushbd`), unique per index. One word, so
    /// no two burst labels share words: the alert-fatigue gate treats labels with shared words as one story.
    /// </summary>
    public static string Hashtag(int index)
    {
        var letters = new StringBuilder();
        for (var n = index + 26; n > 0; n /= 26)
        {
            letters.Insert(0, (char)('a' + (n % 26)));
        }

        return "#snackrush" + letters;
    }

    /// <summary>The burst as NDJSON for `POST /api/buzz`, every post created in the last few seconds before <paramref name="now"/>.</summary>
    public static string Ndjson(int index, DateTimeOffset now)
    {
        var tag = Hashtag(index);
        var text = new StringBuilder();
        for (var i = 0; i < PostsPerBurst; i++)
        {
            text.Append(JsonSerializer.Serialize(new BurstPost(
                string.Create(CultureInfo.InvariantCulture, $"lat-{index}-{i}"),
                i % 2 == 0 ? "x" : "threads",
                string.Format(CultureInfo.InvariantCulture, Lines[i % Lines.Length], tag, 100 + i) + string.Create(CultureInfo.InvariantCulture, $" ({i})"),
                (now - TimeSpan.FromSeconds(PostsPerBurst - i)).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
                string.Create(CultureInfo.InvariantCulture, $"fan{index}x{i}"),
                500 + (i * 37),
                40 + i,
                5 + i,
                2), LatencyJsonContext.Default.BurstPost)).Append('\n');
        }

        return text.ToString();
    }
}
