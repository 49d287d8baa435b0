using Microsoft.Extensions.Options;
using Newsjack.Azure.Buzz;
using Newsjack.Azure.News;
using Newsjack.Azure.Topics;
using Newsjack.Core.Brands;
using Newsjack.Core.Scoring.Decisions;

namespace Newsjack.Cli.Demo;

/// <summary>Reads the stored topics and scores them for each sample brand with the Core brand scorer.</summary>
public sealed class DemoTopicsReader(IServiceProvider services, IReadOnlyList<BrandProfile> brands)
{
    public async Task<DemoTopics> ReadAsync(CancellationToken cancellationToken)
    {
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        var window = services.GetRequiredService<IOptions<TopicsOptions>>().Value.Window;
        var topics = await services.GetRequiredService<TopicStore>().ReadRecentAsync(now - window, cancellationToken);
        if (topics.Count == 0)
        {
            return DemoTopics.None;
        }

        var items = (await services.GetRequiredService<NewsItemStore>().ReadFirstSeenAsync(now - window, now.AddHours(1), cancellationToken))
            .Select(i => i.Item).DistinctBy(i => i.Id).ToDictionary(i => i.Id, StringComparer.Ordinal);
        await services.GetRequiredService<BuzzTables>().EnsureCreatedAsync(cancellationToken);
        var posts = await services.GetRequiredService<BuzzStoreReader>().PostsAsync(now - window, now.AddHours(1), cancellationToken);
        var subjects = topics.Select(t => TopicSubject.From(t, items, posts)).ToList();
        var scorer = services.GetRequiredService<BrandScorer>();
        var results = brands.Select(brand =>
        {
            var scores = scorer.ScoreAll(subjects, brand, now, []);
            return new DemoBrandResult(
                brand.Id,
                scores.Count(s => s.Decision == Decision.Suggest),
                scores.Count(s => s.Decision == Decision.Review),
                scores.Count(s => s.Decision == Decision.Suppress),
                [.. scores.Where(s => s.Decision == Decision.Suggest).Select(s => s.Subject.Label)]);
        }).ToList();
        return new DemoTopics(topics, results);
    }
}
