using Microsoft.Extensions.Logging;
using Newsjack.Core.News;

namespace Newsjack.Azure.News;

/// <summary>
/// Polls one feed: conditional fetch, parse, store new items (deduped across polls and feeds), update its health.
/// A broken feed (HTTP error, timeout, bad XML) is recorded and returned as <see cref="FeedPollStatus.Failed"/>;
/// storage failures throw, so the queue retries the poll and nothing is lost. Validators are saved only after
/// the items, so a retried poll fetches the same body again.
/// </summary>
public sealed class FeedPoller(FeedReader reader, FeedStateStore states, NewsItemStore items, TimeProvider time, ILogger<FeedPoller> logger)
{
    public async Task<FeedPollOutcome> PollAsync(FeedSource feed, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(feed);
        await states.EnsureAsync(cancellationToken);
        await items.EnsureAsync(cancellationToken);
        var state = await states.GetAsync(feed.Name, cancellationToken);
        var validators = state is null ? FeedValidators.None : new FeedValidators(state.HttpETag, state.HttpLastModified);
        var read = await reader.ReadAsync(feed.Name, feed.Url, validators, cancellationToken);
        var now = time.GetUtcNow();
        if (read.Error is { } error)
        {
            var failed = await states.UpdateAsync(feed.Name, s => RecordFailure(s, error, now), cancellationToken);
            NewsLog.PollFailed(logger, feed.Name, failed.ConsecutiveFailures, error);
            return new FeedPollOutcome(feed.Name, FeedPollStatus.Failed, 0, 0, error, read.Fetch) { ConsecutiveFailures = failed.ConsecutiveFailures };
        }

        if (read.NotModified)
        {
            await states.UpdateAsync(feed.Name, s => RecordSuccess(s, Merge(validators, read.Fetch.Validators), "notModified", 0, now), cancellationToken);
            NewsLog.NotModified(logger, feed.Name);
            return new FeedPollOutcome(feed.Name, FeedPollStatus.NotModified, 0, 0, null, read.Fetch);
        }

        var candidates = read.Feed!.Items.Select(e => FeedEntryMapping.ToCandidate(e, feed, now)).ToList();
        var counts = await items.RecordAsync(feed.Name, candidates, now, cancellationToken);
        await states.UpdateAsync(feed.Name, s => RecordSuccess(s, read.Fetch.Validators, "updated", counts.New, now), cancellationToken);
        NewsLog.Polled(logger, feed.Name, counts.New, counts.Duplicates, read.Fetch.Bytes, (long)read.Fetch.Elapsed.TotalMilliseconds);
        return new FeedPollOutcome(feed.Name, FeedPollStatus.Updated, counts.New, counts.Duplicates, null, read.Fetch);
    }

    private static void RecordFailure(FeedStateEntity state, string error, DateTimeOffset now)
    {
        state.LastPollAt = now;
        state.LastErrorAt = now;
        state.LastError = error.Length > 1000 ? error[..1000] : error;
        state.LastOutcome = "failed";
        state.ConsecutiveFailures++;
    }

    private static void RecordSuccess(FeedStateEntity state, FeedValidators validators, string outcome, int newItems, DateTimeOffset now)
    {
        state.LastPollAt = now;
        state.LastSuccessAt = now;
        state.LastOutcome = outcome;
        state.ConsecutiveFailures = 0;
        state.ItemsSeen += newItems;
        state.HttpETag = validators.ETag;
        state.HttpLastModified = validators.LastModified;
    }

    /// <summary>A 304 may omit the validators; keep the ones that still hold.</summary>
    private static FeedValidators Merge(FeedValidators sent, FeedValidators received) =>
        new(received.ETag ?? sent.ETag, received.LastModified ?? sent.LastModified);
}
