using Newsjack.Core.News;

namespace Newsjack.Azure.News;

/// <summary>Health of every configured feed (never-polled ones included) and of any stored feed no longer configured.</summary>
public static class FeedHealthReport
{
    public static async Task<IReadOnlyList<FeedHealth>> ReadAsync(FeedCatalog catalog, FeedStateStore states, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(states);
        var feeds = await catalog.LoadAsync(cancellationToken);
        var stored = (await states.ListAsync(cancellationToken)).ToDictionary(s => s.RowKey, StringComparer.OrdinalIgnoreCase);
        var report = feeds
            .Select(f => stored.Remove(f.Name, out var s) ? FeedStateStore.ToHealth(s) with { Feed = f.Name } : new FeedHealth { Feed = f.Name })
            .ToList();
        report.AddRange(stored.Values.Select(FeedStateStore.ToHealth).OrderBy(h => h.Feed, StringComparer.Ordinal));
        return report;
    }
}
