using Microsoft.Extensions.Logging;
using Newsjack.Azure.Hosting;
using Newsjack.Core.Buzz;

namespace Newsjack.Azure.Buzz;

/// <summary>
/// Hourly cleanup (`CleanupBuzz`): post rows of hours past 72 h, whole hour partitions (the aggregates left)
/// past 30 days, and dead-letter day partitions past 14 days. Each run also re-checks the previous two days
/// of buckets, so runs missed while the host was down are caught up. Deleting is idempotent.
/// </summary>
public sealed class BuzzRetentionJob(BuzzTables tables, TimeProvider time, ILogger<BuzzRetentionJob> logger) : IScheduledJob
{
    public Task RunAsync(CancellationToken cancellationToken) => CleanAsync(cancellationToken);

    public async Task<BuzzCleanupReport> CleanAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await tables.EnsureCreatedAsync(cancellationToken);
        var posts = 0;
        foreach (var hour in BuzzRetention.ExpiredHours(now, BuzzRetention.PostTtl))
        {
            posts += await TablePartitionPurger.PurgeAsync(tables.Posts, hour, BuzzRowKeys.PostPrefix, cancellationToken);
        }

        var aggregates = 0;
        foreach (var hour in BuzzRetention.ExpiredHours(now, BuzzRetention.AggregateTtl))
        {
            aggregates += await TablePartitionPurger.PurgeAsync(tables.Posts, hour, null, cancellationToken);
        }

        var deadLetters = 0;
        foreach (var day in BuzzRetention.ExpiredDays(now, BuzzRetention.DeadLetterTtl))
        {
            deadLetters += await TablePartitionPurger.PurgeAsync(tables.DeadLetters, day, null, cancellationToken);
        }

        BuzzIngestLog.CleanedUp(logger, posts, aggregates, deadLetters);
        return new BuzzCleanupReport(posts, aggregates, deadLetters);
    }
}
