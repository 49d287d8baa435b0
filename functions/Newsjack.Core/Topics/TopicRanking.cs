namespace Newsjack.Core.Topics;

/// <summary>The one order topics are shown and stored in: most significant first, ties broken so runs agree.</summary>
public static class TopicRanking
{
    public static IReadOnlyList<Topic> MostSignificantFirst(IEnumerable<Topic> topics) =>
        [.. topics.OrderByDescending(t => t.Momentum?.Significance ?? 0)
            .ThenByDescending(t => t.Momentum?.Volume ?? 0)
            .ThenByDescending(t => t.ItemIds.Count + t.PostCount)
            .ThenBy(t => t.Id, StringComparer.Ordinal)];
}
