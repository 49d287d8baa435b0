using Azure;
using Azure.Data.Tables;
using Newsjack.Azure.Buzz;
using Newsjack.Azure.News;
using Newsjack.Azure.Scoring;

namespace Newsjack.Cli.Demo;

/// <summary>Reads the demo summary from the running host's storage, with the same services the host uses (cards too when given the inbox's URL).</summary>
public sealed class DemoSummaryReader(IServiceProvider services, DateTimeOffset since, Uri? inboxUrl = null)
{
    public async Task<DemoSummary> ReadAsync(BuzzReplayResult buzz, CancellationToken cancellationToken)
    {
        var feeds = await FeedHealthReport.ReadAsync(
            services.GetRequiredService<FeedCatalog>(), services.GetRequiredService<FeedStateStore>(), cancellationToken);
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        var items = await services.GetRequiredService<NewsItemStore>().ReadFirstSeenAsync(since.AddHours(-1), now.AddHours(1), cancellationToken);
        var outlets = items.SelectMany(i => i.Outlets).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var duplicates = items.Sum(i => i.Outlets.Count - 1);
        var topics = DemoTopics.From(await services.GetRequiredService<ScoreTopicsJob>().ScoreAsync(cancellationToken));
        var cards = inboxUrl is null ? null : await DemoCards.ReadAsync(services, since, inboxUrl, cancellationToken);
        return new DemoSummary(feeds, items.Count, duplicates, outlets, buzz, await CountDeadLettersAsync(cancellationToken), topics, cards);
    }

    private async Task<int> CountDeadLettersAsync(CancellationToken cancellationToken)
    {
        var count = 0;
        try
        {
            await foreach (var _ in services.GetRequiredService<BuzzTables>().DeadLetters.QueryAsync<TableEntity>(select: ["RowKey"], cancellationToken: cancellationToken))
            {
                count++;
            }
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            // No table yet: nothing was dead-lettered.
        }

        return count;
    }
}
