using System.Globalization;
using Azure.Data.Tables;
using Newsjack.Azure.Storage;
using Newsjack.Core.Buzz;

namespace Newsjack.Azure.Buzz;

/// <summary>
/// Reads stored buzz for later stages: posts of a time window (clustering, scoring) and hourly per-platform
/// totals (momentum baselines). One partition query per hour in the window.
/// </summary>
public sealed class BuzzStoreReader(BuzzTables tables)
{
    /// <summary>Posts created in [<paramref name="from"/>, <paramref name="to"/>), oldest first (kept 72 h).</summary>
    public async Task<IReadOnlyList<BuzzPost>> PostsAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken) =>
        [.. (await SourcedPostsAsync(from, to, cancellationToken)).Select(p => p.Post)];

    /// <summary>As <see cref="PostsAsync"/>, each with the partition it arrived through (per-partition trend state).</summary>
    public async Task<IReadOnlyList<SourcedBuzzPost>> SourcedPostsAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken) =>
        [.. (await SourcedRowsAsync(from, to, null, cancellationToken)).Select(r => r.Value).OrderBy(p => p.Post.CreatedAt)];

    /// <summary>
    /// Posts created in [<paramref name="from"/>, <paramref name="to"/>) with their keys, in table order (hour, then row
    /// key), and only those received at or after <paramref name="receivedSince"/> (all when null): what arrived since an
    /// earlier read, late posts for earlier hours included.
    /// </summary>
    public async Task<IReadOnlyList<StoredRow<SourcedBuzzPost>>> SourcedRowsAsync(DateTimeOffset from, DateTimeOffset to, DateTimeOffset? receivedSince, CancellationToken cancellationToken)
    {
        var posts = new List<StoredRow<SourcedBuzzPost>>();
        foreach (var hour in Hours(from, to))
        {
            var filter = receivedSince is { } since
                ? TableClient.CreateQueryFilter($"PartitionKey eq {hour} and RowKey ge {BuzzRowKeys.PostPrefix} and RowKey lt {BuzzRowKeys.PostPrefix + '\uffff'} and ReceivedAt ge {since}")
                : TableClient.CreateQueryFilter($"PartitionKey eq {hour} and RowKey ge {BuzzRowKeys.PostPrefix} and RowKey lt {BuzzRowKeys.PostPrefix + '\uffff'}");
            await foreach (var row in tables.Posts.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
            {
                var post = ToPost(row);
                if (post.CreatedAt >= from && post.CreatedAt < to)
                {
                    posts.Add(new StoredRow<SourcedBuzzPost>(hour, row.RowKey, new SourcedBuzzPost(post, BuzzSources.PartitionOf(row.GetString("Source")))));
                }
            }
        }

        return posts;
    }

    /// <summary>Per-hour, per-platform totals over every source, for the hours overlapping the window (kept 30 days).</summary>
    public async Task<IReadOnlyList<BuzzHourlyIncrement>> HourlyAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        var totals = new List<BuzzHourlyIncrement>();
        foreach (var hour in Hours(from, to))
        {
            var filter = TableClient.CreateQueryFilter($"PartitionKey eq {hour} and RowKey ge {BuzzRowKeys.AggregatePrefix} and RowKey lt {BuzzRowKeys.AggregatePrefix + '\uffff'}");
            var rows = new List<TableEntity>();
            await foreach (var row in tables.Posts.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
            {
                rows.Add(row);
            }

            totals.AddRange(BuzzPlatforms.All
                .Select(p => new BuzzHourlyIncrement(hour, p, Sum(rows, p + "Posts"), Sum(rows, p + "Likes"), Sum(rows, p + "Shares"), Sum(rows, p + "Replies")))
                .Where(t => t.Posts > 0));
        }

        return totals;
    }

    private static BuzzPost ToPost(TableEntity row) => new()
    {
        Id = row.GetString("PostId"),
        Platform = row.GetString("Platform"),
        Text = row.GetString("Text"),
        CreatedAt = row.GetDateTimeOffset("CreatedAt") ?? DateTimeOffset.MinValue,
        Author = row.GetString("Author"),
        AuthorFollowers = row.GetInt64("AuthorFollowers"),
        Likes = row.GetInt64("Likes"),
        Shares = row.GetInt64("Shares"),
        Replies = row.GetInt64("Replies"),
        Lang = row.GetString("Lang"),
        Url = row.GetString("Url"),
    };

    private static long Sum(List<TableEntity> rows, string column) => rows.Sum(r => r.GetInt64(column) ?? 0);

    private static IEnumerable<string> Hours(DateTimeOffset from, DateTimeOffset to)
    {
        var start = from.UtcDateTime;
        for (var hour = new DateTime(start.Year, start.Month, start.Day, start.Hour, 0, 0, DateTimeKind.Utc); hour < to.UtcDateTime; hour = hour.AddHours(1))
        {
            yield return hour.ToString("yyyyMMddHH", CultureInfo.InvariantCulture);
        }
    }
}
