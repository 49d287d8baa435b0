using Newsjack.Core.Topics.Trends;

namespace Newsjack.Core.Topics;

/// <summary>
/// How one <see cref="TopicPass"/> reads its texts. The stored pipeline sets a window and a prune horizon; the
/// stateless commands (<see cref="Stateless"/>) count every text before now in windows that end at now.
/// </summary>
public sealed record TopicPassOptions
{
    /// <summary>Texts counted and stories kept active over this span before now; null: everything before now.</summary>
    public TimeSpan? Window { get; init; }

    /// <summary>Stories idle this long are dropped (and older items not placed); null: nothing is pruned.</summary>
    public TimeSpan? PruneAfter { get; init; }

    public TrendOptions Trend { get; init; } = new();

    public StoryClusterOptions? Cluster { get; init; }

    public BuzzLinkOptions? Links { get; init; }

    /// <summary>
    /// Windows end exactly at now, so the current window is the last full hour: right with no history to resume,
    /// where a window aligned to the clock would hold only the minutes since the hour.
    /// </summary>
    public bool WindowsEndAtNow { get; init; }

    public static TopicPassOptions Stateless(StoryClusterOptions? cluster = null, BuzzLinkOptions? links = null, TrendOptions? trend = null) =>
        new() { Cluster = cluster, Links = links, Trend = trend ?? new TrendOptions(), WindowsEndAtNow = true };
}
