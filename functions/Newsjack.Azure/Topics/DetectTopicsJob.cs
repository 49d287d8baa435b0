using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Newsjack.Azure.Buzz;
using Newsjack.Azure.Hosting;
using Newsjack.Azure.Telemetry;
using Newsjack.Core.Topics;

namespace Newsjack.Azure.Topics;

/// <summary>
/// Timer job `DetectTopics`: takes the window's news items and buzz posts from <see cref="TopicWindow"/> (which fetches
/// only what changed since the previous run), resumes the clusterer and the trend sketch of each source partition from
/// their state blobs, detects topics, writes the state back (ETag-conditional), then the topic rows that changed, then a
/// `score-topics` message when any did (ScoreTopics runs next). The state stays held between runs (see
/// <see cref="TopicStateStore"/>): only blobs another instance wrote are read again. When another instance wrote the
/// state first, the run starts again on that state (up to ConflictAttempts runs), then fails with
/// <see cref="StateConflictException"/>.
/// Running again with no new data writes nothing.
/// </summary>
public sealed class DetectTopicsJob(
    TopicWindow window,
    BuzzTables buzzTables,
    TopicStateStore state,
    TopicStore topics,
    ScoreTopicsRequests detected,
    IOptions<TopicsOptions> options,
    TimeProvider time,
    ILogger<DetectTopicsJob> logger,
    IEmbeddingGenerator<string, Embedding<float>>? embeddings = null,
    PipelineMetrics? metrics = null) : IScheduledJob
{
    // Posts stay in the window for two days and are linked again every run; their words are taken once.
    private readonly PostTermsCache _postTerms = new();

    public Task RunAsync(CancellationToken cancellationToken) => DetectAsync(cancellationToken);

    public async Task<TopicsRunReport> DetectAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var now = time.GetUtcNow();
        var from = now - settings.Window;
        await buzzTables.EnsureCreatedAsync(cancellationToken);
        await topics.EnsureAsync(cancellationToken);
        var read = await window.ReadAsync(from, now, cancellationToken);
        var (items, posts) = (read.Items, read.Posts);
        var passOptions = settings.Pass;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var loaded = await state.LoadAsync(passOptions.Trend, cancellationToken);
                // Only items the stored stories do not hold yet are placed, so only they are embedded (and cached).
                var placed = (loaded.Pass.Clusterer?.Clusters ?? []).SelectMany(c => c.ItemIds ?? []).ToHashSet(StringComparer.Ordinal);
                var meanings = embeddings is null ? null
                    : await ItemMeanings.EmbedAsync(embeddings, [.. items.Select(i => i.Item).Where(i => !placed.Contains(i.Id))], cancellationToken);
                var pass = new TopicPass(passOptions).Run(loaded.Pass, items, posts, now, meanings, _postTerms);
                if (pass.Clusterer is not null)
                {
                    await state.SaveClustererAsync(pass.Clusterer, loaded.ClustererETag, cancellationToken);
                }

                foreach (var (partition, sketch) in pass.Sketches)
                {
                    await state.SaveSketchAsync(partition, sketch, pass.CountedThrough, loaded.Sketches.GetValueOrDefault(partition)?.ETag, cancellationToken);
                }

                var written = await topics.SaveAsync(pass.Topics, now - TimeSpan.FromDays(settings.PruneDays), from, settings.MaxItemIds, cancellationToken);
                var purged = await topics.PurgeBeforeAsync(now - TimeSpan.FromDays(settings.RetentionDays), cancellationToken);
                if (written.Written + written.Moved + written.Retired + purged > 0)
                {
                    await detected.SendAsync(now, cancellationToken);
                }

                metrics?.TopicsUpdated(written.Written);
                TopicsLog.Detected(logger, pass.Topics.Count, items.Count, read.ItemsFetched, posts.Count, read.PostsFetched, written.Read, written.Written, written.Unchanged, written.Retired, purged);
                return new TopicsRunReport(items.Count, posts.Count, pass.Topics.Count, written.Written, written.Unchanged, written.Retired, purged, attempt)
                {
                    ItemsFetched = read.ItemsFetched,
                    PostsFetched = read.PostsFetched,
                    TopicRowsFetched = written.Read,
                };
            }
            catch (StateConflictException ex) when (attempt < settings.ConflictAttempts)
            {
                state.Forget();
                TopicsLog.StateConflict(logger, attempt, settings.ConflictAttempts, ex);
            }
            catch
            {
                // The pass changes the held state in place; what was not written must be read again.
                state.Forget();
                throw;
            }
        }
    }
}
