using Newsjack.Azure.Buzz;
using Newsjack.Azure.News;
using Newsjack.Azure.Storage;
using Newsjack.Core.Buzz;
using Newsjack.Core.News;

namespace Newsjack.Azure.Topics;

/// <summary>
/// The news items and buzz posts of `DetectTopics`' window, kept between runs of one host so that each run fetches
/// only what changed since the previous one: items first seen or given a new outlet, and posts received (late posts for
/// earlier hours included). Each fetch reaches back <see cref="Overlap"/> before the previous read, for writes still in
/// flight then and clock skew between instances, and rows already held are replaced, never counted twice. The pass sees
/// exactly what a full read of the window returns, in the same order, so its decisions are a full pass's; a new host,
/// or a clock that went back, reads the whole window once.
/// </summary>
public sealed class TopicWindow(NewsItemStore news, BuzzStoreReader buzz) : IDisposable
{
    public static readonly TimeSpan Overlap = TimeSpan.FromMinutes(5);

    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly Dictionary<(string, string), StoredRow<StoredNewsItem>> _items = [];
    private readonly Dictionary<(string, string), StoredRow<SourcedBuzzPost>> _posts = [];
    private DateTimeOffset? _readAt;
    private DateTimeOffset _from;

    /// <summary>Items first seen and posts created in [<paramref name="from"/>, <paramref name="now"/>).</summary>
    public async Task<TopicWindowRead> ReadAsync(DateTimeOffset from, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_readAt is { } last && (from < _from || now < last))
            {
                Forget();
            }

            // A fetch that fails half-way leaves the read time as it was: the next one fetches from the same point.
            var since = _readAt - Overlap;
            // Rows dated up to the ingest's future skew ahead are held now, as they will be in the window later
            // while their arrival time is already behind the next fetch.
            var ahead = now + BuzzLimits.MaxFutureSkew;
            var items = await news.ReadRowsAsync(from, ahead, since, cancellationToken);
            var posts = await buzz.SourcedRowsAsync(from, ahead, since, cancellationToken);
            foreach (var row in items)
            {
                _items[(row.PartitionKey, row.RowKey)] = row;
            }

            foreach (var row in posts)
            {
                _posts[(row.PartitionKey, row.RowKey)] = row;
            }

            Evict(_items, r => r.Value.FirstSeenAt < from);
            Evict(_posts, r => r.Value.Post.CreatedAt < from);
            (_readAt, _from) = (now, from);
            return new TopicWindowRead(
                [.. _items.Values.Where(r => r.Value.FirstSeenAt < now)
                    .OrderBy(r => r.PartitionKey, StringComparer.Ordinal).ThenBy(r => r.RowKey, StringComparer.Ordinal).Select(r => r.Value)],
                [.. _posts.Values.Where(r => r.Value.Post.CreatedAt < now)
                    .OrderBy(r => r.Value.Post.CreatedAt).ThenBy(r => r.PartitionKey, StringComparer.Ordinal).ThenBy(r => r.RowKey, StringComparer.Ordinal).Select(r => r.Value)],
                items.Count,
                posts.Count);
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();

    private void Forget()
    {
        _items.Clear();
        _posts.Clear();
        _readAt = null;
    }

    private static void Evict<T>(Dictionary<(string, string), StoredRow<T>> rows, Func<StoredRow<T>, bool> expired)
    {
        foreach (var key in rows.Where(p => expired(p.Value)).Select(p => p.Key).ToList())
        {
            rows.Remove(key);
        }
    }
}
